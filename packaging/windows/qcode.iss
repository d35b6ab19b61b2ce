; Inno Setup script for qcode on Windows: installs the bundle built by
; packaging\build-windows.ps1 (dist\qcode\), adds qcode to the Start menu and
; makes .qcode files open with it.  build-windows.ps1 compiles it with
;   ISCC.exe /DAppVersion=X.Y.Z packaging\windows\qcode.iss
;
; It installs for the current user by default: no administrator rights, which
; researchers on organisation-managed laptops often do not have; an
; administrator may choose "for all users" instead.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."
#define AppExe "qcode-app.exe"

[Setup]
AppId={{6F98B26E-9936-4A8B-9BA0-AC5959AD3730}
AppName=qcode
AppVersion={#AppVersion}
AppVerName=qcode {#AppVersion}
AppPublisher=qcode
AppComments=Qualitative coding of interview transcripts, fully offline
DefaultDirName={autopf}\qcode
DefaultGroupName=qcode
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\dist
OutputBaseFilename=qcode-{#AppVersion}-windows-setup
UninstallDisplayIcon={app}\{#AppExe}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\qcode\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\qcode"; Filename: "{app}\{#AppExe}"
Name: "{group}\Third-party notices"; Filename: "{app}\THIRD-PARTY-NOTICES.txt"
Name: "{autodesktop}\qcode"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .qcode files are qcode projects, opened by the app (HKA: the current user's
; classes, or the machine's when installed for all users).
Root: HKA; Subkey: "Software\Classes\.qcode"; ValueType: string; ValueName: ""; ValueData: "qcode.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.qcode"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-qcode"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.qcode\OpenWithProgids"; ValueType: string; ValueName: "qcode.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\qcode.Project"; ValueType: string; ValueName: ""; ValueData: "qcode project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\qcode.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\qcode.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qcode"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,qcode}"; Flags: nowait postinstall skipifsilent
