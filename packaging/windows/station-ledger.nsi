; Station Ledger installer (NSIS 3). Not compiled on this project's Linux CI: see docs/packaging.md.
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\station-ledger packaging\windows\station-ledger.nsi
Unicode true
!include "MUI2.nsh"
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\station-ledger"
!endif
Name "Station Ledger ${VERSION}"
OutFile "StationLedger-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\StationLedger"
RequestExecutionLevel admin
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Station Ledger"
  CreateShortcut "$SMPROGRAMS\Station Ledger\Station Ledger.lnk" "$INSTDIR\station-ledger.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\StationLedger" "DisplayName" "Station Ledger"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\StationLedger" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\StationLedger" "UninstallString" "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  ; only the program folder: the user's data in %LOCALAPPDATA%\StationLedger stays
  RMDir /r "$INSTDIR"
  RMDir /r "$SMPROGRAMS\Station Ledger"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\StationLedger"
SectionEnd
