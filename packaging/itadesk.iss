; Inno Setup 6 script for itadesk — build on Windows after PyInstaller (see README.md):
;   pyinstaller --noconfirm --clean packaging\itadesk.spec --distpath build\dist --workpath build\work
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\itadesk.iss
; Installs the one-folder build (never one-file), a Start-menu entry, the office data file's
; extension .itadesk (double-click opens it in itadesk), "Open with" entries for older
; *.itadesk.db files and the package sent upward (*.ita.zip), and the Visual C++ runtime when
; missing. Uninstalling removes the program only: the offices' data (%LOCALAPPDATA%\itadesk,
; or wherever the clerk saved the .itadesk files) is never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "itadesk"
#define AppExe "itadesk.exe"
#define DistDir "..\build\dist\itadesk"

[Setup]
AppId={{6C0E9D3A-7F1B-4E8B-9A53-1D7C2E4B5A60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=itadesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-user install works without administrator rights (locked-down office PCs); an
; administrator may still choose "install for all users"
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\build\installer
OutputBaseFilename=itadesk-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
ChangesAssociations=yes
CloseApplications=yes
; sign the installer and the uninstaller too (define SignTool "signtool=..." in the IDE
; or on the command line: ISCC /Ssigntool="signtool.exe sign /fd sha256 /tr ... $f")
#ifdef SIGN
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "thai"; MessagesFile: "compiler:Languages\Thai.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Microsoft Visual C++ 2015-2022 x64 redistributable (download it next to this script
; before building: https://aka.ms/vs/17/release/vc_redist.x64.exe); only run when missing
Source: "vc_redist.x64.exe"; DestDir: "{tmp}"; Flags: deleteafterinstall skipifsourcedoesntexist

[Icons]
Name: "{group}\itadesk"; Filename: "{app}\{#AppExe}"; Comment: "รายงาน ITA ของ อปท. / ITA reports"
Name: "{group}\ถอนการติดตั้ง itadesk (Uninstall)"; Filename: "{uninstallexe}"
Name: "{autodesktop}\itadesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File associations. The office file's own extension, .itadesk, is associated with the
; program: a double-click opens it (itadesk.exe --db "%1"). Windows matches only the LAST
; extension of a name: older "x.itadesk.db" files are ".db" files and "x.ita.zip" a ".zip" to
; Explorer, so for those itadesk is only added to the "Open with" list of .db and .zip
; (OpenWithProgids: their default program is not changed).
; Written under HKA (HKCU for a per-user install, HKLM for all users); uninstall removes
; only these keys and values, never a data file.
Root: HKA; Subkey: "Software\Classes\itadesk.OfficeData"; ValueType: string; ValueName: ""; ValueData: "แฟ้มข้อมูลหน่วยงาน itadesk (*.itadesk)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\itadesk.OfficeData\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\itadesk.OfficeData\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""
Root: HKA; Subkey: "Software\Classes\.itadesk"; ValueType: string; ValueName: ""; ValueData: "itadesk.OfficeData"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.itadesk\OpenWithProgids"; ValueType: string; ValueName: "itadesk.OfficeData"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.db\OpenWithProgids"; ValueType: string; ValueName: "itadesk.OfficeData"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\itadesk.Package"; ValueType: string; ValueName: ""; ValueData: "ชุดข้อมูลรายงาน ITA ส่งอำเภอ/จังหวัด (*.ita.zip)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\itadesk.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
; a package opened from Explorer is imported into the district/province file in the user's
; data folder (itadesk-cli import); the console window shows the result or the refusal
Root: HKA; Subkey: "Software\Classes\itadesk.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: "cmd.exe /k """"{app}\itadesk-cli.exe"" import --into ""{localappdata}\itadesk\aggregate.itadesk.db"" ""%1"""""
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "itadesk.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "itadesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".db"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".itadesk"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""

[Run]
Filename: "{tmp}\vc_redist.x64.exe"; Parameters: "/install /quiet /norestart"; StatusMsg: "กำลังติดตั้ง Microsoft Visual C++ Runtime…"; Check: NeedsVCRedist; Flags: waituntilterminated skipifdoesntexist
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,itadesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the uninstaller removes only the files it installed.
; The user's data in {localappdata}\itadesk (offices, backups, imported frameworks) stays.

[Code]
function NeedsVCRedist: Boolean;
var
  Installed: Cardinal;
begin
  { VC++ 2015-2022 x64 sets Installed=1 here }
  Result := not (RegQueryDWordValue(HKLM64, 'SOFTWARE\Microsoft\VisualStudio\14.0\VC\Runtimes\x64', 'Installed', Installed) and (Installed = 1));
end;
