#!/usr/bin/env bash
# From the .app to a .dmg: a compressed, read-only disk image with the app and a link to /Applications,
# so the user drags one onto the other. macOS only (hdiutil).
#
#   bash packaging/macos/make_dmg.sh [APP] [DMG]
#
# APP defaults to "dist/WINDTRE Business.app"; when it is missing and the one-folder bundle
# dist/windtre-desktop/ is there (python3 dev.py package), make_app.py makes it first.
# DMG defaults to dist/windtre-desktop-<version>-macos-<arch>.dmg, the version read from the .app's
# Info.plist (which make_app.py took from the package metadata). The volume is named
# "WINDTRE Business <version>". Sign the .app before this and the .dmg after it: SIGNING.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="${1:-$ROOT/dist/WINDTRE Business.app}"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"

if [[ ! -d "$APP" ]]; then
    if [[ -d "$ROOT/dist/windtre-desktop" ]]; then
        "$PYTHON" "$ROOT/packaging/macos/make_app.py" "$ROOT/dist/windtre-desktop" "$APP"
    else
        echo "make_dmg: $APP not found; build the bundle first (python3 dev.py package)" >&2
        exit 1
    fi
fi

VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
APP_NAME="$(basename "$APP" .app)"
DMG="${2:-$ROOT/dist/windtre-desktop-$VERSION-macos-$(uname -m).dmg}"
VOLUME="$APP_NAME $VERSION"

STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes (a signature among them)
ditto "$APP" "$STAGING/$APP_NAME.app"
ln -s /Applications "$STAGING/Applications"

rm -f "$DMG"
hdiutil create -volname "$VOLUME" -srcfolder "$STAGING" -fs HFS+ -format UDZO -imagekey zlib-level=9 "$DMG"
hdiutil verify "$DMG"
echo "make_dmg: $DMG (volume \"$VOLUME\")"
