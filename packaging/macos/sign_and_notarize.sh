#!/usr/bin/env bash
# Sign the .app with a Developer ID Application certificate and the hardened runtime, then (after
# make_dmg.sh) sign, notarise and staple the .dmg. macOS only; the steps and the CI secrets: SIGNING.md.
#
#   bash packaging/macos/sign_and_notarize.sh app APP
#   bash packaging/macos/sign_and_notarize.sh dmg DMG
#
# Environment: MACOS_SIGNING_IDENTITY (e.g. "Developer ID Application: Example Srl (TEAMID1234)"),
# and for "dmg" MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_PASSWORD (an app-specific password),
# MACOS_NOTARY_TEAM_ID.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ENTITLEMENTS="$HERE/entitlements.plist"
: "${MACOS_SIGNING_IDENTITY:?set MACOS_SIGNING_IDENTITY (SIGNING.md)}"

sign() {
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$MACOS_SIGNING_IDENTITY" "$@"
}

sign_app() {
    local app="$1"
    # codesign takes a folder with a dot in its name among the code (other than a .framework) for a
    # nested bundle and fails on it: see "The PySide6 folder-name quirk" in SIGNING.md.
    local dotted places=("$app/Contents/MacOS")
    [[ -d "$app/Contents/Frameworks" ]] && places+=("$app/Contents/Frameworks")
    dotted="$(find "${places[@]}" -mindepth 1 -type d -name '*.*' ! -name '*.framework' ! -path '*.framework/*' \
        | head -n 5)"
    if [[ -n "$dotted" ]]; then
        echo "sign: folders with a dot in their name among the code (SIGNING.md):" >&2
        echo "$dotted" >&2
        exit 1
    fi
    # Inside out: every Mach-O file first (libraries, Python extensions, helpers), deepest first,
    # then each .framework as a whole, then the app. No --deep: it signs in no defined order and
    # without our entitlements.
    find "$app/Contents" -type f -print0 \
        | xargs -0 file | grep 'Mach-O' | cut -d: -f1 \
        | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2- \
        | while IFS= read -r binary; do sign "$binary"; done
    find "$app/Contents" -type d -name '*.framework' -print0 | while IFS= read -r -d '' framework; do
        sign "$framework"
    done
    sign "$app"
    codesign --verify --strict --deep --verbose=2 "$app"
}

notarise() {
    local file="$1"
    : "${MACOS_NOTARY_APPLE_ID:?}" "${MACOS_NOTARY_PASSWORD:?}" "${MACOS_NOTARY_TEAM_ID:?}"
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$file"
    xcrun notarytool submit "$file" --apple-id "$MACOS_NOTARY_APPLE_ID" --password "$MACOS_NOTARY_PASSWORD" \
        --team-id "$MACOS_NOTARY_TEAM_ID" --wait --timeout 30m
    xcrun stapler staple "$file"
    xcrun stapler validate "$file"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$file"
}

case "${1:-}" in
    app) sign_app "${2:?APP}" ;;
    dmg) notarise "${2:?DMG}" ;;
    *) echo "usage: $0 app APP | dmg DMG" >&2; exit 2 ;;
esac
