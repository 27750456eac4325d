<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="64"/>
        <source>About Station Ledger</source>
        <translation>About Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="65"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="67"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="68"/>
        <source>Store schema revision %1</source>
        <translation>Store schema revision %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="69"/>
        <source>Qt for Python %1 (LGPL 3)</source>
        <translation>Qt for Python %1 (LGPL 3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="74"/>
        <source>Font %1: SIL Open Font License 1.1</source>
        <translation>Font %1: SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="76"/>
        <source>Export diagnostics…</source>
        <translation>Export diagnostics…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="77"/>
        <source>Check for updates</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="79"/>
        <source>Asks your county for a newer signed version; it is checked and starts the next time the program starts.</source>
        <translation>Asks your county for a newer signed version; it is checked and starts the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="82"/>
        <source>Versions, the support log, store integrity and sync state, for your county&apos;s technician. No names, ID numbers or notes are included.</source>
        <translation>Versions, the support log, store integrity and sync state, for your county&apos;s technician. No names, ID numbers or notes are included.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="94"/>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="96"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>Writing diagnostics…</source>
        <translation>Writing diagnostics…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="111"/>
        <source>Asking the county for a newer version…</source>
        <translation>Asking the county for a newer version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="117"/>
        <source>This is the newest version (%1).</source>
        <translation>This is the newest version (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="120"/>
        <source>Version %1 was checked and is ready: it starts the next time you start the program.</source>
        <translation>Version %1 was checked and is ready: it starts the next time you start the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="130"/>
        <source>Diagnostics saved to %1</source>
        <translation>Diagnostics saved to %1</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="17"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="21"/>
        <source>Group and themed activities</source>
        <translation>Group and themed activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="22"/>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="24"/>
        <source>Kind and people</source>
        <translation>Kind and people</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="24"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="141"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="142"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="143"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="145"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="147"/>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="165"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="166"/>
        <source>Head&amp;count</source>
        <translation>Head&amp;count</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="168"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="185"/>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="187"/>
        <source>(whole station)</source>
        <translation>(whole station)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="188"/>
        <source>&amp;Add to list</source>
        <translation>&amp;Add to list</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="189"/>
        <source>&amp;Remove from list</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="190"/>
        <source>When names are not known, enter how many took part.</source>
        <translation>When names are not known, enter how many took part.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="221"/>
        <source>Activity saved</source>
        <translation>Activity saved</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="132"/>
        <location filename="../../app/ui/pages/cases.py" line="135"/>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="136"/>
        <source>&amp;New case file</source>
        <translation>&amp;New case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="137"/>
        <source>My open cases</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="137"/>
        <source>My closed cases</source>
        <translation>My closed cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="139"/>
        <source>Waiting for my review</source>
        <translation>Waiting for my review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="140"/>
        <source>All cases of the station</source>
        <translation>All cases of the station</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="142"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="142"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="142"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="143"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="143"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="143"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="144"/>
        <source>Intake: why the case is opened</source>
        <translation>Intake: why the case is opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="145"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="145"/>
        <source>Service plan: goals</source>
        <translation>Service plan: goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="146"/>
        <source>Service plan: actions</source>
        <translation>Service plan: actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="147"/>
        <source>Closure: summary</source>
        <translation>Closure: summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="150"/>
        <source>&amp;Save text</source>
        <translation>&amp;Save text</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="150"/>
        <source>Next s&amp;tage</source>
        <translation>Next s&amp;tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="151"/>
        <source>Su&amp;bmit for review</source>
        <translation>Su&amp;bmit for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="151"/>
        <source>Record a ser&amp;vice</source>
        <translation>Record a ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="152"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="152"/>
        <source>&amp;Return with comments</source>
        <translation>&amp;Return with comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="159"/>
        <source>Language of the printed case file</source>
        <translation>Language of the printed case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="160"/>
        <source>&amp;Print case file…</source>
        <translation>&amp;Print case file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="161"/>
        <source>Save the selected case file as a PDF to print (Ctrl+P)</source>
        <translation>Save the selected case file as a PDF to print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="163"/>
        <source>Services recorded</source>
        <translation>Services recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="164"/>
        <source>Supervisor&apos;s reviews</source>
        <translation>Supervisor&apos;s reviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="211"/>
        <source>Returned by the supervisor. To fix: %1</source>
        <translation>Returned by the supervisor. To fix: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="218"/>
        <source>%1 · %2 · %3 · stage: %4 · %5</source>
        <translation>%1 · %2 · %3 · stage: %4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="241"/>
        <source>%1 · %2 · %3 min · %4</source>
        <translation>%1 · %2 · %3 min · %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="305"/>
        <source>Print the case file</source>
        <translation>Print the case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="306"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="315"/>
        <source>Writing case file %1…</source>
        <translation>Writing case file %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="323"/>
        <source>Case file saved to %1 — open it to print.</source>
        <translation>Case file saved to %1 — open it to print.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="330"/>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="132"/>
        <source>Conflicts to look at</source>
        <translation>Conflicts to look at</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="134"/>
        <source>The same information was changed on this computer and on another device before they could exchange it. Choose which value to keep: your choice is sent to the county and to every device.</source>
        <translation>The same information was changed on this computer and on another device before they could exchange it. Choose which value to keep: your choice is sent to the county and to every device.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="138"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="138"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="138"/>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="139"/>
        <source>The other value</source>
        <translation>The other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="139"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="140"/>
        <source>No conflicts: there is nothing to choose.</source>
        <translation>No conflicts: there is nothing to choose.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="141"/>
        <source>Keep the value on this &amp;computer</source>
        <translation>Keep the value on this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="142"/>
        <source>Keep the &amp;other value</source>
        <translation>Keep the &amp;other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="143"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="158"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="183"/>
        <source>%1 “%2”, %3:</source>
        <translation>%1 “%2”, %3:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="185"/>
        <source>On this computer now</source>
        <translation>On this computer now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="186"/>
        <source>Made earlier on this computer, not kept</source>
        <translation>Made earlier on this computer, not kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="188"/>
        <source>From the county (another device)</source>
        <translation>From the county (another device)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/cli.py" line="42"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="65"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>Too many wrong passwords. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="43"/>
        <location filename="../../app/models/store.py" line="114"/>
        <location filename="../../app/services/station.py" line="233"/>
        <source>The data store cannot be opened with this key.</source>
        <translation>The data store cannot be opened with this key.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="56"/>
        <source>The data store refused a safety setting (%1).</source>
        <translation>The data store refused a safety setting (%1).</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="58"/>
        <source>The data store is not encrypted; refusing to use it.</source>
        <translation>The data store is not encrypted; refusing to use it.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="194"/>
        <source>This data store has no device identity; it was not set up.</source>
        <translation>This data store has no device identity; it was not set up.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyfiles.py" line="37"/>
        <location filename="../../app/security/keyfiles.py" line="39"/>
        <source>The file %1 is not a %2 key file.</source>
        <translation>The file %1 is not a %2 key file.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="63"/>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="65"/>
        <source>The password must not be one character repeated.</source>
        <translation>The password must not be one character repeated.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="107"/>
        <source>The key file %1 cannot be written.</source>
        <translation>The key file %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="130"/>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="132"/>
        <location filename="../../app/security/keyring.py" line="148"/>
        <location filename="../../app/security/keyring.py" line="217"/>
        <source>The key file %1 is damaged.</source>
        <translation>The key file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="177"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="180"/>
        <location filename="../../app/services/station.py" line="230"/>
        <location filename="../../app/services/station.py" line="237"/>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="215"/>
        <location filename="../../app/services/station.py" line="163"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="250"/>
        <source>No county recovery key is set up for this station.</source>
        <translation>No county recovery key is set up for this station.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="255"/>
        <location filename="../../app/security/keyring.py" line="257"/>
        <source>This recovery key does not fit this station.</source>
        <translation>This recovery key does not fit this station.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="45"/>
        <source>This case file no longer exists.</source>
        <translation>This case file no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="77"/>
        <source>Please choose the person this case is about.</source>
        <translation>Please choose the person this case is about.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="81"/>
        <location filename="../../app/services/cases.py" line="110"/>
        <source>Please choose the risk level.</source>
        <translation>Please choose the risk level.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="106"/>
        <source>This case is waiting for review or closed; it cannot be edited.</source>
        <translation>This case is waiting for review or closed; it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="119"/>
        <source>Only the case&apos;s own worker may change it.</source>
        <translation>Only the case&apos;s own worker may change it.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="125"/>
        <source>Please fill in this stage before moving on.</source>
        <translation>Please fill in this stage before moving on.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="134"/>
        <source>This stage needs the supervisor&apos;s approval to move on.</source>
        <translation>This stage needs the supervisor&apos;s approval to move on.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="147"/>
        <source>Only a service plan or a closure is submitted for review.</source>
        <translation>Only a service plan or a closure is submitted for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="149"/>
        <source>This case is already waiting for review.</source>
        <translation>This case is already waiting for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="163"/>
        <source>Only a supervisor may review case files.</source>
        <translation>Only a supervisor may review case files.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="167"/>
        <source>This case is not waiting for review.</source>
        <translation>This case is not waiting for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="169"/>
        <source>You cannot review a case file of your own.</source>
        <translation>You cannot review a case file of your own.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="214"/>
        <source>Services are recorded once the service plan is approved.</source>
        <translation>Services are recorded once the service plan is approved.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="217"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>Minutes must be between 0 and 1440.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="220"/>
        <source>A service cannot be before the case was opened.</source>
        <translation>A service cannot be before the case was opened.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="235"/>
        <source>This task no longer exists.</source>
        <translation>This task no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="31"/>
        <source>This file is not a service catalogue.</source>
        <translation>This file is not a service catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="78"/>
        <source>Please choose a valid entry from the list.</source>
        <translation>Please choose a valid entry from the list.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="81"/>
        <source>This service item does not belong to the chosen service domain.</source>
        <translation>This service item does not belong to the chosen service domain.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="57"/>
        <source>Please enter the name in Chinese or in Tibetan.</source>
        <translation>Please enter the name in Chinese or in Tibetan.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="59"/>
        <source>Please choose the sex.</source>
        <translation>Please choose the sex.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="61"/>
        <source>Please choose the relation to the head of household.</source>
        <translation>Please choose the relation to the head of household.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="65"/>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="76"/>
        <source>The birth date does not match the ID number (%1).</source>
        <translation>The birth date does not match the ID number (%1).</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="82"/>
        <source>The sex does not match the ID number.</source>
        <translation>The sex does not match the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="118"/>
        <source>The ID number %1 is already registered for %2.</source>
        <translation>The ID number %1 is already registered for %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="125"/>
        <location filename="../../app/services/records.py" line="113"/>
        <source>Please choose the village.</source>
        <translation>Please choose the village.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="139"/>
        <source>A household needs at least one member.</source>
        <translation>A household needs at least one member.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="207"/>
        <location filename="../../app/services/records.py" line="189"/>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="24"/>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="51"/>
        <location filename="../../app/services/records.py" line="169"/>
        <source>Please choose the household.</source>
        <translation>Please choose the household.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="56"/>
        <source>Please choose at least one service item.</source>
        <translation>Please choose at least one service item.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="63"/>
        <source>The follow-up date must be after the visit.</source>
        <translation>The follow-up date must be after the visit.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="66"/>
        <source>People served must be between 1 and 50.</source>
        <translation>People served must be between 1 and 50.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="105"/>
        <source>Please choose the kind of activity.</source>
        <translation>Please choose the kind of activity.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="118"/>
        <source>A person on the roster no longer exists.</source>
        <translation>A person on the roster no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="122"/>
        <source>The headcount must be between 0 and 5000.</source>
        <translation>The headcount must be between 0 and 5000.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="125"/>
        <source>Please add participants or enter the headcount.</source>
        <translation>Please add participants or enter the headcount.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="166"/>
        <source>Enter an amount of money or describe what was given in kind.</source>
        <translation>Enter an amount of money or describe what was given in kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="171"/>
        <source>Please choose the person.</source>
        <translation>Please choose the person.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="78"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="111"/>
        <location filename="../../app/services/station.py" line="118"/>
        <location filename="../../app/sync/join.py" line="32"/>
        <source>A station is already set up in %1.</source>
        <translation>A station is already set up in %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="122"/>
        <source>Please fill in the station name and your name.</source>
        <translation>Please fill in the station name and your name.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="173"/>
        <source>No station is set up in %1.</source>
        <translation>No station is set up in %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="201"/>
        <source>The lock time must be between 1 and 120 minutes.</source>
        <translation>The lock time must be between 1 and 120 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="224"/>
        <source>Please choose a role.</source>
        <translation>Please choose a role.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="226"/>
        <source>Please enter the person&apos;s name.</source>
        <translation>Please enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="259"/>
        <location filename="../../app/sync/join.py" line="52"/>
        <source>There is no user %1 at this station.</source>
        <translation>There is no user %1 at this station.</translation>
    </message>
    <message>
        <location filename="../../app/services/workspace.py" line="64"/>
        <source>Your role (%1) may not do this.</source>
        <translation>Your role (%1) may not do this.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="87"/>
        <source>Please enter a date.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="91"/>
        <source>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</source>
        <translation>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="96"/>
        <source>The year %1 is not possible here: please enter a year between %2 and %3.</source>
        <translation>The year %1 is not possible here: please enter a year between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="99"/>
        <source>%1 is not a real date: there is no month %2.</source>
        <translation>%1 is not a real date: there is no month %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="102"/>
        <source>%1 is not a real date: month %2 of %3 has only %4 days.</source>
        <translation>%1 is not a real date: month %2 of %3 has only %4 days.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="114"/>
        <source>The date %1 is too late: the latest date allowed here is %2.</source>
        <translation>The date %1 is too late: the latest date allowed here is %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="117"/>
        <source>The date %1 is too early: the earliest date allowed here is %2.</source>
        <translation>The date %1 is too early: the earliest date allowed here is %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="127"/>
        <source>Please enter the full date with year, month and day, for example 2024-03-07.</source>
        <translation>Please enter the full date with year, month and day, for example 2024-03-07.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="145"/>
        <source>Please enter an amount.</source>
        <translation>Please enter an amount.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="150"/>
        <source>The amount %1 is negative. Please enter an amount of 0 or more.</source>
        <translation>The amount %1 is negative. Please enter an amount of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="155"/>
        <source>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</source>
        <translation>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="160"/>
        <source>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</source>
        <translation>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="166"/>
        <source>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</source>
        <translation>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="170"/>
        <source>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</source>
        <translation>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="190"/>
        <location filename="../../app/validation/fields.py" line="204"/>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="198"/>
        <source>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</source>
        <translation>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="211"/>
        <source>A name cannot contain digits (%1).</source>
        <translation>A name cannot contain digits (%1).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="226"/>
        <source>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</source>
        <translation>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="229"/>
        <source>The Chinese name must be written in Chinese characters.</source>
        <translation>The Chinese name must be written in Chinese characters.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="234"/>
        <source>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</source>
        <translation>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="250"/>
        <source>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</source>
        <translation>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="255"/>
        <source>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</source>
        <translation>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="259"/>
        <source>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</source>
        <translation>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="284"/>
        <source>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</source>
        <translation>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="287"/>
        <source>A mobile number has 11 digits, but %1 has %2.</source>
        <translation>A mobile number has 11 digits, but %1 has %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="290"/>
        <source>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</source>
        <translation>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="82"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, does not exist.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="87"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="92"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is in the future.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="108"/>
        <source>Please enter the ID number.</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="111"/>
        <source>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</source>
        <translation>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="117"/>
        <source>The ID number %1 has %2 characters, but an ID number must have 18.</source>
        <translation>The ID number %1 has %2 characters, but an ID number must have 18.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="123"/>
        <source>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</source>
        <translation>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="131"/>
        <source>The ID number %1 is not valid: with these first 17 digits its last character should be %2. Please compare every digit with the ID card.</source>
        <translation>The ID number %1 is not valid: with these first 17 digits its last character should be %2. Please compare every digit with the ID card.</translation>
    </message>
    <message>
        <location filename="../../app/reports/figures.py" line="34"/>
        <source>Please give the month as YYYY-MM, e.g. 2026-10.</source>
        <translation>Please give the month as YYYY-MM, e.g. 2026-10.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="14"/>
        <source>Monthly service summary</source>
        <translation>Monthly service summary</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="16"/>
        <source>County roll-up</source>
        <translation>County roll-up</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="18"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="20"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="22"/>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="24"/>
        <location filename="../../app/reports/strings.py" line="197"/>
        <source>Households visited</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="26"/>
        <location filename="../../app/reports/strings.py" line="197"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="28"/>
        <location filename="../../app/reports/strings.py" line="198"/>
        <source>Case files established</source>
        <translation>Case files established</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="30"/>
        <location filename="../../app/reports/strings.py" line="198"/>
        <source>Case services</source>
        <translation>Case services</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="32"/>
        <location filename="../../app/reports/strings.py" line="199"/>
        <source>Group activities</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="34"/>
        <location filename="../../app/reports/strings.py" line="200"/>
        <source>Themed and community activities</source>
        <translation>Themed and community activities</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="36"/>
        <location filename="../../app/reports/strings.py" line="201"/>
        <source>Resources linked</source>
        <translation>Resources linked</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="38"/>
        <location filename="../../app/reports/strings.py" line="201"/>
        <source>Money (yuan)</source>
        <translation>Money (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="40"/>
        <location filename="../../app/reports/strings.py" line="202"/>
        <source>In kind (yuan)</source>
        <translation>In kind (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="42"/>
        <location filename="../../app/reports/strings.py" line="203"/>
        <location filename="../../app/reports/strings.py" line="204"/>
        <source>Resource amount (yuan)</source>
        <translation>Resource amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="44"/>
        <location filename="../../app/reports/strings.py" line="205"/>
        <source>Person-times served</source>
        <translation>Person-times served</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="46"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="48"/>
        <location filename="../../app/reports/strings.py" line="211"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="50"/>
        <location filename="../../app/reports/strings.py" line="211"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="52"/>
        <location filename="../../app/reports/strings.py" line="212"/>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="54"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="56"/>
        <location filename="../../app/reports/strings.py" line="207"/>
        <source>By service domain</source>
        <translation>By service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="58"/>
        <location filename="../../app/reports/strings.py" line="207"/>
        <source>By target group</source>
        <translation>By target group</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="60"/>
        <location filename="../../app/reports/strings.py" line="208"/>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="62"/>
        <location filename="../../app/reports/strings.py" line="208"/>
        <source>By resource source</source>
        <translation>By resource source</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="64"/>
        <location filename="../../app/reports/strings.py" line="209"/>
        <source>Service domain</source>
        <translation>Service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="66"/>
        <location filename="../../app/reports/strings.py" line="209"/>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="68"/>
        <location filename="../../app/reports/strings.py" line="210"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="70"/>
        <location filename="../../app/reports/strings.py" line="210"/>
        <source>Resource source</source>
        <translation>Resource source</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="72"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="74"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="76"/>
        <source>A household or record can belong to several target groups: rows overlap.</source>
        <translation>A household or record can belong to several target groups: rows overlap.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="78"/>
        <source>Person-times served by service domain</source>
        <translation>Person-times served by service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="80"/>
        <source>Contract targets</source>
        <translation>Contract targets</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="82"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="84"/>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="86"/>
        <source>Yearly target</source>
        <translation>Yearly target</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="88"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="90"/>
        <source>Expected by now</source>
        <translation>Expected by now</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="92"/>
        <source>No contract targets have been entered for this year.</source>
        <translation>No contract targets have been entered for this year.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="94"/>
        <source>Record manifest</source>
        <translation>Record manifest</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="96"/>
        <source>SHA-256 of the records counted</source>
        <translation>SHA-256 of the records counted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="98"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="100"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="102"/>
        <source>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translation>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="104"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="106"/>
        <source>%1 stations</source>
        <translation>%1 stations</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="108"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="110"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="112"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="114"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="116"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="118"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="120"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="122"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="124"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="126"/>
        <location filename="../../app/reports/strings.py" line="190"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="128"/>
        <source>Intake source</source>
        <translation>Intake source</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="130"/>
        <source>Intake reason</source>
        <translation>Intake reason</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="132"/>
        <location filename="../../app/reports/strings.py" line="190"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="134"/>
        <location filename="../../app/reports/strings.py" line="191"/>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="136"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="138"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="140"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="142"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="144"/>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="146"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="148"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="150"/>
        <source>Supervisor&apos;s reviews</source>
        <translation>Supervisor&apos;s reviews</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="152"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="154"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="156"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="158"/>
        <location filename="../../app/reports/strings.py" line="192"/>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="160"/>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="162"/>
        <source>Closure summary</source>
        <translation>Closure summary</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="164"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="166"/>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="168"/>
        <source>Printed by %1 on %2</source>
        <translation>Printed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="172"/>
        <location filename="../../app/reports/strings.py" line="192"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="174"/>
        <location filename="../../app/reports/strings.py" line="193"/>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="176"/>
        <location filename="../../app/reports/strings.py" line="193"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="178"/>
        <location filename="../../app/reports/strings.py" line="194"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="180"/>
        <location filename="../../app/reports/strings.py" line="194"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="182"/>
        <location filename="../../app/reports/strings.py" line="195"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="184"/>
        <location filename="../../app/reports/strings.py" line="195"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="186"/>
        <location filename="../../app/reports/strings.py" line="195"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/reports/summary.py" line="26"/>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/server/keys.py" line="43"/>
        <source>County keys already exist in %1; refusing to overwrite them.</source>
        <translation>County keys already exist in %1; refusing to overwrite them.</translation>
    </message>
    <message>
        <location filename="../../app/services/preferences.py" line="12"/>
        <source>Please choose a language.</source>
        <translation>Please choose a language.</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="45"/>
        <source>There is no case file %1 at this station.</source>
        <translation>There is no case file %1 at this station.</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="56"/>
        <source>This device is not yet enrolled with the county server.</source>
        <translation>This device is not yet enrolled with the county server.</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="100"/>
        <source>Please choose one of the two values.</source>
        <translation>Please choose one of the two values.</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="104"/>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="108"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>The record of this conflict no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="39"/>
        <source>The county server refused: %1</source>
        <translation>The county server refused: %1</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="32"/>
        <source>The county server cannot be reached (%1).</source>
        <translation>The county server cannot be reached (%1).</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="59"/>
        <location filename="../../app/reports/export.py" line="88"/>
        <source>Please choose PDF, XLSX or CSV.</source>
        <translation>Please choose PDF, XLSX or CSV.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="170"/>
        <location filename="../../app/reports/strings.py" line="191"/>
        <source>Service delivery</source>
        <translation>Service delivery</translation>
    </message>
    <message>
        <location filename="../../app/sync/join.py" line="43"/>
        <source>The station&apos;s own computer has not synced yet; sync it first, then join this device.</source>
        <translation>The station&apos;s own computer has not synced yet; sync it first, then join this device.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="84"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="86"/>
        <source>The disk could not be written: nothing was saved. Check the disk or USB stick and try again.</source>
        <translation>The disk could not be written: nothing was saved. Check the disk or USB stick and try again.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="89"/>
        <source>The data store is damaged. Nothing was saved; restore the latest backup or ask the county for help.</source>
        <translation>The data store is damaged. Nothing was saved; restore the latest backup or ask the county for help.</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="96"/>
        <source>The diagnostics could not be written to %1: %2</source>
        <translation>The diagnostics could not be written to %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/updates.py" line="40"/>
        <source>This computer is not enrolled with a county yet: choose a folder that holds an update.</source>
        <translation>This computer is not enrolled with a county yet: choose a folder that holds an update.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="73"/>
        <source>Updates are not set up in this build of the program.</source>
        <translation>Updates are not set up in this build of the program.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="96"/>
        <source>The county&apos;s update folder could not be reached (%1).</source>
        <translation>The county&apos;s update folder could not be reached (%1).</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="100"/>
        <source>An update was offered that is not signed by the release keys. It was refused; tell your county.</source>
        <translation>An update was offered that is not signed by the release keys. It was refused; tell your county.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="124"/>
        <source>There is no newer version than %1.</source>
        <translation>There is no newer version than %1.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="128"/>
        <location filename="../../app/updates/client.py" line="137"/>
        <source>The update could not be downloaded completely (%1). It goes on from where it stopped next time.</source>
        <translation>The update could not be downloaded completely (%1). It goes on from where it stopped next time.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="134"/>
        <source>The downloaded update does not match its signature and was deleted. Tell your county.</source>
        <translation>The downloaded update does not match its signature and was deleted. Tell your county.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="98"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translation>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="102"/>
        <source>This computer&apos;s clock differs from the county server&apos;s by %1 minutes. Please set the date and time; records still go through.</source>
        <translation>This computer&apos;s clock differs from the county server&apos;s by %1 minutes. Please set the date and time; records still go through.</translation>
    </message>
    <message>
        <location filename="../../app/models/migrate.py" line="77"/>
        <source>This data was saved by a newer version of Station Ledger (data format %1; this version knows up to %2). Please install the newer version; nothing has been changed.</source>
        <translation>This data was saved by a newer version of Station Ledger (data format %1; this version knows up to %2). Please install the newer version; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="17"/>
        <source>The change is damaged (not a change record).</source>
        <translation>The change is damaged (not a change record).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="18"/>
        <source>The change has no valid change id.</source>
        <translation>The change has no valid change id.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="19"/>
        <source>The county server does not know this kind of record (%1).</source>
        <translation>The county server does not know this kind of record (%1).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="20"/>
        <source>The change has no valid record id.</source>
        <translation>The change has no valid record id.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="21"/>
        <source>The change has an unknown operation.</source>
        <translation>The change has an unknown operation.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="22"/>
        <source>The change was made on another device.</source>
        <translation>The change was made on another device.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="23"/>
        <source>The list of changed fields is damaged.</source>
        <translation>The list of changed fields is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="24"/>
        <source>The record sent with the change is missing or is another record.</source>
        <translation>The record sent with the change is missing or is another record.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="25"/>
        <source>The earlier values sent with the change are damaged.</source>
        <translation>The earlier values sent with the change are damaged.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="26"/>
        <source>The county server does not know these fields of %1: %2.</source>
        <translation>The county server does not know these fields of %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="27"/>
        <source>The county server must be updated first: this device uses a newer record format (%1; the county knows up to %2). The change will be sent again after the update.</source>
        <translation>The county server must be updated first: this device uses a newer record format (%1; the county knows up to %2). The change will be sent again after the update.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="30"/>
        <source>The change has a damaged clock stamp.</source>
        <translation>The change has a damaged clock stamp.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="31"/>
        <source>The record belongs to another station.</source>
        <translation>The record belongs to another station.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="32"/>
        <source>A value is not valid for %1: %2</source>
        <translation>A value is not valid for %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="48"/>
        <source>%1 is the number of %2 case files (made on different laptops before case numbers carried the laptop&apos;s letter). Print it from the case&apos;s own page, or give one of these ids instead: %3</source>
        <translation>%1 is the number of %2 case files (made on different laptops before case numbers carried the laptop&apos;s letter). Print it from the case&apos;s own page, or give one of these ids instead: %3</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="266"/>
        <source>This refused change no longer exists.</source>
        <translation>This refused change no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="49"/>
        <source>The first six digits of this ID number, %1, are not a region code of China. Please compare them with the ID card; the record can still be saved.</source>
        <translation>The first six digits of this ID number, %1, are not a region code of China. Please compare them with the ID card; the record can still be saved.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="137"/>
        <source>The ID number %1 is not valid: %2 is not a region code of China. Please compare the first six digits with the ID card.</source>
        <translation>The ID number %1 is not valid: %2 is not a region code of China. Please compare the first six digits with the ID card.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="34"/>
        <source>The change has no author.</source>
        <translation>The change has no author.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="35"/>
        <source>The author of the change is not a user of this station.</source>
        <translation>The author of the change is not a user of this station.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="36"/>
        <source>The author of the change is not an active user of this station.</source>
        <translation>The author of the change is not an active user of this station.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="37"/>
        <source>Only the station admin may change %1 records (this change acts as %2).</source>
        <translation>Only the station admin may change %1 records (this change acts as %2).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="38"/>
        <source>The unit is not this station, its county or one of its villages.</source>
        <translation>The unit is not this station, its county or one of its villages.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="39"/>
        <source>Only a supervisor may record a review (this change acts as %1).</source>
        <translation>Only a supervisor may record a review (this change acts as %1).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="40"/>
        <source>A review must be recorded by its own reviewer.</source>
        <translation>A review must be recorded by its own reviewer.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="41"/>
        <source>Only a supervisor may approve or return a case file (this change acts as %1).</source>
        <translation>Only a supervisor may approve or return a case file (this change acts as %1).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="43"/>
        <source>Only a supervisor&apos;s approval moves a case to %1.</source>
        <translation>Only a supervisor&apos;s approval moves a case to %1.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="44"/>
        <source>Only the case&apos;s own worker, a supervisor or the admin may change it.</source>
        <translation>Only the case&apos;s own worker, a supervisor or the admin may change it.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="45"/>
        <source>The user has an unknown role (%1).</source>
        <translation>The user has an unknown role (%1).</translation>
    </message>
    <message>
        <source>Too many refused changes in one parcel; this one was not kept: %1</source>
        <translation type="vanished">Too many refused changes in one parcel; this one was not kept: %1</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="122"/>
        <source>The server answered with other keys than the county&apos;s. Enrolment stopped; nothing was stored.</source>
        <translation>The server answered with other keys than the county&apos;s. Enrolment stopped; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="325"/>
        <source>The server did not show county keys; it is not a county server of this version.</source>
        <translation>The server did not show county keys; it is not a county server of this version.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="29"/>
        <source>The county server&apos;s certificate is not trusted; nothing was sent. Check the address, or ask the county for its certificate authority.</source>
        <translation>The county server&apos;s certificate is not trusted; nothing was sent. Check the address, or ask the county for its certificate authority.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="51"/>
        <source>The county server failed on this request (HTTP %1). Tell the county; sync will try again later.</source>
        <translation>The county server failed on this request (HTTP %1). Tell the county; sync will try again later.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="87"/>
        <source>The county server is busy or cannot be reached (%1).</source>
        <translation>The county server is busy or cannot be reached (%1).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="34"/>
        <source>Please type the county key fingerprint from the enrolment sheet (six groups of four letters and digits).</source>
        <translation>Please type the county key fingerprint from the enrolment sheet (six groups of four letters and digits).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="44"/>
        <source>The server&apos;s keys do not match the county key fingerprint on the enrolment sheet (it shows %1). Nothing was sent. Check the address and the fingerprint, or ask the county.</source>
        <translation>The server&apos;s keys do not match the county key fingerprint on the enrolment sheet (it shows %1). Nothing was sent. Check the address and the fingerprint, or ask the county.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="64"/>
        <source>Please give the county server&apos;s address, starting with https://.</source>
        <translation>Please give the county server&apos;s address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="70"/>
        <source>The county server must be reached over https://. Plain http:// is only for a trial (switch it on explicitly).</source>
        <translation>The county server must be reached over https://. Plain http:// is only for a trial (switch it on explicitly).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="74"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translation>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="51"/>
        <source>This person may already be registered. Please check:</source>
        <translation>This person may already be registered. Please check:</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="52"/>
        <source>It is a different person: create</source>
        <translation>It is a different person: create</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="53"/>
        <source>Open the registered person</source>
        <translation>Open the registered person</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="56"/>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="57"/>
        <source>same name and birth year</source>
        <translation>same name and birth year</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="58"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/text.py" line="29"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="30"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="31"/>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="32"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="33"/>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="34"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="35"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="36"/>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="37"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="38"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="39"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="40"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="41"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="42"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="43"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="44"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="45"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="46"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="47"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="48"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="49"/>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="50"/>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="51"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="52"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="53"/>
        <source>Group activity</source>
        <translation>Group activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="54"/>
        <source>Themed activity</source>
        <translation>Themed activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="55"/>
        <source>Community activity</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="56"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="57"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="58"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../app/ui/errors.py" line="52"/>
        <source>Something went wrong. Your saved work is safe. Please tell your administrator and give them the details.</source>
        <translation>Something went wrong. Your saved work is safe. Please tell your administrator and give them the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="67"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="70"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="102"/>
        <source>Station Ledger — set up the station</source>
        <translation>Station Ledger — set up the station</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="103"/>
        <source>Welcome. No station is set up on this computer yet. Fill in the station&apos;s details once; everything is kept encrypted. Or try the demo station first.</source>
        <translation>Welcome. No station is set up on this computer yet. Fill in the station&apos;s details once; everything is kept encrypted. Or try the demo station first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="106"/>
        <source>County (Chinese)</source>
        <translation>County (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="106"/>
        <source>County (Tibetan)</source>
        <translation>County (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="107"/>
        <source>Station name (Chinese)</source>
        <translation>Station name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="108"/>
        <source>Station name (Tibetan)</source>
        <translation>Station name (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="109"/>
        <source>Villages, one per line
(Chinese|Tibetan)</source>
        <translation>Villages, one per line
(Chinese|Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="110"/>
        <source>Your user name</source>
        <translation>Your user name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="110"/>
        <source>Your full name</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="111"/>
        <source>Password (at least 8 characters)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="112"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="112"/>
        <location filename="../../app/ui/first_run.py" line="125"/>
        <source>County recovery key file</source>
        <translation>County recovery key file</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="115"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="116"/>
        <source>&amp;Set up the station</source>
        <translation>&amp;Set up the station</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="117"/>
        <source>Try the &amp;demo station</source>
        <translation>Try the &amp;demo station</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="155"/>
        <source>Making the demo station…</source>
        <translation>Making the demo station…</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="190"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="192"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="193"/>
        <source>Address (Tibetan)</source>
        <translation>Address (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="194"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="203"/>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="204"/>
        <source>Choose the village</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="205"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>%1  (Alt+%2)</source>
        <translation>%1  (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>OpenCaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="22"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="29"/>
        <source>Service &amp;domain</source>
        <translation>Service &amp;domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="31"/>
        <source>&amp;Risk level</source>
        <translation>&amp;Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="32"/>
        <source>&amp;Opened on</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="33"/>
        <source>&amp;Why is the case opened?</source>
        <translation>&amp;Why is the case opened?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="44"/>
        <source>Open a case file</source>
        <translation>Open a case file</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../app/ui/pages/people.py" line="158"/>
        <location filename="../../app/ui/pages/people.py" line="161"/>
        <source>Households and people</source>
        <translation>Households and people</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="162"/>
        <source>&amp;New household</source>
        <translation>&amp;New household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="163"/>
        <source>Search: name, pinyin (zs), Tibetan, Wylie or ID number</source>
        <translation>Search: name, pinyin (zs), Tibetan, Wylie or ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="164"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="165"/>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="166"/>
        <source>Any sex</source>
        <translation>Any sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="167"/>
        <source>All service domains</source>
        <translation>All service domains</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="168"/>
        <source>All social workers</source>
        <translation>All social workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="169"/>
        <source>Has an open case file</source>
        <translation>Has an open case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="170"/>
        <source>Case file waiting for review</source>
        <translation>Case file waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="171"/>
        <source>No case file</source>
        <translation>No case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="172"/>
        <source>Any case status</source>
        <translation>Any case status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="173"/>
        <source>Visited &amp;between</source>
        <translation>Visited &amp;between</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="174"/>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="176"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="177"/>
        <source>People whose household had a visit in these dates. Delete: any date.</source>
        <translation>People whose household had a visit in these dates. Delete: any date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="179"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="180"/>
        <source>&amp;Add household member</source>
        <translation>&amp;Add household member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="181"/>
        <source>&amp;Edit person</source>
        <translation>&amp;Edit person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="182"/>
        <source>New &amp;visit to this household</source>
        <translation>New &amp;visit to this household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="183"/>
        <source>Open a &amp;case file</source>
        <translation>Open a &amp;case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="185"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="185"/>
        <source>Tibetan name</source>
        <translation>Tibetan name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="186"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="186"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="187"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="187"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="188"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="240"/>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="252"/>
        <source>Household of %1 · %2 · %3 members</source>
        <translation>Household of %1 · %2 · %3 members</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="258"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="258"/>
        <source>New household member</source>
        <translation>New household member</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="282"/>
        <source>Person added</source>
        <translation>Person added</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/widgets/progress.py" line="27"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="98"/>
        <source>Your unsaved draft was restored.</source>
        <translation>Your unsaved draft was restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="99"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="100"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="101"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="112"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="112"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="112"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="112"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="113"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="117"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="124"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="127"/>
        <source>Households visited</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="127"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="128"/>
        <source>Case files opened</source>
        <translation>Case files opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="128"/>
        <source>Case services</source>
        <translation>Case services</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="129"/>
        <source>Group activities</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="130"/>
        <source>Themed and community activities</source>
        <translation>Themed and community activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="131"/>
        <source>Resource links</source>
        <translation>Resource links</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="132"/>
        <source>Resources linked (yuan)</source>
        <translation>Resources linked (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="133"/>
        <source>Person-times served</source>
        <translation>Person-times served</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="137"/>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="140"/>
        <source>Monthly summary</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="141"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="142"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="151"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="152"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="153"/>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="154"/>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="155"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="157"/>
        <source>Breakdown for:</source>
        <translation>Breakdown for:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="163"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="164"/>
        <source>By service domain</source>
        <translation>By service domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="165"/>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="166"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="136"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="43"/>
        <source>Chinese and Tibetan (bilingual)</source>
        <translation>Chinese and Tibetan (bilingual)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="136"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="169"/>
        <source>Reports are not available yet in this version.</source>
        <translation>Reports are not available yet in this version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="201"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="227"/>
        <source>Monthly summary of %1</source>
        <translation>Monthly summary of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="249"/>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="259"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="259"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="260"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="264"/>
        <source>Save the monthly summary</source>
        <translation>Save the monthly summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="274"/>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="283"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="228"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="230"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="232"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="233"/>
        <source>For &amp;household</source>
        <translation>For &amp;household</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="236"/>
        <source>&amp;Money (yuan)</source>
        <translation>&amp;Money (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="237"/>
        <source>&amp;Goods in kind</source>
        <translation>&amp;Goods in kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="238"/>
        <source>&amp;Value of goods (yuan)</source>
        <translation>&amp;Value of goods (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="240"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="246"/>
        <source>New resource link</source>
        <translation>New resource link</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="247"/>
        <source>Who gave it (company, charity, office)</source>
        <translation>Who gave it (company, charity, office)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="248"/>
        <source>e.g. 500 or 1200.50</source>
        <translation>e.g. 500 or 1200.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="280"/>
        <source>Resource link saved</source>
        <translation>Resource link saved</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="17"/>
        <location filename="../../app/ui/pages/resources.py" line="21"/>
        <source>Resource links</source>
        <translation>Resource links</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="22"/>
        <source>&amp;New resource link</source>
        <translation>&amp;New resource link</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="24"/>
        <source>Source and amount</source>
        <translation>Source and amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="24"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>ReturnCaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="117"/>
        <source>&amp;What should be fixed?</source>
        <translation>&amp;What should be fixed?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="123"/>
        <source>Return the case to the worker</source>
        <translation>Return the case to the worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="124"/>
        <source>The worker sees these comments on their Today page.</source>
        <translation>The worker sees these comments on their Today page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="126"/>
        <source>&amp;Return case</source>
        <translation>&amp;Return case</translation>
    </message>
</context>
<context>
    <name>ServiceRecordForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="75"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="76"/>
        <source>Service &amp;item</source>
        <translation>Service &amp;item</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="79"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="82"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="87"/>
        <source>Record a service</source>
        <translation>Record a service</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="91"/>
        <location filename="../../app/ui/pages/settings.py" line="94"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="95"/>
        <source>Language and text size</source>
        <translation>Language and text size</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="96"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="98"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="99"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="100"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="100"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="101"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="103"/>
        <source>Change &amp;password</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="104"/>
        <source>Station administration</source>
        <translation>Station administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="106"/>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="106"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="106"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="107"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="107"/>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="109"/>
        <source>Save lock time</source>
        <translation>Save lock time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="111"/>
        <source>Add &amp;user</source>
        <translation>Add &amp;user</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="112"/>
        <source>Lock the screen now (Ctrl+L)</source>
        <translation>Lock the screen now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="113"/>
        <source>About Station Ledger, diagnostics (F1)</source>
        <translation>About Station Ledger, diagnostics (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="115"/>
        <source>Undo (Ctrl+Z) takes back the last visit, activity, resource link or household member you saved, for as long as the status bar offers it. Other changes are corrected by editing the record.</source>
        <translation>Undo (Ctrl+Z) takes back the last visit, activity, resource link or household member you saved, for as long as the status bar offers it. Other changes are corrected by editing the record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="146"/>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../app/ui/sign_in.py" line="75"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="76"/>
        <source>Station Ledger — sign in</source>
        <translation>Station Ledger — sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="77"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="77"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="78"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="80"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="81"/>
        <source>Demo station: user zhuoma, lihua, wangfang (supervisor) or admin, password demo1234.</source>
        <translation>Demo station: user zhuoma, lihua, wangfang (supervisor) or admin, password demo1234.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="99"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="21"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="22"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="23"/>
        <source>Household visit</source>
        <translation>Household visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="24"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="25"/>
        <source>Activity participant</source>
        <translation>Activity participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="26"/>
        <source>Resource link</source>
        <translation>Resource link</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="27"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="28"/>
        <source>Case service</source>
        <translation>Case service</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="29"/>
        <source>Case review</source>
        <translation>Case review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="30"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="31"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="32"/>
        <location filename="../../app/ui/pages/conflicts.py" line="49"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="33"/>
        <source>Contract target</source>
        <translation>Contract target</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="36"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="37"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="38"/>
        <source>Address (Chinese)</source>
        <translation>Address (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="39"/>
        <source>Address (Tibetan)</source>
        <translation>Address (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="40"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="41"/>
        <source>Name (Tibetan)</source>
        <translation>Name (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="42"/>
        <source>Name (Latin letters)</source>
        <translation>Name (Latin letters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="43"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="44"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="45"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="46"/>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="47"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="48"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="50"/>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="51"/>
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="52"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="53"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="54"/>
        <source>Plan goals</source>
        <translation>Plan goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="55"/>
        <source>Plan actions</source>
        <translation>Plan actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="56"/>
        <source>Why the case was opened</source>
        <translation>Why the case was opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="57"/>
        <source>Closure summary</source>
        <translation>Closure summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="58"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="59"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="74"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="137"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="140"/>
        <source>Sending to the county</source>
        <translation>Sending to the county</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="141"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="142"/>
        <source>Copy to a USB &amp;folder…</source>
        <translation>Copy to a USB &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="143"/>
        <source>Read from a USB f&amp;older…</source>
        <translation>Read from a USB f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="144"/>
        <source>Connect this computer to the county server</source>
        <translation>Connect this computer to the county server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="145"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="146"/>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="147"/>
        <source>County key fingerprint</source>
        <translation>County key fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="148"/>
        <source>as printed under the enrolment code</source>
        <translation>as printed under the enrolment code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="149"/>
        <source>Trial only: allow an unencrypted http:// address</source>
        <translation>Trial only: allow an unencrypted http:// address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="150"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translation>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="153"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="154"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="155"/>
        <source>Records the county could not accept</source>
        <translation>Records the county could not accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="156"/>
        <source>&amp;Discard the chosen change…</source>
        <translation>&amp;Discard the chosen change…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="158"/>
        <source>Refused changes are sent again at every sync. Discard one only if it should never reach the county; the audit log records who discarded it.</source>
        <translation>Refused changes are sent again at every sync. Discard one only if it should never reach the county; the audit log records who discarded it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="163"/>
        <source>Look at &amp;conflicts</source>
        <translation>Look at &amp;conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="181"/>
        <source>The county server must be updated before %1 changes can be taken in; they wait here and go out by themselves after the update.</source>
        <translation>The county server must be updated before %1 changes can be taken in; they wait here and go out by themselves after the update.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="186"/>
        <source>The last try did not get through; your records are safe on this computer.</source>
        <translation>The last try did not get through; your records are safe on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="193"/>
        <source>Look at &amp;conflicts (%1)</source>
        <translation>Look at &amp;conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="196"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="201"/>
        <source>%1 · %2 “%3”: %4</source>
        <translation>%1 · %2 “%3”: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="207"/>
        <source>None: the county accepted everything.</source>
        <translation>None: the county accepted everything.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="211"/>
        <source>Once this computer is connected to the county server, it sends and receives by itself whenever the server can be reached.</source>
        <translation>Once this computer is connected to the county server, it sends and receives by itself whenever the server can be reached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="214"/>
        <source>Sends and receives by itself every %1 seconds when the county server can be reached.</source>
        <translation>Sends and receives by itself every %1 seconds when the county server can be reached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="218"/>
        <source>The county server cannot be reached now: it will try again by itself.</source>
        <translation>The county server cannot be reached now: it will try again by itself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="221"/>
        <source>The county server refused: %1</source>
        <translation>The county server refused: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="226"/>
        <source>Sent %1 changes, received %2 records</source>
        <translation>Sent %1 changes, received %2 records</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="228"/>
        <source>Sent and received</source>
        <translation>Sent and received</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="229"/>
        <source>Connected to the county server</source>
        <translation>Connected to the county server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="230"/>
        <source>Stopped by a problem; it will be tried again</source>
        <translation>Stopped by a problem; it will be tried again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="231"/>
        <source>The county server could not be reached</source>
        <translation>The county server could not be reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="232"/>
        <source>Copied to a USB folder</source>
        <translation>Copied to a USB folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="233"/>
        <source>Read from a USB folder</source>
        <translation>Read from a USB folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="252"/>
        <source>Discard this change?</source>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="253"/>
        <source>This change will never be sent to the county. The record on this computer stays as it is. Discard it?</source>
        <translation>This change will never be sent to the county. The record on this computer stays as it is. Discard it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="260"/>
        <source>it holds information the county server does not know (a newer or older version)</source>
        <translation>it holds information the county server does not know (a newer or older version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="262"/>
        <source>the clock of this computer was wrong: check the date and time</source>
        <translation>the clock of this computer was wrong: check the date and time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="263"/>
        <source>it was made on another device</source>
        <translation>it was made on another device</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="264"/>
        <source>this computer could not take in this change from the county</source>
        <translation>this computer could not take in this change from the county</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="265"/>
        <source>it was damaged on the way</source>
        <translation>it was damaged on the way</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="266"/>
        <source>the county server must be updated first</source>
        <translation>the county server must be updated first</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="267"/>
        <source>a value in it is not valid</source>
        <translation>a value in it is not valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="268"/>
        <source>the county could not accept it</source>
        <translation>the county could not accept it</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="173"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="55"/>
        <source>This computer&apos;s clock is %1 minutes behind the county server&apos;s. Please set the date and time; records still go through.</source>
        <translation>This computer&apos;s clock is %1 minutes behind the county server&apos;s. Please set the date and time; records still go through.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="58"/>
        <source>This computer&apos;s clock is %1 minutes ahead of the county server&apos;s. Please set the date and time; records still go through.</source>
        <translation>This computer&apos;s clock is %1 minutes ahead of the county server&apos;s. Please set the date and time; records still go through.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="63"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translation>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="174"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>Changes waiting to be sent: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="175"/>
        <source>Last contact with the county: %1</source>
        <translation>Last contact with the county: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="177"/>
        <source>Conflicts to look at: %1</source>
        <translation>Conflicts to look at: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="179"/>
        <source>Records the county could not accept: %1</source>
        <translation>Records the county could not accept: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="275"/>
        <location filename="../../app/ui/pages/sync.py" line="280"/>
        <source>Sending and receiving…</source>
        <translation>Sending and receiving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="311"/>
        <source>Choose the USB folder</source>
        <translation>Choose the USB folder</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="80"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="84"/>
        <source>Good day, %1</source>
        <translation>Good day, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="86"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="87"/>
        <source>Case files waiting for your review</source>
        <translation>Case files waiting for your review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="88"/>
        <source>Sending to the county</source>
        <translation>Sending to the county</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="89"/>
        <source>Nothing to do. Well done!</source>
        <translation>Nothing to do. Well done!</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="90"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="91"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="92"/>
        <source>New &amp;visit</source>
        <translation>New &amp;visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="93"/>
        <source>New &amp;household</source>
        <translation>New &amp;household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="94"/>
        <source>New &amp;activity</source>
        <translation>New &amp;activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="95"/>
        <source>New resource &amp;link</source>
        <translation>New resource &amp;link</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="109"/>
        <source>Fix case %1 returned by the supervisor: %2</source>
        <translation>Fix case %1 returned by the supervisor: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="111"/>
        <source>Follow-up visit to %1 (due %2) %3</source>
        <translation>Follow-up visit to %1 (due %2) %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="140"/>
        <source>%1 changes not yet sent to the county.</source>
        <translation>%1 changes not yet sent to the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="141"/>
        <source>Everything has been sent to the county.</source>
        <translation>Everything has been sent to the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="143"/>
        <source>Last contact with the county: %1</source>
        <translation>Last contact with the county: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="144"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="146"/>
        <source>Conflicts to look at on the Sync page: %1</source>
        <translation>Conflicts to look at on the Sync page: %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="77"/>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="81"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="83"/>
        <source>&amp;People served</source>
        <translation>&amp;People served</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="85"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="97"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="102"/>
        <source>New household visit</source>
        <translation>New household visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="103"/>
        <source>Visit again on</source>
        <translation>Visit again on</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="134"/>
        <source>Visit saved</source>
        <translation>Visit saved</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="34"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="38"/>
        <source>Household visits</source>
        <translation>Household visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="39"/>
        <source>&amp;New visit</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="40"/>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="41"/>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="42"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="43"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="44"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="46"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>_DomainItems</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="30"/>
        <source>Service &amp;domain</source>
        <translation>Service &amp;domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="31"/>
        <source>Service &amp;items</source>
        <translation>Service &amp;items</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="86"/>
        <source>Name (&amp;Chinese)</source>
        <translation>Name (&amp;Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="87"/>
        <source>Name (&amp;Tibetan)</source>
        <translation>Name (&amp;Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="88"/>
        <source>Name (&amp;Latin letters)</source>
        <translation>Name (&amp;Latin letters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="89"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="90"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="91"/>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="92"/>
        <source>&amp;Relation to head</source>
        <translation>&amp;Relation to head</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="94"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="96"/>
        <source>&amp;Target groups</source>
        <translation>&amp;Target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="104"/>
        <source>e.g. 1958-03-07, 1958-03 or 1958</source>
        <translation>e.g. 1958-03-07, 1958-03 or 1958</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="105"/>
        <source>18 digits (the last may be X)</source>
        <translation>18 digits (the last may be X)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/widgets/pickers.py" line="41"/>
        <source>Type a name, pinyin (zs), Wylie or ID number</source>
        <translation>Type a name, pinyin (zs), Wylie or ID number</translation>
    </message>
</context>
</TS>
