#!/usr/bin/env bash
# Build the onedir bundle with PyInstaller, pack it as a tar.gz with a .desktop file and icon,
# and smoke-test the packed program (Handwerksmonitor --self-test, offscreen).
#   installers/linux/build.sh            build + pack + smoke test
#   installers/linux/build.sh --no-pack  build + smoke test only (used by CI)
# Needs the dev environment of the README's second command (.venv with pyinstaller).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
VERSION="$("$PY" -c 'import re,pathlib;print(re.search(r"^version\s*=\s*\"([^\"]+)\"",pathlib.Path("pyproject.toml").read_text(),re.M).group(1))')"
PACK=1
[ "${1:-}" = "--no-pack" ] && PACK=0

"$PY" -m gui.i18n build
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$ROOT/dist" --workpath "$ROOT/build" build.spec
BUNDLE="$ROOT/dist/Handwerksmonitor"
echo "bundle: $(du -sh "$BUNDLE" | cut -f1)  ($BUNDLE)"

SMOKE_HOME="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen HANDWERKSMONITOR_HOME="$SMOKE_HOME" "$BUNDLE/Handwerksmonitor" --self-test --no-error-dialogs
# The bundle carries the xcb plugin's libraries found on this build machine; name any it lacks
# (end users then need them; install.sh checks again and says which packages to install).
env -u QT_QPA_PLATFORM HANDWERKSMONITOR_HOME="$SMOKE_HOME" "$BUNDLE/Handwerksmonitor" --check-system >/dev/null \
  || echo "WARNUNG: dem Bundle fehlen Systembibliotheken des Fensters (siehe oben); install.sh nennt sie den Nutzern."
rm -rf "$SMOKE_HOME"

if [ "$PACK" = 1 ]; then
  STAGE="$(mktemp -d)/handwerksmonitor-$VERSION"
  mkdir -p "$STAGE/share/applications" "$STAGE/share/icons/hicolor/scalable/apps" "$STAGE/share/icons/hicolor/256x256/apps"
  cp -a "$BUNDLE" "$STAGE/Handwerksmonitor"
  cp installers/linux/handwerksmonitor.desktop "$STAGE/share/applications/"
  cp resources/icons/handwerksmonitor.svg "$STAGE/share/icons/hicolor/scalable/apps/"
  [ -f resources/icons/handwerksmonitor.png ] && cp resources/icons/handwerksmonitor.png "$STAGE/share/icons/hicolor/256x256/apps/"
  cp installers/linux/install.sh "$STAGE/"
  tar -C "$(dirname "$STAGE")" -czf "$ROOT/dist/handwerksmonitor-$VERSION-linux-x86_64.tar.gz" "$(basename "$STAGE")"
  echo "package: $ROOT/dist/handwerksmonitor-$VERSION-linux-x86_64.tar.gz ($(du -sh "$ROOT/dist/handwerksmonitor-$VERSION-linux-x86_64.tar.gz" | cut -f1))"
fi
