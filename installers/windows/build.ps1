# Build the Windows installer: PyInstaller bundle, then Inno Setup.
# Run from the repository root in PowerShell with Python 3.11+ and Inno Setup 6 (iscc.exe on PATH).
$ErrorActionPreference = "Stop"
python -m venv .venv
.venv\Scripts\pip install -q -e ".[dev]"
$version = (Select-String -Path pyproject.toml -Pattern '^version\s*=\s*"([^"]+)"').Matches[0].Groups[1].Value
.venv\Scripts\python -m gui.i18n build
.venv\Scripts\python -m gui.icons ico   # writes resources\icons\handwerksmonitor.ico from the SVG
.venv\Scripts\pyinstaller --noconfirm --clean build.spec
$env:QT_QPA_PLATFORM = "offscreen"
dist\Handwerksmonitor\Handwerksmonitor.exe --self-test --no-error-dialogs
iscc /DAppVersion=$version installers\windows\handwerksmonitor.iss
Write-Host "Installer: dist\Handwerksmonitor-$version-Setup.exe"
