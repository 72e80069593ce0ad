; Inno Setup script for the KDS desktop app (Inno Setup 6: https://jrsoftware.org/isinfo.php).
;
; Build the onedir bundle on Windows first (`python -m PyInstaller kds.spec` from the project venv,
; or packaging/build.sh under Git Bash), then compile this script from the repository root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\kds.iss
;
; Output: dist\kds-<version>-setup.exe. It installs per user by default (no administrator rights,
; which counter PCs often lack); "Install for all users" in the wizard asks for elevation.
; Settings, orders and logs live in the user's AppData and are kept on uninstall; credentials live
; in the Windows Credential Manager (service "kds") and are kept too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "KDS"
#define AppExe "kds.exe"
#define Root "..\.."

[Setup]
; A fixed AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{3C0B6F5E-4E1A-4C47-9A63-6C2B7E0D5A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KDS contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=kds-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\kds.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running KDS holds its files open: ask it to close (Restart Manager) before replacing them.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
; Inno Setup ships no Chinese, Indonesian, Vietnamese or Thai messages in its main distribution;
; the unofficial translations from its website can be added here the same way.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "autostart"; Description: "Start KDS when I sign in"; GroupDescription: "Start-up:"; Flags: unchecked

[Files]
Source: "{#Root}\dist\kds\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{userstartup}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: autostart

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
