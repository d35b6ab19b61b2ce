#!/usr/bin/env bash
# Build the macOS app: dist/qcode.app (its Info.plist declares .qcode files as
# qcode's documents) and dist/qcode-VERSION-macos-ARCH.dmg, a disk image of it.
# Run on a Mac (a hosted CI's macOS runner builds it: .github/workflows/bundles.yml);
# the app is for the processor it was built on (arm64 or x86_64).
#
#   bash packaging/build-macos.sh           build (own virtualenv in build/venv)
#   bash packaging/build-macos.sh --check   quick self-check, builds nothing
#
# The app is signed ad hoc (PyInstaller does it): Gatekeeper asks the user to
# allow it once (right-click ▸ Open).  With a Developer ID, sign and notarise
# dist/qcode.app before making the disk image (CODESIGN_IDENTITY, see below).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=build/venv
PYINSTALLER="pyinstaller>=6.10,<7"

if [[ "${1:-}" == "--check" ]]; then
    exec "$PYTHON" packaging/selfcheck.py
elif [[ $# -gt 0 ]]; then
    echo "usage: bash packaging/build-macos.sh [--check]" >&2
    exit 2
fi

"$PYTHON" packaging/selfcheck.py
if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# setuptools stages the package in build/lib and never empties it: a module
# deleted from the source would still be installed, and bundled.
rm -rf build/lib build/bdist.*
"$VENV/bin/python" -m pip install --quiet --upgrade . "$PYINSTALLER"
"$VENV/bin/python" packaging/notices.py --output build/THIRD-PARTY-NOTICES.txt

"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/qcode.spec

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp \
        --sign "$CODESIGN_IDENTITY" dist/qcode.app
fi

program=dist/qcode.app/Contents/MacOS/qcode
version="$("$program" --version | awk '{print $2}')"
check_dir="$(mktemp -d)"
trap 'rm -rf "$check_dir"' EXIT
QCODE_CONFIG_DIR="$check_dir" "$program" demo "$check_dir/demo.qcode" >/dev/null
QCODE_CONFIG_DIR="$check_dir" "$program" codes "$check_dir/demo.qcode" >/dev/null

image="dist/qcode-${version}-macos-$(uname -m).dmg"
staging="$check_dir/image"
mkdir -p "$staging"
cp -R dist/qcode.app "$staging/"
cp LICENSE build/THIRD-PARTY-NOTICES.txt "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname qcode -srcfolder "$staging" -ov -format UDZO "$image" >/dev/null
echo "built dist/qcode.app ($(du -sh dist/qcode.app | cut -f1)) and $image ($(du -sh "$image" | cut -f1))"
