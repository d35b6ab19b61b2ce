#!/bin/sh
# Put qcode in this user's application menu and make .qcode files open with it
# (freedesktop.org: GNOME, KDE, Xfce...).  Run it from the unpacked bundle:
#
#   ./install-desktop-entry.sh              add the menu entry, icon and file type
#   ./install-desktop-entry.sh --uninstall  remove them again (the bundle stays)
#
# Nothing outside your home folder is touched; no administrator rights needed.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
id=org.qcode.qcode

refresh() {
    # Each tool is optional: desktops also notice the files by themselves.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml"
    rm -f "$data"/icons/hicolor/*/apps/$id.png "$data/icons/hicolor/scalable/apps/$id.svg"
    refresh
    echo "qcode's menu entry and file type were removed (the bundle in $here stays)"
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi

if [ ! -x "$here/qcode" ] || [ ! -d "$here/share" ]; then
    echo "install-desktop-entry.sh: run it from the unpacked qcode bundle ($here has no qcode)" >&2
    exit 1
fi
mkdir -p "$data/applications" "$data/mime/packages"
# The menu entry starts this bundle's qcode wherever it was unpacked.  In Exec
# the path is quoted as desktop entries want (\ " ` $ escaped, then every
# backslash doubled); both values are then escaped for sed's replacement.
for_sed() { sed 's/[\\&|]/\\&/g'; }
quoted="$(printf '%s' "$here/qcode" | sed 's/[\\"`$]/\\&/g' | sed 's/\\/\\\\/g' | for_sed)"
plain="$(printf '%s' "$here/qcode" | for_sed)"
sed -e "s|^Exec=qcode|Exec=\"$quoted\"|" -e "s|^TryExec=qcode|TryExec=$plain|" \
    "$here/share/applications/$id.desktop" >"$data/applications/$id.desktop"
cp "$here/share/mime/packages/$id.xml" "$data/mime/packages/$id.xml"
for icon in "$here"/share/icons/hicolor/*/apps/*; do
    size="$(basename "$(dirname "$(dirname "$icon")")")"
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$icon" "$data/icons/hicolor/$size/apps/"
done
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$id.desktop" application/x-qcode 2>/dev/null || true
fi
echo "qcode is in your applications menu, and .qcode files open with it ($here/qcode)"
