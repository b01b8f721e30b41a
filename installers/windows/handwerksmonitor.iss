; Inno Setup script: per-user install of the PyInstaller onedir bundle (no admin rights).
; Build on Windows (see README.md here):
;   iscc /DAppVersion=0.1.0 installers\windows\handwerksmonitor.iss
; installers\windows\build.ps1 reads the version from pyproject.toml (single source) and passes it.

#ifndef AppVersion
  #error AppVersion must be given: iscc /DAppVersion=x.y.z (build.ps1 reads it from pyproject.toml)
#endif

#define AppName "Handwerksmonitor Mitteldeutschland"
#define AppExe "Handwerksmonitor.exe"

[Setup]
AppId={{6C0F4E52-9A3B-4E1D-8D2C-6F1B7E3A9C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Innovationsregion Mitteldeutschland – Handwerkskammern
DefaultDirName={localappdata}\Programs\Handwerksmonitor
DefaultGroupName=Handwerksmonitor
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Handwerksmonitor-{#AppVersion}-Setup
SetupIconFile=..\..\resources\icons\handwerksmonitor.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Handwerksmonitor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Handwerksmonitor"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{userprograms}\Handwerksmonitor deinstallieren"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Handwerksmonitor"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File icon and association for exported tracker files (*.hwmtracker), per user (HKCU).
Root: HKCU; Subkey: "Software\Classes\.hwmtracker"; ValueType: string; ValueName: ""; ValueData: "Handwerksmonitor.Tracker"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Handwerksmonitor.Tracker"; ValueType: string; ValueName: ""; ValueData: "Handwerksmonitor Empfehlungs-Tracker"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Handwerksmonitor.Tracker\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\Handwerksmonitor.Tracker\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
