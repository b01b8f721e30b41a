#!/usr/bin/env bash
# Per-user install of the unpacked tar.gz: no root needed.
#   ./install.sh            install into ~/.local
#   ./install.sh --uninstall
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APPDIR="$PREFIX/lib/handwerksmonitor"
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APPDIR" "$PREFIX/bin/Handwerksmonitor" "$PREFIX/share/applications/handwerksmonitor.desktop" \
         "$PREFIX/share/icons/hicolor/scalable/apps/handwerksmonitor.svg" "$PREFIX/share/icons/hicolor/256x256/apps/handwerksmonitor.png"
  echo "Handwerksmonitor entfernt (Ihre Daten bleiben im Benutzerordner erhalten)."
  exit 0
fi
mkdir -p "$APPDIR" "$PREFIX/bin"
rm -rf "$APPDIR" && cp -a "$HERE/Handwerksmonitor" "$APPDIR"
ln -sf "$APPDIR/Handwerksmonitor" "$PREFIX/bin/Handwerksmonitor"
mkdir -p "$PREFIX/share"
cp -r "$HERE/share/." "$PREFIX/share/"
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
echo "Handwerksmonitor installiert: $PREFIX/bin/Handwerksmonitor"
# Can the window start here? Names missing system libraries and the apt command (exit code stays 0).
"$APPDIR/Handwerksmonitor" --check-system >/dev/null \
  || echo "Bitte die oben genannten Pakete installieren, danach startet das Fenster. / Install the packages named above."
