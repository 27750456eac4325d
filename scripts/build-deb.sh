#!/usr/bin/env bash
# Build the Linux package (.deb) from the PyInstaller bundle, laid out as the UOS/Kylin app
# stores expect: everything under /opt/apps/<appid>/ (files/, entries/, info), plus a desktop
# entry and a command link that plain Debian desktops find. No maintainer scripts: installing
# changes nothing outside the package's own files, and removing it never touches user data
# (~/.local/share/StationLedger).
#   bash scripts/build-deb.sh [BUNDLE_DIR] [OUT_DIR]
# BUNDLE_DIR defaults to dist/station-ledger (built first by scripts/build-bundle.sh if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
APPID="cn.stationledger.ledger"
BUNDLE="${1:-dist/station-ledger}"
OUT="${2:-dist}"
if [ ! -x "$BUNDLE/station-ledger" ]; then
  bash scripts/build-bundle.sh
fi
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
ARCH="$(dpkg --print-architecture)"
case "$ARCH" in amd64) UOS_ARCH=amd64 ;; arm64) UOS_ARCH=arm64 ;; *) UOS_ARCH="$ARCH" ;; esac
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/root"
APPDIR="$ROOT/opt/apps/$APPID"
mkdir -p "$APPDIR/files" "$APPDIR/entries/applications" "$ROOT/DEBIAN" \
         "$ROOT/usr/share/applications" "$ROOT/usr/bin"
cp -a "$BUNDLE/." "$APPDIR/files/"
for size in 48 128 256; do
  mkdir -p "$APPDIR/entries/icons/hicolor/${size}x${size}/apps" \
           "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps"
  cp resources/icons/station-ledger-$size.png "$APPDIR/entries/icons/hicolor/${size}x${size}/apps/$APPID.png"
  ln -s "/opt/apps/$APPID/entries/icons/hicolor/${size}x${size}/apps/$APPID.png" \
        "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APPID.png"
done
sed "s/@APPID@/$APPID/g" packaging/linux/desktop.in > "$APPDIR/entries/applications/$APPID.desktop"
sed -e "s/@APPID@/$APPID/g" -e "s/@VERSION@/$VERSION/g" -e "s/@ARCH@/$UOS_ARCH/g" \
    packaging/linux/info.in > "$APPDIR/info"
ln -s "/opt/apps/$APPID/entries/applications/$APPID.desktop" "$ROOT/usr/share/applications/$APPID.desktop"
ln -s "/opt/apps/$APPID/files/station-ledger-cli" "$ROOT/usr/bin/station-ledger"
SIZE_KB="$(du -sk "$ROOT" | cut -f1)"
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: $APPID
Version: $VERSION
Architecture: $ARCH
Maintainer: Station Ledger team <station-ledger@invalid>
Installed-Size: $SIZE_KB
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libx11-xcb1
Section: utils
Priority: optional
Description: Station Ledger (社工站台账) for township social-work stations
 Offline-first, encrypted records of household visits, case files, activities and
 resource links, synced to the county server; Chinese, Tibetan and English.
CONTROL
mkdir -p "$OUT"
DEB="$OUT/${APPID}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$ROOT" "$DEB" >/dev/null
echo "package: $DEB"
