#!/usr/bin/env bash
# Build the Linux app bundle: dist/qcode/ (one folder: Python, PySide6, spaCy,
# SQLCipher, fonts, codebooks, demo material, icons, third-party notices) and
# dist/qcode-VERSION-linux-ARCH.tar.gz, an archive of it.
#
#   bash packaging/build-linux.sh           build (from a clean clone: makes its own
#                                           virtualenv in build/venv, installs qcode
#                                           and PyInstaller there)
#   bash packaging/build-linux.sh --check   quick self-check, builds nothing: the
#                                           spec, the scripts and every file they name
#
# PYTHON chooses the interpreter the bundle is made from (default: python3, 3.11+).
# The bundle runs on Linux systems whose C library is as new as this one's or newer.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=build/venv
PYINSTALLER="pyinstaller>=6.10,<7"

if [[ "${1:-}" == "--check" ]]; then
    exec "$PYTHON" packaging/selfcheck.py
elif [[ $# -gt 0 ]]; then
    echo "usage: bash packaging/build-linux.sh [--check]" >&2
    exit 2
fi

"$PYTHON" packaging/selfcheck.py
if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# A regular (not editable) install: the bundle is made from what a user would get.
# setuptools stages the package in build/lib and never empties it: a module
# deleted from the source would still be installed, and bundled.
rm -rf build/lib build/bdist.*
"$VENV/bin/python" -m pip install --quiet --upgrade . "$PYINSTALLER"

# The notices describe exactly the packages installed in the build environment.
"$VENV/bin/python" packaging/notices.py --output build/THIRD-PARTY-NOTICES.txt

"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/qcode.spec

# Some Linux wheels (spaCy, thinc, blis...) keep their symbols and debug
# information: spaCy's modules shrink to a seventh without them.  Only libraries
# that have them lose them, and never one that auditwheel patched (vendored into
# a *.libs folder, or given an $ORIGIN RPATH to one): strip breaks those (numpy's
# OpenBLAS then fails to load).
# (readelf's output is kept, not piped into grep -q: under pipefail, grep leaving
# early would make the test fail.)
find dist/qcode -type f -name '*.so*' -not -path '*.libs/*' -print0 |
    while IFS= read -r -d '' library; do
        sections="$(readelf -S "$library" 2>/dev/null || true)"
        dynamic="$(readelf -d "$library" 2>/dev/null || true)"
        if [[ "$sections" =~ \.symtab|\.debug_info ]] && ! [[ "$dynamic" =~ (RPATH|RUNPATH).*\$ORIGIN ]]; then
            strip --strip-unneeded "$library"
        fi
    done

# Beside the program: what an organisation's IT reads first, and the desktop
# integration (menu entry, icon, .qcode file type) with its installer script.
cp LICENSE build/THIRD-PARTY-NOTICES.txt dist/qcode/
install -m 755 packaging/linux/install-desktop-entry.sh dist/qcode/
install -D -m 644 packaging/linux/org.qcode.qcode.desktop \
    dist/qcode/share/applications/org.qcode.qcode.desktop
install -D -m 644 packaging/linux/org.qcode.qcode.xml dist/qcode/share/mime/packages/org.qcode.qcode.xml
install -D -m 644 resources/icons/qcode.svg dist/qcode/share/icons/hicolor/scalable/apps/org.qcode.qcode.svg
for png in resources/icons/qcode-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -D -m 644 "$png" "dist/qcode/share/icons/hicolor/${size}x${size}/apps/org.qcode.qcode.png"
done

# The bundle must run before it is archived: the same checks as a user's first minute.
version="$(dist/qcode/qcode --version | awk '{print $2}')"
check_dir="$(mktemp -d)"
trap 'rm -rf "$check_dir"' EXIT
QCODE_CONFIG_DIR="$check_dir" dist/qcode/qcode demo "$check_dir/demo.qcode" >/dev/null
QCODE_CONFIG_DIR="$check_dir" dist/qcode/qcode codes "$check_dir/demo.qcode" >/dev/null

archive="dist/qcode-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" qcode
echo "built dist/qcode/ ($(du -sh dist/qcode | cut -f1) unpacked) and $archive ($(du -sh "$archive" | cut -f1))"
