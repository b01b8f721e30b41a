#!/usr/bin/env bash
# Build Handwerksmonitor.app (BUNDLE step of build.spec) and pack it into a .dmg (macOS only).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]'
VERSION="$(.venv/bin/python -c 'import re,pathlib;print(re.search(r"^version\s*=\s*\"([^\"]+)\"",pathlib.Path("pyproject.toml").read_text(),re.M).group(1))')"
.venv/bin/python -m gui.i18n build
.venv/bin/python -m gui.icons icns
.venv/bin/pyinstaller --noconfirm --clean build.spec
QT_QPA_PLATFORM=offscreen dist/Handwerksmonitor.app/Contents/MacOS/Handwerksmonitor --self-test --no-error-dialogs
STAGE="$(mktemp -d)"
cp -R dist/Handwerksmonitor.app "$STAGE/"
ln -s /Applications "$STAGE/Programme"
hdiutil create -volname "Handwerksmonitor $VERSION" -srcfolder "$STAGE" -ov -format UDZO "dist/Handwerksmonitor-$VERSION.dmg"
echo "dmg: dist/Handwerksmonitor-$VERSION.dmg"
# Signing/notarisation (needs an Apple Developer ID): codesign --deep --options runtime -s "Developer ID Application: …"
# dist/Handwerksmonitor.app, then xcrun notarytool submit … --wait, then xcrun stapler staple the .dmg.
