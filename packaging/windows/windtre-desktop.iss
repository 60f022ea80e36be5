; Inno Setup 6 script: the Windows installer of windtre-desktop, from the PyInstaller one-folder bundle.
;
; Build (after `py dev.py package` has made dist\windtre-desktop\, and make_icon.py build\windtre-desktop.ico):
;
;   .venv\Scripts\python packaging\windows\make_icon.py
;   iscc /DAppVersion=0.1.0 packaging\windows\windtre-desktop.iss
;
; AppVersion is required and comes from the package metadata (pyproject.toml is the one source):
;   .venv\Scripts\python -c "import importlib.metadata as m; print(m.version('windtre-desktop'))"
; The installer is written to dist\windtre-desktop-<version>-setup.exe. VersionInfoVersion wants a numeric
; version (X.Y.Z): a pre-release suffix such as 0.2.0rc1 stops the compiler.
;
; Per user, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\WINDTRE Business and its
; Start-menu entry to the user's own Programs folder. The user's data (cache, invoice archive, logs) lives
; in %LOCALAPPDATA%\windtre-desktop (windtre_desktop/paths.py, through platformdirs) and the settings in
; HKCU\Software\windtre-desktop (QSettings): the uninstaller keeps both unless the user says to remove them
; (a question, "No" by default; a silent uninstall keeps them unless given /REMOVEDATA).

#ifndef AppVersion
  #error Pass the version from the package metadata: iscc /DAppVersion=X.Y.Z windtre-desktop.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\windtre-desktop"
#endif
#ifndef IconFile
  ; written by make_icon.py
  #define IconFile "..\..\build\windtre-desktop.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "WINDTRE Business"
#define AppExeName "windtre-desktop.exe"
#define AppPublisher "windtre-desktop"
#define DataFolderName "windtre-desktop"
#define SettingsKey "Software\windtre-desktop"

[Setup]
; One fixed id for every version: an upgrade replaces the installed app instead of adding a second one.
AppId={{6F1E8C2A-4B7D-4E59-9A3C-2D8B5F0E7A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) the windtre-desktop authors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\windtre-desktop.ico
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=windtre-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
italian.RemoveDataQuestion=Eliminare anche i dati di WINDTRE Business su questo computer (archivio delle fatture, dati salvati e registri in %1, e le impostazioni)?%n%nScegliere No per conservarli: saranno usati se l'app viene reinstallata.
english.RemoveDataQuestion=Also delete the WINDTRE Business data on this computer (invoice archive, cached data and logs in %1, and the settings)?%n%nChoose No to keep them: they are used again if the app is reinstalled.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#IconFile}"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\windtre-desktop.ico"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\windtre-desktop.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

{ /REMOVEDATA on the uninstaller's command line: a silent uninstall that also removes the data. }
function RemoveDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
end;

function ShouldRemoveData(): Boolean;
begin
  if not DirExists(DataFolder()) and not RegKeyExists(HKCU, '{#SettingsKey}') then
    Result := False
  else if UninstallSilent then
    Result := RemoveDataRequested()
  else
    Result := MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataFolder()]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { After the program's files are gone: the user's data stays unless the user asked to remove it. }
  if CurUninstallStep = usPostUninstall then
  begin
    if ShouldRemoveData() then
    begin
      DelTree(DataFolder(), True, True, True);
      RegDeleteKeyIncludingSubkeys(HKCU, '{#SettingsKey}');
    end;
  end;
end;
