; Inno Setup 6 script for CoPlan's Windows installer. Built by build.ps1, which passes
;   /DAppVersion=0.1.0 /DBundleDir=...\dist\coplan /DOutputDir=...\dist /DRepoDir=<repository>
;
; NOT YET VERIFIED ON WINDOWS: written and reviewed on Linux; see packaging/README.md.
;
; - Per-machine install into Program Files (needs an administrator), Start menu entries for
;   CoPlan, the demo caseload and the user guide, CoPlan's icon, the version in Apps & features.
; - Uninstalling removes the program only. The case officer's data (caseload, backups, logs,
;   in %LOCALAPPDATA%\CoPlan\CoPlan) is never touched, and neither is the council's policy pack
;   folder (%ProgramData%\CoPlan\CoPlan\policies), which the installer creates for IT.
; - Silent install for IT (software deployment):
;     CoPlan-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/DIR="C:\Program Files\CoPlan"] [/LOG="C:\Temp\coplan-setup.log"]
;   and silent removal:
;     "C:\Program Files\CoPlan\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #error Pass /DAppVersion=... (build.ps1 does)
#endif

[Setup]
AppId={{6B0E3C9A-5D41-4C1E-9F3B-C0B1A2E5D7F4}
AppName=CoPlan
AppVersion={#AppVersion}
AppVerName=CoPlan {#AppVersion}
AppPublisher=The CoPlan developers
AppCopyright=Copyright (c) 2026 The CoPlan developers. MIT licence.
VersionInfoVersion={#AppVersion}
VersionInfoDescription=CoPlan installer
DefaultDirName={autopf}\CoPlan
DefaultGroupName=CoPlan
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#RepoDir}\LICENSE
SetupIconFile={#RepoDir}\resources\icons\coplan.ico
UninstallDisplayIcon={app}\CoPlan.exe
UninstallDisplayName=CoPlan {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=CoPlan-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; Where IT puts the council's policy pack for every user; kept when CoPlan is removed.
Name: "{commonappdata}\CoPlan\CoPlan\policies"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\CoPlan"; Filename: "{app}\CoPlan.exe"; Comment: "Plan a SEND personal budget together and draft Section J"
Name: "{group}\CoPlan demo (nothing here is real)"; Filename: "{app}\CoPlan.exe"; Parameters: "demo"
Name: "{group}\Licences"; Filename: "{app}\licences"

[Run]
Filename: "{app}\CoPlan.exe"; Description: "Open CoPlan now"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries on purpose: the user's data is theirs.
