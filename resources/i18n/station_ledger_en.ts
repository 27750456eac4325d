<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="73"/>
        <source>About Station Ledger</source>
        <translation>About Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="74"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="76"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="77"/>
        <source>Store schema revision %1</source>
        <translation>Store schema revision %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="78"/>
        <source>Qt for Python %1 (LGPL 3)</source>
        <translation>Qt for Python %1 (LGPL 3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="83"/>
        <source>Font %1: SIL Open Font License 1.1</source>
        <translation>Font %1: SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="85"/>
        <source>Export diagnostics…</source>
        <translation>Export diagnostics…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="86"/>
        <source>Check for updates</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="88"/>
        <source>Asks your county for a newer signed version; it is checked and starts the next time the program starts.</source>
        <translation>Asks your county for a newer signed version; it is checked and starts the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="91"/>
        <source>Versions, the support log, store integrity and sync state, for your county&apos;s technician. No names, ID numbers or notes are included.</source>
        <translation>Versions, the support log, store integrity and sync state, for your county&apos;s technician. No names, ID numbers or notes are included.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="105"/>
        <source>Zip archive</source>
        <translation>Zip archive</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="vanished">Zip archives (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="111"/>
        <source>Writing diagnostics…</source>
        <translation>Writing diagnostics…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="119"/>
        <source>Asking the county for a newer version…</source>
        <translation>Asking the county for a newer version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="125"/>
        <source>This is the newest version (%1).</source>
        <translation>This is the newest version (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="128"/>
        <source>Version %1 was checked and is ready: it starts the next time you start the program.</source>
        <translation>Version %1 was checked and is ready: it starts the next time you start the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="138"/>
        <source>Diagnostics saved to %1</source>
        <translation>Diagnostics saved to %1</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="113"/>
        <source>Access request</source>
        <translation>Access request</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="114"/>
        <source>Everything this station holds about the person is written as a PDF (in the person&apos;s language) and a JSON file into your export folder. The request is recorded in the audit log.</source>
        <translation>Everything this station holds about the person is written as a PDF (in the person&apos;s language) and a JSON file into your export folder. The request is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="118"/>
        <source>&amp;Language of the person</source>
        <translation>&amp;Language of the person</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="121"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="122"/>
        <source>Tibetan</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="125"/>
        <source>&amp;Write the answer</source>
        <translation>&amp;Write the answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="126"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="138"/>
        <source>Written: %1 and %2. These files hold personal data and are not encrypted: give them to the person, then delete them.</source>
        <translation>Written: %1 and %2. These files hold personal data and are not encrypted: give them to the person, then delete them.</translation>
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
        <location filename="../../app/ui/forms/record_forms.py" line="175"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="176"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="177"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation type="vanished">&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="179"/>
        <source>Villa&amp;ge</source>
        <translation>Villa&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="vanished">&amp;Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="181"/>
        <source>Locati&amp;on</source>
        <translation>Locati&amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="200"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="201"/>
        <source>Head&amp;count</source>
        <translation>Head&amp;count</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="203"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="220"/>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="222"/>
        <source>(whole station)</source>
        <translation>(whole station)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="223"/>
        <source>&amp;Add to list</source>
        <translation>&amp;Add to list</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="224"/>
        <source>&amp;Remove from list</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="225"/>
        <source>When names are not known, enter how many took part.</source>
        <translation>When names are not known, enter how many took part.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="265"/>
        <source>Activity saved</source>
        <translation>Activity saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="268"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="130"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="130"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="131"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="134"/>
        <source>Not on this computer yet: opening it fetches it from the county.</source>
        <translation>Not on this computer yet: opening it fetches it from the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="156"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="157"/>
        <source>Photos, scans and PDFs</source>
        <translation>Photos, scans and PDFs</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="215"/>
        <source>Attachments (photos, scans, PDFs)</source>
        <translation>Attachments (photos, scans, PDFs)</translation>
    </message>
    <message>
        <source>Photos, scans and PDFs (%1)</source>
        <translation type="vanished">Photos, scans and PDFs (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="166"/>
        <source>Choose the camera&apos;s folder</source>
        <translation>Choose the camera&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="187"/>
        <source>Adding files…</source>
        <translation>Adding files…</translation>
    </message>
    <message>
        <source>&amp;Attachments (photos, scans, PDFs)</source>
        <translation type="vanished">&amp;Attachments (photos, scans, PDFs)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="216"/>
        <source>Add fil&amp;e…</source>
        <translation>Add fil&amp;e…</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation type="vanished">Add f&amp;ile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="219"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="vanished">Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="217"/>
        <source>From &amp;camera folder…</source>
        <translation>From &amp;camera folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="218"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="vanished">&amp;Remove…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="299"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="300"/>
        <source>&amp;Fetch from the county</source>
        <translation>&amp;Fetch from the county</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="309"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="318"/>
        <source>the first %1 of %2 pages</source>
        <translation>the first %1 of %2 pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="352"/>
        <source>Fetching from the county…</source>
        <translation>Fetching from the county…</translation>
    </message>
</context>
<context>
    <name>CameraFolderDialog</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="254"/>
        <source>Photos in the camera folder</source>
        <translation>Photos in the camera folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="255"/>
        <source>Tick the photos to attach (Space ticks the selected one).</source>
        <translation>Tick the photos to attach (Space ticks the selected one).</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="256"/>
        <source>There are no photos or PDFs in this folder.</source>
        <translation>There are no photos or PDFs in this folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="258"/>
        <source>&amp;Attach</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="259"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="176"/>
        <location filename="../../app/ui/pages/cases.py" line="179"/>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="180"/>
        <source>&amp;New case file</source>
        <translation>&amp;New case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="181"/>
        <source>My open cases</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="181"/>
        <source>My closed cases</source>
        <translation>My closed cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="183"/>
        <source>Waiting for my review</source>
        <translation>Waiting for my review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="184"/>
        <source>All cases of the station</source>
        <translation>All cases of the station</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="188"/>
        <source>Intake: why the case is opened</source>
        <translation>Intake: why the case is opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="189"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="189"/>
        <source>Service plan: goals</source>
        <translation>Service plan: goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="190"/>
        <source>Service plan: actions</source>
        <translation>Service plan: actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="191"/>
        <source>Closure: summary</source>
        <translation>Closure: summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="194"/>
        <source>&amp;Save text</source>
        <translation>&amp;Save text</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="194"/>
        <source>Next s&amp;tage</source>
        <translation>Next s&amp;tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="195"/>
        <source>Su&amp;bmit for review</source>
        <translation>Su&amp;bmit for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="195"/>
        <source>Record a ser&amp;vice</source>
        <translation>Record a ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="196"/>
        <location filename="../../app/ui/pages/cases.py" line="422"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="196"/>
        <source>&amp;Return with comments</source>
        <translation>&amp;Return with comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="197"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="197"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="205"/>
        <source>Language of the printed case file</source>
        <translation>Language of the printed case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="206"/>
        <source>Print case &amp;file…</source>
        <translation>Print case &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="510"/>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation type="vanished">&amp;Print case file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="207"/>
        <source>&amp;Open to print</source>
        <translation>&amp;Open to print</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="208"/>
        <source>&amp;Delete the file</source>
        <translation>&amp;Delete the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="209"/>
        <source>Save the selected case file as a PDF to print (Ctrl+P)</source>
        <translation>Save the selected case file as a PDF to print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="210"/>
        <source>Services recorded</source>
        <translation>Services recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="211"/>
        <source>Supervisor&apos;s reviews</source>
        <translation>Supervisor&apos;s reviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="281"/>
        <source>Choose a case file in the list.</source>
        <translation>Choose a case file in the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="342"/>
        <source>Returned by the supervisor. To fix: %1</source>
        <translation>Returned by the supervisor. To fix: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="353"/>
        <source>%1 · %2 · %3 · stage: %4 · %5</source>
        <translation>%1 · %2 · %3 · stage: %4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="379"/>
        <source>%1 · %2 · %3 min · %4</source>
        <translation>%1 · %2 · %3 min · %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="419"/>
        <source>Approve the case file</source>
        <translation>Approve the case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="420"/>
        <source>Approve case %1 (%2)? A decision cannot be taken back.</source>
        <translation>Approve case %1 (%2)? A decision cannot be taken back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="423"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="433"/>
        <source>Case %1 approved.</source>
        <translation>Case %1 approved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="483"/>
        <source>Case %1 returned to the worker.</source>
        <translation>Case %1 returned to the worker.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="509"/>
        <source>Print the case file</source>
        <translation>Print the case file</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="520"/>
        <source>Writing case file %1…</source>
        <translation>Writing case file %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="529"/>
        <source>Case file saved to %1 — open it to print.</source>
        <translation>Case file saved to %1 — open it to print.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="550"/>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="560"/>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="138"/>
        <source>Conflicts to look at</source>
        <translation>Conflicts to look at</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="140"/>
        <source>The same information was changed on this computer and on another device before they could exchange it. Choose which value to keep: your choice is sent to the county and to every device.</source>
        <translation>The same information was changed on this computer and on another device before they could exchange it. Choose which value to keep: your choice is sent to the county and to every device.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="145"/>
        <source>The other value</source>
        <translation>The other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="145"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="146"/>
        <source>No conflicts: there is nothing to choose.</source>
        <translation>No conflicts: there is nothing to choose.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="147"/>
        <source>Keep the value on this &amp;computer</source>
        <translation>Keep the value on this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="148"/>
        <source>Keep the &amp;other value</source>
        <translation>Keep the &amp;other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="149"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="164"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="189"/>
        <source>%1 “%2”, %3:</source>
        <translation>%1 “%2”, %3:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="191"/>
        <source>On this computer now</source>
        <translation>On this computer now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="192"/>
        <source>Made earlier on this computer, not kept</source>
        <translation>Made earlier on this computer, not kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="194"/>
        <source>From the county (another device)</source>
        <translation>From the county (another device)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="221"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="222"/>
        <source>Record who agreed to the station keeping this person&apos;s data, when, and for what. For a child under 14, a guardian consents.</source>
        <translation>Record who agreed to the station keeping this person&apos;s data, when, and for what. For a child under 14, a guardian consents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="225"/>
        <source>Given &amp;by</source>
        <translation>Given &amp;by</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="226"/>
        <source>Given &amp;on</source>
        <translation>Given &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="227"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="230"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="237"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="238"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/cli/common.py" line="46"/>
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
        <location filename="../../app/models/store.py" line="115"/>
        <location filename="../../app/services/station.py" line="278"/>
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
        <location filename="../../app/models/store.py" line="208"/>
        <source>This data store has no device identity; it was not set up.</source>
        <translation>This data store has no device identity; it was not set up.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyfiles.py" line="31"/>
        <location filename="../../app/security/keyfiles.py" line="33"/>
        <source>The file %1 is not a %2 key file.</source>
        <translation>The file %1 is not a %2 key file.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="84"/>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="86"/>
        <source>The password must not be one character repeated.</source>
        <translation>The password must not be one character repeated.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="206"/>
        <location filename="../../app/security/keyring.py" line="225"/>
        <source>The key file %1 cannot be written.</source>
        <translation>The key file %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="172"/>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="174"/>
        <location filename="../../app/security/keyring.py" line="192"/>
        <location filename="../../app/security/keyring.py" line="350"/>
        <source>The key file %1 is damaged.</source>
        <translation>The key file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="252"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="259"/>
        <location filename="../../app/security/keyring.py" line="276"/>
        <location filename="../../app/services/station.py" line="275"/>
        <location filename="../../app/services/station.py" line="282"/>
        <location filename="../../app/services/user_names.py" line="84"/>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="348"/>
        <location filename="../../app/services/station.py" line="187"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="387"/>
        <source>No county recovery key is set up for this station.</source>
        <translation>No county recovery key is set up for this station.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="392"/>
        <location filename="../../app/security/keyring.py" line="394"/>
        <source>This recovery key does not fit this station.</source>
        <translation>This recovery key does not fit this station.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="46"/>
        <source>This case file no longer exists.</source>
        <translation>This case file no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="83"/>
        <source>Please choose the person this case is about.</source>
        <translation>Please choose the person this case is about.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="87"/>
        <location filename="../../app/services/cases.py" line="117"/>
        <source>Please choose the risk level.</source>
        <translation>Please choose the risk level.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="113"/>
        <source>This case is waiting for review or closed; it cannot be edited.</source>
        <translation>This case is waiting for review or closed; it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="126"/>
        <source>Only the case&apos;s own worker may change it.</source>
        <translation>Only the case&apos;s own worker may change it.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="132"/>
        <source>Please fill in this stage before moving on.</source>
        <translation>Please fill in this stage before moving on.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="141"/>
        <source>This stage needs the supervisor&apos;s approval to move on.</source>
        <translation>This stage needs the supervisor&apos;s approval to move on.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="154"/>
        <source>Only a service plan or a closure is submitted for review.</source>
        <translation>Only a service plan or a closure is submitted for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="156"/>
        <source>This case is already waiting for review.</source>
        <translation>This case is already waiting for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="170"/>
        <source>Only a supervisor may review case files.</source>
        <translation>Only a supervisor may review case files.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="174"/>
        <source>This case is not waiting for review.</source>
        <translation>This case is not waiting for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="176"/>
        <source>You cannot review a case file of your own.</source>
        <translation>You cannot review a case file of your own.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="221"/>
        <source>Services are recorded once the service plan is approved.</source>
        <translation>Services are recorded once the service plan is approved.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="224"/>
        <location filename="../../app/services/corrections.py" line="104"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>Minutes must be between 0 and 1440.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="227"/>
        <location filename="../../app/services/corrections.py" line="107"/>
        <source>A service cannot be before the case was opened.</source>
        <translation>A service cannot be before the case was opened.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="242"/>
        <source>This task no longer exists.</source>
        <translation>This task no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/models/catalog.py" line="48"/>
        <source>This file is not a service catalogue.</source>
        <translation>This file is not a service catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="60"/>
        <source>Please choose a valid entry from the list.</source>
        <translation>Please choose a valid entry from the list.</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="63"/>
        <source>This service item does not belong to the chosen service domain.</source>
        <translation>This service item does not belong to the chosen service domain.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="60"/>
        <source>Please enter the name in Chinese or in Tibetan.</source>
        <translation>Please enter the name in Chinese or in Tibetan.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="62"/>
        <source>Please choose the sex.</source>
        <translation>Please choose the sex.</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="42"/>
        <location filename="../../app/services/household_facts.py" line="65"/>
        <location filename="../../app/services/households.py" line="64"/>
        <source>Please choose the relation to the head of household.</source>
        <translation>Please choose the relation to the head of household.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="68"/>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="79"/>
        <source>The birth date does not match the ID number (%1).</source>
        <translation>The birth date does not match the ID number (%1).</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="85"/>
        <source>The sex does not match the ID number.</source>
        <translation>The sex does not match the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="111"/>
        <source>The ID number %1 is already registered for %2.</source>
        <translation>The ID number %1 is already registered for %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="118"/>
        <location filename="../../app/services/records.py" line="124"/>
        <source>Please choose the village.</source>
        <translation>Please choose the village.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="134"/>
        <source>A household needs at least one member.</source>
        <translation>A household needs at least one member.</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="239"/>
        <location filename="../../app/services/attachments.py" line="174"/>
        <location filename="../../app/services/attachments.py" line="279"/>
        <location filename="../../app/services/attachments.py" line="313"/>
        <location filename="../../app/services/authorship.py" line="68"/>
        <location filename="../../app/services/corrections.py" line="125"/>
        <location filename="../../app/services/corrections.py" line="261"/>
        <location filename="../../app/services/erasure.py" line="68"/>
        <location filename="../../app/services/households.py" line="217"/>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="24"/>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="72"/>
        <location filename="../../app/services/records.py" line="51"/>
        <location filename="../../app/services/records.py" line="188"/>
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
        <location filename="../../app/services/records.py" line="115"/>
        <source>Please choose the kind of activity.</source>
        <translation>Please choose the kind of activity.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="129"/>
        <source>A person on the roster no longer exists.</source>
        <translation>A person on the roster no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="133"/>
        <source>The headcount must be between 0 and 5000.</source>
        <translation>The headcount must be between 0 and 5000.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="136"/>
        <source>Please add participants or enter the headcount.</source>
        <translation>Please add participants or enter the headcount.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="184"/>
        <source>Enter an amount of money or describe what was given in kind.</source>
        <translation>Enter an amount of money or describe what was given in kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="191"/>
        <source>Please choose the person.</source>
        <translation>Please choose the person.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="78"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="117"/>
        <location filename="../../app/services/join.py" line="100"/>
        <location filename="../../app/services/restore.py" line="75"/>
        <location filename="../../app/services/station.py" line="135"/>
        <source>A station is already set up in %1.</source>
        <translation>A station is already set up in %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="145"/>
        <source>Please fill in the station name and your name.</source>
        <translation>Please fill in the station name and your name.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="203"/>
        <source>No station is set up in %1.</source>
        <translation>No station is set up in %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="63"/>
        <source>The lock time must be between 1 and 120 minutes.</source>
        <translation>The lock time must be between 1 and 120 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="82"/>
        <location filename="../../app/services/station.py" line="268"/>
        <source>Please choose a role.</source>
        <translation>Please choose a role.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="271"/>
        <source>Please enter the person&apos;s name.</source>
        <translation>Please enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../app/services/restore.py" line="135"/>
        <location filename="../../app/services/staff.py" line="190"/>
        <location filename="../../app/services/station.py" line="304"/>
        <source>There is no user %1 at this station.</source>
        <translation>There is no user %1 at this station.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="115"/>
        <location filename="../../app/services/workspace.py" line="47"/>
        <source>Your role (%1) may not do this.</source>
        <translation>Your role (%1) may not do this.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="83"/>
        <source>Please enter a date.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="87"/>
        <source>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</source>
        <translation>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="92"/>
        <source>The year %1 is not possible here: please enter a year between %2 and %3.</source>
        <translation>The year %1 is not possible here: please enter a year between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="95"/>
        <source>%1 is not a real date: there is no month %2.</source>
        <translation>%1 is not a real date: there is no month %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="98"/>
        <source>%1 is not a real date: month %2 of %3 has only %4 days.</source>
        <translation>%1 is not a real date: month %2 of %3 has only %4 days.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="109"/>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="110"/>
        <source>The date %1 is too late: the latest date allowed here is %2.</source>
        <translation>The date %1 is too late: the latest date allowed here is %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The date %1 is too early: the earliest date allowed here is %2.</source>
        <translation>The date %1 is too early: the earliest date allowed here is %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="123"/>
        <source>Please enter the full date with year, month and day, for example 2024-03-07.</source>
        <translation>Please enter the full date with year, month and day, for example 2024-03-07.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="141"/>
        <source>Please enter an amount.</source>
        <translation>Please enter an amount.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="146"/>
        <source>The amount %1 is negative. Please enter an amount of 0 or more.</source>
        <translation>The amount %1 is negative. Please enter an amount of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="151"/>
        <source>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</source>
        <translation>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="156"/>
        <source>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</source>
        <translation>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="162"/>
        <source>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</source>
        <translation>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="166"/>
        <source>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</source>
        <translation>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="180"/>
        <location filename="../../app/validation/fields.py" line="194"/>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="188"/>
        <source>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</source>
        <translation>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="201"/>
        <source>A name cannot contain digits (%1).</source>
        <translation>A name cannot contain digits (%1).</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="216"/>
        <source>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</source>
        <translation>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="219"/>
        <source>The Chinese name must be written in Chinese characters.</source>
        <translation>The Chinese name must be written in Chinese characters.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="224"/>
        <source>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</source>
        <translation>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="240"/>
        <source>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</source>
        <translation>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="245"/>
        <source>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</source>
        <translation>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="249"/>
        <source>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</source>
        <translation>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="274"/>
        <source>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</source>
        <translation>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="277"/>
        <source>A mobile number has 11 digits, but %1 has %2.</source>
        <translation>A mobile number has 11 digits, but %1 has %2.</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="280"/>
        <source>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</source>
        <translation>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="87"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, does not exist.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="92"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="97"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is in the future.</source>
        <translation>The ID number %1 is not valid: the birth date in it, %2, is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="113"/>
        <source>Please enter the ID number.</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="116"/>
        <source>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</source>
        <translation>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="122"/>
        <source>The ID number %1 has %2 characters, but an ID number must have 18.</source>
        <translation>The ID number %1 has %2 characters, but an ID number must have 18.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="128"/>
        <source>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</source>
        <translation>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="136"/>
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
        <location filename="../../app/reports/sheets.py" line="72"/>
        <location filename="../../app/reports/strings.py" line="18"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="73"/>
        <location filename="../../app/reports/sheets.py" line="122"/>
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
        <location filename="../../app/reports/strings.py" line="224"/>
        <source>Households visited</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="26"/>
        <location filename="../../app/reports/strings.py" line="224"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="28"/>
        <location filename="../../app/reports/strings.py" line="225"/>
        <source>Case files established</source>
        <translation>Case files established</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="30"/>
        <location filename="../../app/reports/strings.py" line="225"/>
        <source>Case services</source>
        <translation>Case services</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="32"/>
        <location filename="../../app/reports/strings.py" line="226"/>
        <source>Group activities</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="34"/>
        <location filename="../../app/reports/strings.py" line="227"/>
        <source>Themed and community activities</source>
        <translation>Themed and community activities</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="36"/>
        <location filename="../../app/reports/strings.py" line="228"/>
        <source>Resources linked</source>
        <translation>Resources linked</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="38"/>
        <location filename="../../app/reports/strings.py" line="228"/>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Money (yuan)</source>
        <translation>Money (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="40"/>
        <location filename="../../app/reports/strings.py" line="229"/>
        <source>In kind (yuan)</source>
        <translation>In kind (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="42"/>
        <location filename="../../app/reports/strings.py" line="230"/>
        <location filename="../../app/reports/strings.py" line="231"/>
        <source>Resource amount (yuan)</source>
        <translation>Resource amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="44"/>
        <location filename="../../app/reports/strings.py" line="232"/>
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
        <location filename="../../app/reports/strings.py" line="238"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="50"/>
        <location filename="../../app/reports/strings.py" line="238"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="52"/>
        <location filename="../../app/reports/strings.py" line="239"/>
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
        <location filename="../../app/reports/strings.py" line="234"/>
        <source>By service domain</source>
        <translation>By service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="58"/>
        <location filename="../../app/reports/strings.py" line="234"/>
        <source>By target group</source>
        <translation>By target group</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="60"/>
        <location filename="../../app/reports/strings.py" line="235"/>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="62"/>
        <location filename="../../app/reports/strings.py" line="235"/>
        <source>By resource source</source>
        <translation>By resource source</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="64"/>
        <location filename="../../app/reports/strings.py" line="236"/>
        <location filename="../../app/services/history.py" line="32"/>
        <source>Service domain</source>
        <translation>Service domain</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="66"/>
        <location filename="../../app/reports/strings.py" line="236"/>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="68"/>
        <location filename="../../app/reports/strings.py" line="237"/>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="70"/>
        <location filename="../../app/reports/strings.py" line="237"/>
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
        <location filename="../../app/reports/sheets.py" line="116"/>
        <location filename="../../app/reports/strings.py" line="98"/>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="100"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translation type="vanished">The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</translation>
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
        <location filename="../../app/reports/case_print.py" line="171"/>
        <location filename="../../app/reports/strings.py" line="108"/>
        <location filename="../../app/services/history.py" line="44"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="110"/>
        <location filename="../../app/services/access_request.py" line="211"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="172"/>
        <location filename="../../app/reports/strings.py" line="112"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="114"/>
        <location filename="../../app/services/history.py" line="42"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="116"/>
        <location filename="../../app/services/history.py" line="29"/>
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
        <location filename="../../app/services/access_request.py" line="212"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="122"/>
        <location filename="../../app/services/history.py" line="44"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="124"/>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="126"/>
        <location filename="../../app/reports/strings.py" line="212"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="128"/>
        <location filename="../../app/services/access_request.py" line="213"/>
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
        <location filename="../../app/reports/strings.py" line="212"/>
        <location filename="../../app/services/history.py" line="47"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="134"/>
        <location filename="../../app/reports/strings.py" line="213"/>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="136"/>
        <location filename="../../app/services/history.py" line="48"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="138"/>
        <location filename="../../app/services/history.py" line="48"/>
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
        <location filename="../../app/services/access_request.py" line="214"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="32"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="144"/>
        <location filename="../../app/services/history.py" line="33"/>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="146"/>
        <location filename="../../app/services/history.py" line="43"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="148"/>
        <location filename="../../app/services/history.py" line="34"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="150"/>
        <location filename="../../app/services/access_request.py" line="222"/>
        <source>Supervisor&apos;s reviews</source>
        <translation>Supervisor&apos;s reviews</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="152"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="154"/>
        <location filename="../../app/services/access_request.py" line="213"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="156"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="158"/>
        <location filename="../../app/reports/strings.py" line="214"/>
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
        <location filename="../../app/services/access_request.py" line="212"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="96"/>
        <location filename="../../app/reports/strings.py" line="166"/>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="190"/>
        <source>Printed by %1 on %2</source>
        <translation>Printed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="194"/>
        <location filename="../../app/reports/strings.py" line="214"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="196"/>
        <location filename="../../app/reports/strings.py" line="215"/>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="198"/>
        <location filename="../../app/reports/strings.py" line="215"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="200"/>
        <location filename="../../app/reports/strings.py" line="216"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="202"/>
        <location filename="../../app/reports/strings.py" line="216"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="204"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="206"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="208"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="vanished">The report was cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/server/keys.py" line="43"/>
        <source>County keys already exist in %1; refusing to overwrite them.</source>
        <translation>County keys already exist in %1; refusing to overwrite them.</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="235"/>
        <location filename="../../app/services/settings.py" line="66"/>
        <source>Please choose a language.</source>
        <translation>Please choose a language.</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="49"/>
        <source>There is no case file %1 at this station.</source>
        <translation>There is no case file %1 at this station.</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="57"/>
        <source>This device is not yet enrolled with the county server.</source>
        <translation>This device is not yet enrolled with the county server.</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="106"/>
        <source>Please choose one of the two values.</source>
        <translation>Please choose one of the two values.</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="110"/>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="114"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>The record of this conflict no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="33"/>
        <source>The county server refused: %1</source>
        <translation>The county server refused: %1</translation>
    </message>
    <message>
        <source>The county server cannot be reached (%1).</source>
        <translation type="vanished">The county server cannot be reached (%1).</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="84"/>
        <location filename="../../app/reports/export.py" line="113"/>
        <source>Please choose PDF, XLSX or CSV.</source>
        <translation>Please choose PDF, XLSX or CSV.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="192"/>
        <location filename="../../app/reports/strings.py" line="213"/>
        <source>Service delivery</source>
        <translation>Service delivery</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="157"/>
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
        <location filename="../../app/services/diagnostics.py" line="90"/>
        <source>The diagnostics could not be written to %1: %2</source>
        <translation>The diagnostics could not be written to %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/updates.py" line="41"/>
        <source>This computer is not enrolled with a county yet: choose a folder that holds an update.</source>
        <translation>This computer is not enrolled with a county yet: choose a folder that holds an update.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="74"/>
        <source>Updates are not set up in this build of the program.</source>
        <translation>Updates are not set up in this build of the program.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="97"/>
        <source>The county&apos;s update folder could not be reached (%1).</source>
        <translation>The county&apos;s update folder could not be reached (%1).</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="101"/>
        <source>An update was offered that is not signed by the release keys. It was refused; tell your county.</source>
        <translation>An update was offered that is not signed by the release keys. It was refused; tell your county.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="127"/>
        <source>There is no newer version than %1.</source>
        <translation>There is no newer version than %1.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="131"/>
        <location filename="../../app/updates/client.py" line="140"/>
        <source>The update could not be downloaded completely (%1). It goes on from where it stopped next time.</source>
        <translation>The update could not be downloaded completely (%1). It goes on from where it stopped next time.</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="137"/>
        <source>The downloaded update does not match its signature and was deleted. Tell your county.</source>
        <translation>The downloaded update does not match its signature and was deleted. Tell your county.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="259"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translation>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="263"/>
        <source>This computer&apos;s clock differs from the county server&apos;s by %1 minutes. Please set the date and time; records still go through.</source>
        <translation>This computer&apos;s clock differs from the county server&apos;s by %1 minutes. Please set the date and time; records still go through.</translation>
    </message>
    <message>
        <location filename="../../app/models/migrate.py" line="77"/>
        <source>This data was saved by a newer version of Station Ledger (data format %1; this version knows up to %2). Please install the newer version; nothing has been changed.</source>
        <translation>This data was saved by a newer version of Station Ledger (data format %1; this version knows up to %2). Please install the newer version; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="18"/>
        <source>The change is damaged (not a change record).</source>
        <translation>The change is damaged (not a change record).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="19"/>
        <source>The change has no valid change id.</source>
        <translation>The change has no valid change id.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="20"/>
        <source>The county server does not know this kind of record (%1).</source>
        <translation>The county server does not know this kind of record (%1).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="21"/>
        <source>The change has no valid record id.</source>
        <translation>The change has no valid record id.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="22"/>
        <source>The change has an unknown operation.</source>
        <translation>The change has an unknown operation.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="23"/>
        <source>The change was made on another device.</source>
        <translation>The change was made on another device.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="24"/>
        <source>The list of changed fields is damaged.</source>
        <translation>The list of changed fields is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="25"/>
        <source>The record sent with the change is missing or is another record.</source>
        <translation>The record sent with the change is missing or is another record.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="26"/>
        <source>The earlier values sent with the change are damaged.</source>
        <translation>The earlier values sent with the change are damaged.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="27"/>
        <source>The county server does not know these fields of %1: %2.</source>
        <translation>The county server does not know these fields of %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="28"/>
        <source>The county server must be updated first: this device uses a newer record format (%1; the county knows up to %2). The change will be sent again after the update.</source>
        <translation>The county server must be updated first: this device uses a newer record format (%1; the county knows up to %2). The change will be sent again after the update.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="31"/>
        <source>The change has a damaged clock stamp.</source>
        <translation>The change has a damaged clock stamp.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="32"/>
        <source>The record belongs to another station.</source>
        <translation>The record belongs to another station.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="33"/>
        <source>A value is not valid for %1: %2</source>
        <translation>A value is not valid for %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="52"/>
        <source>%1 is the number of %2 case files (made on different laptops before case numbers carried the laptop&apos;s letter). Print it from the case&apos;s own page, or give one of these ids instead: %3</source>
        <translation>%1 is the number of %2 case files (made on different laptops before case numbers carried the laptop&apos;s letter). Print it from the case&apos;s own page, or give one of these ids instead: %3</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="273"/>
        <source>This refused change no longer exists.</source>
        <translation>This refused change no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="53"/>
        <source>The first six digits of this ID number, %1, are not a region code of China. Please compare them with the ID card; the record can still be saved.</source>
        <translation>The first six digits of this ID number, %1, are not a region code of China. Please compare them with the ID card; the record can still be saved.</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="142"/>
        <source>The ID number %1 is not valid: %2 is not a region code of China. Please compare the first six digits with the ID card.</source>
        <translation>The ID number %1 is not valid: %2 is not a region code of China. Please compare the first six digits with the ID card.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="120"/>
        <location filename="../../app/reports/export.py" line="163"/>
        <source>The monthly summary for %1 could not be written as %2. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</source>
        <translation>The monthly summary for %1 could not be written as %2. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="205"/>
        <source>Case file %1 could not be printed. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</source>
        <translation>Case file %1 could not be printed. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</translation>
    </message>
    <message>
        <location filename="../../app/text/policy.py" line="97"/>
        <source>This text contains characters that cannot be printed or exported: %1. Please delete them and type the text again.</source>
        <translation>This text contains characters that cannot be printed or exported: %1. Please delete them and type the text again.</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="54"/>
        <source>Write each change as field=value (%1).</source>
        <translation>Write each change as field=value (%1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="62"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="87"/>
        <location filename="../../app/services/merging.py" line="58"/>
        <source>There is no field %1 in this record.</source>
        <translation>There is no field %1 in this record.</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="119"/>
        <source>(another device)</source>
        <translation>(another device)</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="121"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="118"/>
        <source>There is no case file %1.</source>
        <translation>There is no case file %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="18"/>
        <source>Undone right after saving</source>
        <translation>Undone right after saving</translation>
    </message>
    <message>
        <location filename="../../app/services/authorship.py" line="32"/>
        <location filename="../../app/services/corrections.py" line="226"/>
        <source>This kind of record cannot be changed here.</source>
        <translation>This kind of record cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="315"/>
        <location filename="../../app/services/authorship.py" line="61"/>
        <source>Only the worker who recorded this and the station admin may change it.</source>
        <translation>Only the worker who recorded this and the station admin may change it.</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="24"/>
        <source>Please say why this record is deleted.</source>
        <translation>Please say why this record is deleted.</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="40"/>
        <source>This household still has members: move or delete them first.</source>
        <translation>This household still has members: move or delete them first.</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="127"/>
        <source>This record is not deleted.</source>
        <translation>This record is not deleted.</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="130"/>
        <source>Restore the household this record belongs to first.</source>
        <translation>Restore the household this record belongs to first.</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="133"/>
        <source>The ID number %1 is now registered for someone else.</source>
        <translation>The ID number %1 is now registered for someone else.</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="219"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="30"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="30"/>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="33"/>
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="34"/>
        <source>People served</source>
        <translation>People served</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="38"/>
        <source>Goods in kind</source>
        <translation>Goods in kind</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="38"/>
        <source>Value of goods (yuan)</source>
        <translation>Value of goods (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="39"/>
        <source>Address (Chinese)</source>
        <translation>Address (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="39"/>
        <source>Address (Tibetan)</source>
        <translation>Address (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Name (Tibetan)</source>
        <translation>Name (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Name (Latin letters)</source>
        <translation>Name (Latin letters)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="42"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="43"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="44"/>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="47"/>
        <source>Reason for intake</source>
        <translation>Reason for intake</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="49"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="49"/>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="51"/>
        <source>Kept record</source>
        <translation>Kept record</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="51"/>
        <source>Merged-away record</source>
        <translation>Merged-away record</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="56"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="34"/>
        <source>This household already has a head. To change the head, use “Make head of household”.</source>
        <translation>This household already has a head. To change the head, use “Make head of household”.</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="49"/>
        <source>Someone who died or moved away cannot be the head.</source>
        <translation>Someone who died or moved away cannot be the head.</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="74"/>
        <source>This person already lives in this household.</source>
        <translation>This person already lives in this household.</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="80"/>
        <location filename="../../app/services/household_facts.py" line="104"/>
        <source>Make someone else the head of this household first.</source>
        <translation>Make someone else the head of this household first.</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="96"/>
        <source>Please choose what happened.</source>
        <translation>Please choose what happened.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="136"/>
        <source>A household has exactly one head.</source>
        <translation>A household has exactly one head.</translation>
    </message>
    <message>
        <location filename="../../app/services/merging.py" line="54"/>
        <source>Only persons and households can be merged.</source>
        <translation>Only persons and households can be merged.</translation>
    </message>
    <message>
        <location filename="../../app/services/merging.py" line="61"/>
        <location filename="../../app/services/merging.py" line="139"/>
        <source>Choose two different records to merge.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="25"/>
        <source>There is no such user at this station.</source>
        <translation>There is no such user at this station.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="58"/>
        <source>You cannot switch off your own account.</source>
        <translation>You cannot switch off your own account.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="61"/>
        <location filename="../../app/services/staff.py" line="89"/>
        <source>The station needs at least one active admin.</source>
        <translation>The station needs at least one active admin.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="131"/>
        <source>Please choose another worker to hand the cases to.</source>
        <translation>Please choose another worker to hand the cases to.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="134"/>
        <source>%1 is switched off and cannot take cases.</source>
        <translation>%1 is switched off and cannot take cases.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="142"/>
        <source>A chosen case file is not an open case of this worker.</source>
        <translation>A chosen case file is not an open case of this worker.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="342"/>
        <location filename="../../app/services/station.py" line="189"/>
        <source>This account has been switched off. Ask the station admin.</source>
        <translation>This account has been switched off. Ask the station admin.</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>Tibetan</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="53"/>
        <source>Chinese and Tibetan</source>
        <translation>Chinese and Tibetan</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="71"/>
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="75"/>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="77"/>
        <location filename="../../app/reports/sheets.py" line="121"/>
        <source>Check number (SHA-256)</source>
        <translation>Check number (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="78"/>
        <source>Records counted</source>
        <translation>Records counted</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="114"/>
        <source>Record list</source>
        <translation>Record list</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="116"/>
        <source>Record number</source>
        <translation>Record number</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="117"/>
        <source>Time stamp</source>
        <translation>Time stamp</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="102"/>
        <source>The check number is SHA-256 over one line per record counted (its kind, record number and time stamp), sorted. The Excel workbook (its hidden sheet, the record list) and the CSV export list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translation>The check number is SHA-256 over one line per record counted (its kind, record number and time stamp), sorted. The Excel workbook (its hidden sheet, the record list) and the CSV export list these records, so an auditor can check that nothing changed after the report was submitted.</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="219"/>
        <source>Found during outreach</source>
        <translation>Found during outreach</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="220"/>
        <source>Referred by another office</source>
        <translation>Referred by another office</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="221"/>
        <source>Came to the station</source>
        <translation>Came to the station</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="222"/>
        <source>Applied for help</source>
        <translation>Applied for help</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="176"/>
        <source>The county server did not answer in time. It will be tried again.</source>
        <translation>The county server did not answer in time. It will be tried again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="178"/>
        <source>There is no connection to the county server (check the network and the server address). It will be tried again.</source>
        <translation>There is no connection to the county server (check the network and the server address). It will be tried again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="155"/>
        <location filename="../../app/sync/transport.py" line="180"/>
        <source>The connection to the county server broke off. It will be tried again.</source>
        <translation>The connection to the county server broke off. It will be tried again.</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="204"/>
        <source>The key file %1 is busy; try again.</source>
        <translation>The key file %1 is busy; try again.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="111"/>
        <source>The backup %1 is damaged or incomplete (%2); it cannot be used.</source>
        <translation>The backup %1 is damaged or incomplete (%2); it cannot be used.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="172"/>
        <source>The folder %1 is not a Station Ledger backup.</source>
        <translation>The folder %1 is not a Station Ledger backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="239"/>
        <location filename="../../app/services/backup.py" line="346"/>
        <source>Keep between 1 and 100 backups.</source>
        <translation>Keep between 1 and 100 backups.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="241"/>
        <location filename="../../app/services/backup.py" line="337"/>
        <source>The backup folder %1 is not there. Is the USB stick or disk connected?</source>
        <translation>The backup folder %1 is not there. Is the USB stick or disk connected?</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="248"/>
        <source>Another backup into %1 is still running; try again later.</source>
        <translation>Another backup into %1 is still running; try again later.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="251"/>
        <location filename="../../app/services/backup.py" line="268"/>
        <source>The backup could not be written to %1 (%2). The earlier backups are unchanged.</source>
        <translation>The backup could not be written to %1 (%2). The earlier backups are unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="279"/>
        <source>The key file does not fit this station&apos;s data; no backup was made.</source>
        <translation>The key file does not fit this station&apos;s data; no backup was made.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="309"/>
        <source>Choose a folder for the backup.</source>
        <translation>Choose a folder for the backup.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="341"/>
        <source>Choose a second location for automatic backups, not the data folder itself.</source>
        <translation>Choose a second location for automatic backups, not the data folder itself.</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="344"/>
        <source>Back up every 1 to 168 hours.</source>
        <translation>Back up every 1 to 168 hours.</translation>
    </message>
    <message>
        <location filename="../../app/cli/rights.py" line="30"/>
        <location filename="../../app/services/exports.py" line="33"/>
        <source>This file holds personal data (names, ID numbers, assessments) and is not encrypted. Print it, then delete it; do not leave copies on shared computers or USB sticks.</source>
        <translation>This file holds personal data (names, ID numbers, assessments) and is not encrypted. Print it, then delete it; do not leave copies on shared computers or USB sticks.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="37"/>
        <source>This file is not encrypted. Keep it only where it is needed, and delete it when it is no longer needed.</source>
        <translation>This file is not encrypted. Keep it only where it is needed, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="59"/>
        <source>The file %1 is not there any more.</source>
        <translation>The file %1 is not there any more.</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="200"/>
        <source>Joining this computer to the station did not finish. Run the join again (same code and password) to finish it.</source>
        <translation>Joining this computer to the station did not finish. Run the join again (same code and password) to finish it.</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="125"/>
        <source>This folder is being joined for the user %1; finish that join or choose an empty folder.</source>
        <translation>This folder is being joined for the user %1; finish that join or choose an empty folder.</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="134"/>
        <source>To finish joining this computer, give the same password as in the first attempt.</source>
        <translation>To finish joining this computer, give the same password as in the first attempt.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="35"/>
        <source>The change has no author.</source>
        <translation>The change has no author.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="36"/>
        <source>The author of the change is not a user of this station.</source>
        <translation>The author of the change is not a user of this station.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="37"/>
        <source>The author of the change is not an active user of this station.</source>
        <translation>The author of the change is not an active user of this station.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="40"/>
        <source>Only the station admin may change %1 records (this change acts as %2).</source>
        <translation>Only the station admin may change %1 records (this change acts as %2).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="41"/>
        <source>The unit is not this station, its county or one of its villages.</source>
        <translation>The unit is not this station, its county or one of its villages.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="42"/>
        <source>Only a supervisor may record a review (this change acts as %1).</source>
        <translation>Only a supervisor may record a review (this change acts as %1).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="43"/>
        <source>A review must be recorded by its own reviewer.</source>
        <translation>A review must be recorded by its own reviewer.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="46"/>
        <source>Only a supervisor may approve or return a case file (this change acts as %1).</source>
        <translation>Only a supervisor may approve or return a case file (this change acts as %1).</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="48"/>
        <source>Only a supervisor&apos;s approval moves a case to %1.</source>
        <translation>Only a supervisor&apos;s approval moves a case to %1.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="49"/>
        <source>Only the case&apos;s own worker, a supervisor or the admin may change it.</source>
        <translation>Only the case&apos;s own worker, a supervisor or the admin may change it.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="50"/>
        <source>The user has an unknown role (%1).</source>
        <translation>The user has an unknown role (%1).</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="138"/>
        <source>The server answered with other keys than the county&apos;s. Enrolment stopped; nothing was stored.</source>
        <translation>The server answered with other keys than the county&apos;s. Enrolment stopped; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="371"/>
        <source>The server did not show county keys; it is not a county server of this version.</source>
        <translation>The server did not show county keys; it is not a county server of this version.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="45"/>
        <source>The county server failed on this request (HTTP %1). Tell the county; sync will try again later.</source>
        <translation>The county server failed on this request (HTTP %1). Tell the county; sync will try again later.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="90"/>
        <source>The county server is busy or cannot be reached (%1).</source>
        <translation>The county server is busy or cannot be reached (%1).</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="172"/>
        <source>The county server&apos;s certificate is not trusted; nothing was sent. Check the address, or ask the county for its certificate authority.</source>
        <translation>The county server&apos;s certificate is not trusted; nothing was sent. Check the address, or ask the county for its certificate authority.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="34"/>
        <source>Please type the county key fingerprint from the enrolment sheet (six groups of four letters and digits).</source>
        <translation>Please type the county key fingerprint from the enrolment sheet (six groups of four letters and digits).</translation>
    </message>
    <message>
        <source>The server&apos;s keys do not match the county key fingerprint on the enrolment sheet (it shows %1). Nothing was sent. Check the address and the fingerprint, or ask the county.</source>
        <translation type="vanished">The server&apos;s keys do not match the county key fingerprint on the enrolment sheet (it shows %1). Nothing was sent. Check the address and the fingerprint, or ask the county.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="66"/>
        <source>Please give the county server&apos;s address, starting with https://.</source>
        <translation>Please give the county server&apos;s address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="72"/>
        <source>The county server must be reached over https://. Plain http:// is only for a trial (switch it on explicitly).</source>
        <translation>The county server must be reached over https://. Plain http:// is only for a trial (switch it on explicitly).</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="76"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translation>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="69"/>
        <source>Station key: use 1 to 64 ASCII letters, digits, - or _.</source>
        <translation>Station key: use 1 to 64 ASCII letters, digits, - or _.</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="72"/>
        <source>Hours: a code is valid for 1 to 8784 hours.</source>
        <translation>Hours: a code is valid for 1 to 8784 hours.</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="75"/>
        <source>Station name: at most 200 characters, without control characters.</source>
        <translation>Station name: at most 200 characters, without control characters.</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="25"/>
        <source>Cancelled. Nothing more was done.</source>
        <translation>Cancelled. Nothing more was done.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="39"/>
        <source>Please choose a valid value.</source>
        <translation>Please choose a valid value.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="91"/>
        <source>Please enter the server address.</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="93"/>
        <source>Please enter the enrolment code.</source>
        <translation>Please enter the enrolment code.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="38"/>
        <source>Contract targets are the county&apos;s terms: only the county sets them, a station cannot change them.</source>
        <translation>Contract targets are the county&apos;s terms: only the county sets them, a station cannot change them.</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="44"/>
        <source>Only a supervisor or the station admin may erase a person&apos;s data (this change acts as %1).</source>
        <translation>Only a supervisor or the station admin may erase a person&apos;s data (this change acts as %1).</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="84"/>
        <location filename="../../app/reports/access_pdf.py" line="127"/>
        <source>Answer to an access request</source>
        <translation>Answer to an access request</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="85"/>
        <source>Everything this station holds about %1, as of %2.</source>
        <translation>Everything this station holds about %1, as of %2.</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="87"/>
        <source>Made by %1.</source>
        <translation>Made by %1.</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="106"/>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="185"/>
        <location filename="../../app/services/sensitivity.py" line="66"/>
        <source>This is a child&apos;s record: only the worker who serves the child, a supervisor and the admin may open it.</source>
        <translation>This is a child&apos;s record: only the worker who serves the child, a supervisor and the admin may open it.</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="219"/>
        <location filename="../../app/services/consent.py" line="19"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="220"/>
        <source>Other members of the household (relation only)</source>
        <translation>Other members of the household (relation only)</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="221"/>
        <source>Household visits</source>
        <translation>Household visits</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="221"/>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="222"/>
        <source>Service records</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="223"/>
        <source>Activities attended</source>
        <translation>Activities attended</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="223"/>
        <source>Resources received</source>
        <translation>Resources received</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="19"/>
        <source>A guardian</source>
        <translation>A guardian</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="20"/>
        <source>Someone else (e.g. a relative)</source>
        <translation>Someone else (e.g. a relative)</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="21"/>
        <source>Providing services</source>
        <translation>Providing services</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="21"/>
        <source>Case records</source>
        <translation>Case records</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="22"/>
        <source>Referral to other services</source>
        <translation>Referral to other services</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="23"/>
        <source>Reports to the county</source>
        <translation>Reports to the county</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="23"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="37"/>
        <source>Please choose who gave consent.</source>
        <translation>Please choose who gave consent.</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="42"/>
        <source>Please enter the day consent was given as YYYY-MM-DD.</source>
        <translation>Please enter the day consent was given as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="45"/>
        <source>The day consent was given cannot be in the future.</source>
        <translation>The day consent was given cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="49"/>
        <source>Please choose what the consent is for.</source>
        <translation>Please choose what the consent is for.</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="52"/>
        <source>For a child under 14, consent is given by a guardian.</source>
        <translation>For a child under 14, consent is given by a guardian.</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="36"/>
        <source>The purpose of processing is achieved or no longer needed</source>
        <translation>The purpose of processing is achieved or no longer needed</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="37"/>
        <source>The retention period has ended or the service has stopped</source>
        <translation>The retention period has ended or the service has stopped</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="38"/>
        <source>The person withdrew consent</source>
        <translation>The person withdrew consent</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="39"/>
        <source>The data was processed against laws or regulations</source>
        <translation>The data was processed against laws or regulations</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="40"/>
        <source>The data was processed against what was agreed</source>
        <translation>The data was processed against what was agreed</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="60"/>
        <source>Please choose the lawful ground of this erasure.</source>
        <translation>Please choose the lawful ground of this erasure.</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="63"/>
        <source>Please confirm the erasure: it cannot be undone.</source>
        <translation>Please confirm the erasure: it cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="52"/>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="52"/>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="53"/>
        <source>Consent for</source>
        <translation>Consent for</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="53"/>
        <source>Personal data erased</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <location filename="../../app/services/retention.py" line="27"/>
        <source>Case file closed more than %1 years ago</source>
        <translation>Case file closed more than %1 years ago</translation>
    </message>
    <message>
        <location filename="../../app/services/retention.py" line="28"/>
        <source>Nothing recorded for more than %1 years</source>
        <translation>Nothing recorded for more than %1 years</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="71"/>
        <location filename="../../app/services/settings.py" line="74"/>
        <source>The number of years must be between 0 and 50.</source>
        <translation>The number of years must be between 0 and 50.</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="169"/>
        <location filename="../../app/reports/strings.py" line="182"/>
        <source>Photo (JPEG)</source>
        <translation>Photo (JPEG)</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="169"/>
        <location filename="../../app/reports/strings.py" line="184"/>
        <source>Image (PNG)</source>
        <translation>Image (PNG)</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="170"/>
        <location filename="../../app/reports/strings.py" line="186"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="171"/>
        <location filename="../../app/reports/strings.py" line="188"/>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="168"/>
        <location filename="../../app/services/access_request.py" line="224"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="170"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="172"/>
        <location filename="../../app/services/history.py" line="60"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="174"/>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="176"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="178"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="180"/>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="65"/>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="83"/>
        <source>The file %1 is too large (%2); at most %3 can be attached.</source>
        <translation>The file %1 is too large (%2); at most %3 can be attached.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="71"/>
        <source>The photo %1 is in %2 format, which cannot be attached. Set the camera or phone to %3, or save the photo as %3 first.</source>
        <translation>The photo %1 is in %2 format, which cannot be attached. Set the camera or phone to %3, or save the photo as %3 first.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="99"/>
        <source>The image %1 has too many pixels to be attached.</source>
        <translation>The image %1 has too many pixels to be attached.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="102"/>
        <source>The scan %1 has %2 pages; save it as one PDF to attach all of them.</source>
        <translation>The scan %1 has %2 pages; save it as one PDF to attach all of them.</translation>
    </message>
    <message>
        <source>The file %1 is neither a photo or scan (JPEG, PNG) nor a PDF, so it cannot be attached.</source>
        <translation type="vanished">The file %1 is neither a photo or scan (JPEG, PNG) nor a PDF, so it cannot be attached.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="112"/>
        <source>The file %1 is damaged and cannot be read.</source>
        <translation>The file %1 is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="158"/>
        <location filename="../../app/services/attachment_content.py" line="169"/>
        <source>The PDF %1 is damaged or locked with a password and cannot be attached.</source>
        <translation>The PDF %1 is damaged or locked with a password and cannot be attached.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="162"/>
        <source>The PDF %1 has no pages.</source>
        <translation>The PDF %1 has no pages.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="83"/>
        <source>Files cannot be attached to this kind of record.</source>
        <translation>Files cannot be attached to this kind of record.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="100"/>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="177"/>
        <location filename="../../app/services/attachments.py" line="284"/>
        <source>The file %1 is not on this computer yet; it is fetched from the county at the next sync.</source>
        <translation>The file %1 is not on this computer yet; it is fetched from the county at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="180"/>
        <source>The stored file %1 is damaged.</source>
        <translation>The stored file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="249"/>
        <source>The folder %1 cannot be read.</source>
        <translation>The folder %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="296"/>
        <source>The file %1 has not reached the county yet: the computer it was added on sends it at its next sync.</source>
        <translation>The file %1 has not reached the county yet: the computer it was added on sends it at its next sync.</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="216"/>
        <source>Size in bytes</source>
        <translation>Size in bytes</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="85"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="86"/>
        <source>No such folder: %1. Is the USB stick or disk connected?</source>
        <translation>No such folder: %1. Is the USB stick or disk connected?</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="52"/>
        <source>The user name %1 was also given to another person on another computer of the station. An admin can rename the user of this computer (then both are kept) or discard the other one here.</source>
        <translation>The user name %1 was also given to another person on another computer of the station. An admin can rename the user of this computer (then both are kept) or discard the other one here.</translation>
    </message>
    <message>
        <location filename="../../app/server/api.py" line="259"/>
        <source>Port: give a number from 1 to 65535.</source>
        <translation>Port: give a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../app/server/folder.py" line="82"/>
        <source>%1 holds nothing from a station (no to-county folder). Choose the folder the station wrote to.</source>
        <translation>%1 holds nothing from a station (no to-county folder). Choose the folder the station wrote to.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="77"/>
        <source>This computer was restored from a backup. Connect it to the county server again (Sync page) before opening case files: its case numbers need a new letter, the lost computer&apos;s may still be in use.</source>
        <translation>This computer was restored from a backup. Connect it to the county server again (Sync page) before opening case files: its case numbers need a new letter, the lost computer&apos;s may still be in use.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="113"/>
        <source>Households: a demo station has 1 to 5000 households.</source>
        <translation>Households: a demo station has 1 to 5000 households.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="78"/>
        <source>Check for a newer program every 1 to 168 hours.</source>
        <translation>Check for a newer program every 1 to 168 hours.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="65"/>
        <source>Give %1 a new password to switch the account on again.</source>
        <translation>Give %1 a new password to switch the account on again.</translation>
    </message>
    <message>
        <location filename="../../app/services/ui_queries.py" line="153"/>
        <source>Type a name, pinyin, Tibetan, ID number or case number to search for.</source>
        <translation>Type a name, pinyin, Tibetan, ID number or case number to search for.</translation>
    </message>
    <message>
        <location filename="../../app/services/ui_queries.py" line="156"/>
        <source>Show 1 to 500 records of each kind.</source>
        <translation>Show 1 to 500 records of each kind.</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="50"/>
        <source>Choose rename, merge or discard.</source>
        <translation>Choose rename, merge or discard.</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="55"/>
        <source>Give the person a password for this computer.</source>
        <translation>Give the person a password for this computer.</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="63"/>
        <source>This record from the county is no longer waiting.</source>
        <translation>This record from the county is no longer waiting.</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="78"/>
        <source>You cannot fold your own account into another; rename it instead.</source>
        <translation>You cannot fold your own account into another; rename it instead.</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="98"/>
        <source>The user from the county still cannot be added here.</source>
        <translation>The user from the county still cannot be added here.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="338"/>
        <source>%1 holds nothing from the county (no from-county folder). Choose the folder the county wrote to.</source>
        <translation>%1 holds nothing from the county (no from-county folder). Choose the folder the county wrote to.</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="167"/>
        <source>There is no user %1 at this station. Check the user name and run the join again in the same folder with the same code.</source>
        <translation>There is no user %1 at this station. Check the user name and run the join again in the same folder with the same code.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="65"/>
        <source>%1 attachment(s) were not sent or fetched this time (for example the county refused them); sync will try again. Details: %2</source>
        <translation>%1 attachment(s) were not sent or fetched this time (for example the county refused them); sync will try again. Details: %2</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="47"/>
        <source>The server&apos;s keys give a different fingerprint from the one you typed. Nothing was sent. Check the fingerprint against the enrolment sheet and the server address, or call the county.</source>
        <translation>The server&apos;s keys give a different fingerprint from the one you typed. Nothing was sent. Check the fingerprint against the enrolment sheet and the server address, or call the county.</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="109"/>
        <source>The file %1 cannot be attached: only photos, scans and PDFs (%2) can be.</source>
        <translation>The file %1 cannot be attached: only photos, scans and PDFs (%2) can be.</translation>
    </message>
    <message>
        <source>The file %1 is already attached to this record.</source>
        <translation type="vanished">The file %1 is already attached to this record.</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="58"/>
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="58"/>
        <source>File changed</source>
        <translation>File changed</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="59"/>
        <source>File removed</source>
        <translation>File removed</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="59"/>
        <source>File restored</source>
        <translation>File restored</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="127"/>
        <source>The file %1 is already attached to this record as %2.</source>
        <translation>The file %1 is already attached to this record as %2.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="142"/>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="143"/>
        <source>Why is this record deleted? The reason is kept in its history; the station admin can restore it.</source>
        <translation>Why is this record deleted? The reason is kept in its history; the station admin can restore it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="145"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="146"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="297"/>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="298"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="299"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="300"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="301"/>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="301"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="302"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="309"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="309"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="310"/>
        <source>Resource link</source>
        <translation>Resource link</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="310"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="311"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="311"/>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="312"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
</context>
<context>
    <name>DueForReviewDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="294"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="295"/>
        <source>The station&apos;s retention policy lists records kept longer than it says. Nothing is deleted by this list: decide for each record. 0 years switches a rule off.</source>
        <translation>The station&apos;s retention policy lists records kept longer than it says. Nothing is deleted by this list: decide for each record. 0 years switches a rule off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="299"/>
        <source>Closed &amp;case files, after years</source>
        <translation>Closed &amp;case files, after years</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="301"/>
        <source>&amp;People with nothing recorded, after years</source>
        <translation>&amp;People with nothing recorded, after years</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="302"/>
        <source>&amp;Save the policy</source>
        <translation>&amp;Save the policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="303"/>
        <source>&amp;Erase the person…</source>
        <translation>&amp;Erase the person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="304"/>
        <source>&amp;Delete the case file…</source>
        <translation>&amp;Delete the case file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="305"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="306"/>
        <source>Last recorded</source>
        <translation>Last recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="306"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="307"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="307"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="322"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="322"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="52"/>
        <source>This person may already be registered. Please check:</source>
        <translation>This person may already be registered. Please check:</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="53"/>
        <source>It is a different person: create</source>
        <translation>It is a different person: create</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="54"/>
        <source>Open the registered person</source>
        <translation>Open the registered person</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="57"/>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="58"/>
        <source>same name and birth year</source>
        <translation>same name and birth year</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="59"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/text.py" line="42"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="43"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="44"/>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="45"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="46"/>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="47"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="48"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="49"/>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="50"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="51"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="52"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="53"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="54"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="55"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="56"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="57"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="58"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="59"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="60"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="61"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="62"/>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="63"/>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="64"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="65"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="66"/>
        <source>Group activity</source>
        <translation>Group activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="67"/>
        <source>Themed activity</source>
        <translation>Themed activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="68"/>
        <source>Community activity</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="69"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="70"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="71"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="72"/>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="73"/>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="162"/>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="163"/>
        <source>The person&apos;s personal data is removed from this computer, from the county and from the station&apos;s other computers, with every old version. Only anonymous figures for the monthly reports and a note that an erasure was made are kept. Backups made before today still hold the data: see the user guide.</source>
        <translation>The person&apos;s personal data is removed from this computer, from the county and from the station&apos;s other computers, with every old version. Only anonymous figures for the monthly reports and a note that an erasure was made are kept. Backups made before today still hold the data: see the user guide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="169"/>
        <source>Lawful &amp;ground</source>
        <translation>Lawful &amp;ground</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="176"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>I &amp;understand that this cannot be undone</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="177"/>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="178"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <location filename="../../app/ui/errors.py" line="69"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="72"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="46"/>
        <source>Look in</source>
        <translation>Look in</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="47"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="48"/>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="49"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="50"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="51"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="52"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="144"/>
        <source>Station Ledger — set up the station</source>
        <translation>Station Ledger — set up the station</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="145"/>
        <source>Welcome. No station is set up on this computer yet. Fill in the station&apos;s details once; everything is kept encrypted. Or try the demo station first.</source>
        <translation>Welcome. No station is set up on this computer yet. Fill in the station&apos;s details once; everything is kept encrypted. Or try the demo station first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="148"/>
        <source>County (Chinese)</source>
        <translation>County (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="148"/>
        <source>County (Tibetan)</source>
        <translation>County (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="149"/>
        <source>Station name (Chinese)</source>
        <translation>Station name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="150"/>
        <source>Station name (Tibetan)</source>
        <translation>Station name (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="151"/>
        <source>Villages, one per line
(Chinese|Tibetan)</source>
        <translation>Villages, one per line
(Chinese|Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="152"/>
        <source>Your user name</source>
        <translation>Your user name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="152"/>
        <source>Your full name</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="153"/>
        <source>Password (at least 8 characters)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="154"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="154"/>
        <location filename="../../app/ui/first_run.py" line="178"/>
        <source>County recovery key file</source>
        <translation>County recovery key file</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="157"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="158"/>
        <source>&amp;Set up the station</source>
        <translation>&amp;Set up the station</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="159"/>
        <source>Try the &amp;demo station</source>
        <translation>Try the &amp;demo station</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="160"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="162"/>
        <source>Replacing a lost or broken computer? Choose the backup folder and give a user name and that user&apos;s password as it was when the backup was made. Afterwards connect to the county again with a new enrolment code; the old computer is then shut out.</source>
        <translation>Replacing a lost or broken computer? Choose the backup folder and give a user name and that user&apos;s password as it was when the backup was made. Afterwards connect to the county again with a new enrolment code; the old computer is then shut out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="165"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="166"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="167"/>
        <source>Password at the time of the backup</source>
        <translation>Password at the time of the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="169"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="170"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="180"/>
        <source>County public key</source>
        <translation>County public key</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="200"/>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="210"/>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="233"/>
        <source>Making the demo station…</source>
        <translation>Making the demo station…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="64"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="66"/>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="67"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="68"/>
        <source>Every change to this record, newest first, from the change log.</source>
        <translation>Every change to this record, newest first, from the change log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="70"/>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="72"/>
        <source>Held by: %1</source>
        <translation>Held by: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="84"/>
        <source>(another device)</source>
        <translation>(another device)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="85"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="86"/>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="89"/>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdEditForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="303"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="305"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="306"/>
        <source>Address (Tibetan)</source>
        <translation>Address (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="307"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="308"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="313"/>
        <source>Choose the village</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="317"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="192"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="194"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="195"/>
        <source>Address (Tibetan)</source>
        <translation>Address (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="196"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="205"/>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="206"/>
        <source>Choose the village</source>
        <translation>Choose the village</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="207"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>%1  (Alt+%2)</source>
        <translation>%1  (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Sess&amp;ion</source>
        <translation>Sess&amp;ion</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="vanished">&amp;Session</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="vanished">Undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>MergeForm</name>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="38"/>
        <source>People with the same ID number</source>
        <translation>People with the same ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="43"/>
        <source>The &amp;duplicate</source>
        <translation>The &amp;duplicate</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="48"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="52"/>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="54"/>
        <source>The selected record is kept. Everything of the duplicate (visits, case files, attendance, resource links, members) moves to it; the duplicate stays in the history as “merged into”. Tick a value to take it from the duplicate.</source>
        <translation>The selected record is kept. Everything of the duplicate (visits, case files, attendance, resource links, members) moves to it; the duplicate stays in the history as “merged into”. Tick a value to take it from the duplicate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="57"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="57"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="58"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="58"/>
        <source>Take</source>
        <translation>Take</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="348"/>
        <source>To &amp;household</source>
        <translation>To &amp;household</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="351"/>
        <source>&amp;Relation to head</source>
        <translation>&amp;Relation to head</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="355"/>
        <source>Move to another household</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="357"/>
        <source>Choose the relation</source>
        <translation>Choose the relation</translation>
    </message>
</context>
<context>
    <name>OpenCaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="25"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Service &amp;domain</source>
        <translation type="vanished">Service &amp;domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="32"/>
        <source>Ser&amp;vice domain</source>
        <translation>Ser&amp;vice domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="34"/>
        <source>&amp;Risk level</source>
        <translation>&amp;Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="35"/>
        <source>&amp;Opened on</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="36"/>
        <source>&amp;Why is the case opened?</source>
        <translation>&amp;Why is the case opened?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="47"/>
        <source>Open a case file</source>
        <translation>Open a case file</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/models/people_model.py" line="107"/>
        <source>A child&apos;s record (sensitive): shown masked to workers who do not serve the child.</source>
        <translation>A child&apos;s record (sensitive): shown masked to workers who do not serve the child.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_model.py" line="109"/>
        <source>A child&apos;s record (sensitive): only those who serve the child, supervisors and the admin see it in full.</source>
        <translation>A child&apos;s record (sensitive): only those who serve the child, supervisors and the admin see it in full.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../app/ui/pages/people.py" line="192"/>
        <location filename="../../app/ui/pages/people.py" line="195"/>
        <source>Households and people</source>
        <translation>Households and people</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="196"/>
        <source>&amp;New household</source>
        <translation>&amp;New household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="197"/>
        <source>Search: name, pinyin (zs), Tibetan, Wylie or ID number</source>
        <translation>Search: name, pinyin (zs), Tibetan, Wylie or ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="198"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="199"/>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="200"/>
        <source>Any sex</source>
        <translation>Any sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="201"/>
        <source>All service domains</source>
        <translation>All service domains</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="202"/>
        <source>All social workers</source>
        <translation>All social workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="203"/>
        <source>Has an open case file</source>
        <translation>Has an open case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="204"/>
        <source>Case file waiting for review</source>
        <translation>Case file waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="205"/>
        <source>No case file</source>
        <translation>No case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="206"/>
        <source>Any case status</source>
        <translation>Any case status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="207"/>
        <source>Visited &amp;between</source>
        <translation>Visited &amp;between</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="208"/>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="210"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="211"/>
        <source>People whose household had a visit in these dates. Delete: any date.</source>
        <translation>People whose household had a visit in these dates. Delete: any date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="213"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="214"/>
        <source>&amp;Add household member</source>
        <translation>&amp;Add household member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="215"/>
        <source>&amp;Edit person</source>
        <translation>&amp;Edit person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="216"/>
        <source>Edit house&amp;hold</source>
        <translation>Edit house&amp;hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="217"/>
        <source>Ma&amp;ke head of household</source>
        <translation>Ma&amp;ke head of household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="218"/>
        <source>&amp;Move to another household…</source>
        <translation>&amp;Move to another household…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="219"/>
        <source>Died or moved a&amp;way…</source>
        <translation>Died or moved a&amp;way…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="220"/>
        <source>Merge a d&amp;uplicate into this person…</source>
        <translation>Merge a d&amp;uplicate into this person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="221"/>
        <source>Merge a duplicate into this househ&amp;old…</source>
        <translation>Merge a duplicate into this househ&amp;old…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="222"/>
        <source>New &amp;visit to this household</source>
        <translation>New &amp;visit to this household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="223"/>
        <source>Consen&amp;t…</source>
        <translation>Consen&amp;t…</translation>
    </message>
    <message>
        <source>Co&amp;nsent…</source>
        <translation type="vanished">Co&amp;nsent…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="224"/>
        <source>Access re&amp;quest…</source>
        <translation>Access re&amp;quest…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="225"/>
        <source>Erase personal &amp;data…</source>
        <translation>Erase personal &amp;data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="226"/>
        <source>Open a &amp;case file</source>
        <translation>Open a &amp;case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="228"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="228"/>
        <source>Tibetan name</source>
        <translation>Tibetan name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="229"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="229"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="230"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="230"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="231"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="305"/>
        <source>Choose a person in the list to see their household.</source>
        <translation>Choose a person in the list to see their household.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="359"/>
        <source>%1+ people (more match: type more to narrow)</source>
        <translation>%1+ people (more match: type more to narrow)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="357"/>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="362"/>
        <source>More than %1 people (choose more filters or type a name to narrow the list)</source>
        <translation>More than %1 people (choose more filters or type a name to narrow the list)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="384"/>
        <source>Household of %1 · %2 · %3 members</source>
        <translation>Household of %1 · %2 · %3 members</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="261"/>
        <location filename="../../app/ui/forms/people_forms.py" line="282"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="261"/>
        <source>New household member</source>
        <translation>New household member</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="292"/>
        <source>Person added</source>
        <translation>Person added</translation>
    </message>
</context>
<context>
    <name>PersonStatusDialog</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="378"/>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="379"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="383"/>
        <source>Died or moved away</source>
        <translation>Died or moved away</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="384"/>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="385"/>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="386"/>
        <source>Lives here (again)</source>
        <translation>Lives here (again)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/widgets/progress.py" line="37"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="205"/>
        <source>Your unsaved draft was restored.</source>
        <translation>Your unsaved draft was restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="206"/>
        <source>Photos, scans and PDFs can be attached once this is saved: open it again to attach them.</source>
        <translation>Photos, scans and PDFs can be attached once this is saved: open it again to attach them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="208"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="209"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="211"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="212"/>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="vanished">&amp;History</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="213"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="153"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="157"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>RemoveAttachmentDialog</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="388"/>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="389"/>
        <source>Why is %1 removed? The reason is kept in the record&apos;s history.</source>
        <translation>Why is %1 removed? The reason is kept in the record&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="391"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="392"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="140"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation type="vanished">Households visited</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="vanished">Visits</translation>
    </message>
    <message>
        <source>Case files opened</source>
        <translation type="vanished">Case files opened</translation>
    </message>
    <message>
        <source>Case services</source>
        <translation type="vanished">Case services</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation type="vanished">Group activities</translation>
    </message>
    <message>
        <source>Themed and community activities</source>
        <translation type="vanished">Themed and community activities</translation>
    </message>
    <message>
        <source>Resource links</source>
        <translation type="vanished">Resource links</translation>
    </message>
    <message>
        <source>Resources linked (yuan)</source>
        <translation type="vanished">Resources linked (yuan)</translation>
    </message>
    <message>
        <source>Person-times served</source>
        <translation type="vanished">Person-times served</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="vanished">Year to date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="156"/>
        <source>Monthly summary</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="157"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="158"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="167"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="168"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="169"/>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="170"/>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="171"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="173"/>
        <source>Breakdown for:</source>
        <translation>Breakdown for:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="179"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="180"/>
        <source>By service domain</source>
        <translation>By service domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="181"/>
        <source>By village</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="182"/>
        <source>Contract targets</source>
        <translation>Contract targets</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="183"/>
        <source>The county sets the contract targets; they arrive with a sync and cannot be changed here.</source>
        <translation>The county sets the contract targets; they arrive with a sync and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="186"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="285"/>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="286"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="287"/>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="vanished">This month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="49"/>
        <source>Chinese and Tibetan (bilingual)</source>
        <translation>Chinese and Tibetan (bilingual)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="vanished">Previous month</translation>
    </message>
    <message>
        <source>Reports are not available yet in this version.</source>
        <translation type="vanished">Reports are not available yet in this version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="214"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="242"/>
        <source>Monthly summary of %1</source>
        <translation>Monthly summary of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="275"/>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="vanished">Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="vanished">CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="293"/>
        <source>Save the monthly summary</source>
        <translation>Save the monthly summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="303"/>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="314"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="288"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">&amp;Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="292"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="293"/>
        <source>For &amp;household</source>
        <translation>For &amp;household</translation>
    </message>
    <message>
        <source>Or for a &amp;person</source>
        <translation type="vanished">Or for a &amp;person</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="299"/>
        <source>&amp;Money (yuan)</source>
        <translation>&amp;Money (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="300"/>
        <source>&amp;Goods in kind</source>
        <translation>&amp;Goods in kind</translation>
    </message>
    <message>
        <source>&amp;Value of goods (yuan)</source>
        <translation type="vanished">&amp;Value of goods (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="290"/>
        <source>So&amp;urce</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="296"/>
        <source>Or for a p&amp;erson</source>
        <translation>Or for a p&amp;erson</translation>
    </message>
    <message>
        <source>Value of goods (&amp;yuan)</source>
        <translation type="vanished">Value of goods (&amp;yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="301"/>
        <source>V&amp;alue of goods (yuan)</source>
        <translation>V&amp;alue of goods (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="303"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="309"/>
        <source>New resource link</source>
        <translation>New resource link</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="310"/>
        <source>Who gave it (company, charity, office)</source>
        <translation>Who gave it (company, charity, office)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="311"/>
        <source>e.g. 500 or 1200.50</source>
        <translation>e.g. 500 or 1200.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="349"/>
        <source>Resource link saved</source>
        <translation>Resource link saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="352"/>
        <source>Resource link</source>
        <translation>Resource link</translation>
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
        <source>Provider</source>
        <translation type="vanished">Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Recipient ← provider</source>
        <translation>Recipient ← provider</translation>
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
        <location filename="../../app/ui/forms/case_forms.py" line="144"/>
        <source>&amp;What should be fixed?</source>
        <translation>&amp;What should be fixed?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="161"/>
        <source>Return the case to the worker</source>
        <translation>Return the case to the worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="162"/>
        <source>The worker sees these comments on their Today page.</source>
        <translation>The worker sees these comments on their Today page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="164"/>
        <source>Return case %1. The worker sees these comments on their Today page.</source>
        <translation>Return case %1. The worker sees these comments on their Today page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="168"/>
        <source>&amp;Return case</source>
        <translation>&amp;Return case</translation>
    </message>
</context>
<context>
    <name>ServiceRecordForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="90"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="91"/>
        <source>Service &amp;item</source>
        <translation>Service &amp;item</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="94"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="97"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="102"/>
        <source>Record a service</source>
        <translation>Record a service</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="125"/>
        <source>Service record</source>
        <translation>Service record</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="133"/>
        <location filename="../../app/ui/pages/settings.py" line="136"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="137"/>
        <source>Language and text size</source>
        <translation>Language and text size</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="138"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="vanished">&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="140"/>
        <source>Lar&amp;ger text</source>
        <translation>Lar&amp;ger text</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="141"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="142"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="142"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="143"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="145"/>
        <source>Change &amp;password</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="146"/>
        <source>Station administration</source>
        <translation>Station administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="149"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="149"/>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="151"/>
        <source>Save lock time</source>
        <translation>Save lock time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="152"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="154"/>
        <source>A backup is an encrypted copy of this station&apos;s records with its key file. It opens only with a user&apos;s password or the county recovery key. Keep it on a USB stick or a second disk, away from this computer.</source>
        <translation>A backup is an encrypted copy of this station&apos;s records with its key file. It opens only with a user&apos;s password or the county recovery key. Keep it on a USB stick or a second disk, away from this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="157"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="158"/>
        <source>Automatic backups to</source>
        <translation>Automatic backups to</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="159"/>
        <source>Every (hours)</source>
        <translation>Every (hours)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="160"/>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="162"/>
        <source>No second location: automatic backups off</source>
        <translation>No second location: automatic backups off</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="163"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="164"/>
        <source>Save backup settings</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="166"/>
        <source>Add &amp;user</source>
        <translation>Add &amp;user</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="167"/>
        <source>Lock the screen now (Ctrl+L)</source>
        <translation>Lock the screen now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="168"/>
        <source>About Station Ledger, diagnostics (F1)</source>
        <translation>About Station Ledger, diagnostics (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="170"/>
        <source>Undo (Ctrl+Z) takes back the last visit, activity, resource link or household member you saved, for as long as the status bar offers it. Other changes are corrected by editing the record.</source>
        <translation>Undo (Ctrl+Z) takes back the last visit, activity, resource link or household member you saved, for as long as the status bar offers it. Other changes are corrected by editing the record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="204"/>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="215"/>
        <source>Saved: the screen locks after %1 minutes without use.</source>
        <translation>Saved: the screen locks after %1 minutes without use.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="243"/>
        <source>Choose where to save the backup</source>
        <translation>Choose where to save the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="255"/>
        <source>Writing and checking the backup…</source>
        <translation>Writing and checking the backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="276"/>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="279"/>
        <source>Choose a second location</source>
        <translation>Choose a second location</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../app/ui/sign_in.py" line="90"/>
        <source>Station Ledger</source>
        <translation>Station Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="91"/>
        <source>Station Ledger — sign in</source>
        <translation>Station Ledger — sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="92"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="92"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="95"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="96"/>
        <source>Demo station: user zhuoma, lihua, wangfang (supervisor) or admin, password demo1234.</source>
        <translation>Demo station: user zhuoma, lihua, wangfang (supervisor) or admin, password demo1234.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="123"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="22"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="23"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="24"/>
        <source>Household visit</source>
        <translation>Household visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="25"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="26"/>
        <source>Activity participant</source>
        <translation>Activity participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="27"/>
        <source>Resource link</source>
        <translation>Resource link</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="28"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="29"/>
        <source>Case service</source>
        <translation>Case service</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="30"/>
        <source>Case review</source>
        <translation>Case review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="31"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="32"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="33"/>
        <location filename="../../app/ui/pages/conflicts.py" line="50"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="34"/>
        <source>Contract target</source>
        <translation>Contract target</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="37"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="38"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="39"/>
        <source>Address (Chinese)</source>
        <translation>Address (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="40"/>
        <source>Address (Tibetan)</source>
        <translation>Address (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="41"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="42"/>
        <source>Name (Tibetan)</source>
        <translation>Name (Tibetan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="43"/>
        <source>Name (Latin letters)</source>
        <translation>Name (Latin letters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="44"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="45"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="46"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="47"/>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="48"/>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="49"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="51"/>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="52"/>
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="53"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="54"/>
        <source>Needs assessment</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="55"/>
        <source>Plan goals</source>
        <translation>Plan goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="56"/>
        <source>Plan actions</source>
        <translation>Plan actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="57"/>
        <source>Why the case was opened</source>
        <translation>Why the case was opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="58"/>
        <source>Closure summary</source>
        <translation>Closure summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="60"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="75"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="127"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="130"/>
        <source>Sending to the county</source>
        <translation>Sending to the county</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="131"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="132"/>
        <source>Copy to a USB &amp;folder…</source>
        <translation>Copy to a USB &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="133"/>
        <source>Read from a USB f&amp;older…</source>
        <translation>Read from a USB f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="134"/>
        <source>Connect this computer to the county server</source>
        <translation>Connect this computer to the county server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="135"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="136"/>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="137"/>
        <source>County key fingerprint</source>
        <translation>County key fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="138"/>
        <source>as printed under the enrolment code</source>
        <translation>as printed under the enrolment code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="139"/>
        <source>Trial only: allow an unencrypted http:// address</source>
        <translation>Trial only: allow an unencrypted http:// address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="140"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translation>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="vanished">&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="144"/>
        <source>Only the station&apos;s administrator can connect this computer to the county server.</source>
        <translation>Only the station&apos;s administrator can connect this computer to the county server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="146"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="147"/>
        <source>Records the county could not accept</source>
        <translation>Records the county could not accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="148"/>
        <source>&amp;Discard the chosen change…</source>
        <translation>&amp;Discard the chosen change…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="149"/>
        <source>&amp;Rename the user of this computer…</source>
        <translation>&amp;Rename the user of this computer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="151"/>
        <source>For a user name given to two people on two computers: this computer&apos;s user gets a new name (same password), then both users are kept.</source>
        <translation>For a user name given to two people on two computers: this computer&apos;s user gets a new name (same password), then both users are kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="153"/>
        <source>The same &amp;person: merge…</source>
        <translation>The same &amp;person: merge…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="155"/>
        <source>For one person added on two computers: the other computer&apos;s user takes the name, this computer&apos;s is switched off and hands over its open case files.</source>
        <translation>For one person added on two computers: the other computer&apos;s user takes the name, this computer&apos;s is switched off and hands over its open case files.</translation>
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
        <location filename="../../app/ui/pages/sync.py" line="177"/>
        <source>Attachments waiting to be sent: %1 (%2)</source>
        <translation>Attachments waiting to be sent: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="186"/>
        <source>The county server must be updated before %1 changes can be taken in; they wait here and go out by themselves after the update.</source>
        <translation>The county server must be updated before %1 changes can be taken in; they wait here and go out by themselves after the update.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="191"/>
        <source>The last try did not get through; your records are safe on this computer.</source>
        <translation>The last try did not get through; your records are safe on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="202"/>
        <source>Look at &amp;conflicts (%1)</source>
        <translation>Look at &amp;conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="206"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="211"/>
        <source>%1 · %2 “%3”: %4</source>
        <translation>%1 · %2 “%3”: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="220"/>
        <source>None: the county accepted everything.</source>
        <translation>None: the county accepted everything.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="229"/>
        <source>Once this computer is connected to the county server, it sends and receives by itself whenever the server can be reached.</source>
        <translation>Once this computer is connected to the county server, it sends and receives by itself whenever the server can be reached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="232"/>
        <source>Sends and receives by itself every %1 seconds when the county server can be reached.</source>
        <translation>Sends and receives by itself every %1 seconds when the county server can be reached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="236"/>
        <source>The county server cannot be reached now: it will try again by itself.</source>
        <translation>The county server cannot be reached now: it will try again by itself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="239"/>
        <source>The county server refused: %1</source>
        <translation>The county server refused: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="244"/>
        <source>Sent %1 changes, received %2 records</source>
        <translation>Sent %1 changes, received %2 records</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="247"/>
        <source>Sent and received</source>
        <translation>Sent and received</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="248"/>
        <source>Connected to the county server</source>
        <translation>Connected to the county server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="249"/>
        <source>Stopped by a problem; it will be tried again</source>
        <translation>Stopped by a problem; it will be tried again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="250"/>
        <source>The county server could not be reached</source>
        <translation>The county server could not be reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="251"/>
        <source>Copied to a USB folder</source>
        <translation>Copied to a USB folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="252"/>
        <source>Read from a USB folder</source>
        <translation>Read from a USB folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="253"/>
        <source>Restored from a backup: connect to the county again with a new code</source>
        <translation>Restored from a backup: connect to the county again with a new code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="276"/>
        <source>Discard the other user here?</source>
        <translation>Discard the other user here?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="277"/>
        <source>The user from the other computer will not be added on this computer; the county keeps it. Discard it here?</source>
        <translation>The user from the other computer will not be added on this computer; the county keeps it. Discard it here?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="281"/>
        <source>Discard this change?</source>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="282"/>
        <source>This change will never be sent to the county. The record on this computer stays as it is. Discard it?</source>
        <translation>This change will never be sent to the county. The record on this computer stays as it is. Discard it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="308"/>
        <source>Rename the user of this computer</source>
        <translation>Rename the user of this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="309"/>
        <source>New user name for the user of this computer (the password stays):</source>
        <translation>New user name for the user of this computer (the password stays):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="326"/>
        <source>The same person: merge</source>
        <translation>The same person: merge</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="327"/>
        <source>The person&apos;s password on this computer from now on:</source>
        <translation>The person&apos;s password on this computer from now on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="337"/>
        <source>it holds information the county server does not know (a newer or older version)</source>
        <translation>it holds information the county server does not know (a newer or older version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="339"/>
        <source>the clock of this computer was wrong: check the date and time</source>
        <translation>the clock of this computer was wrong: check the date and time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="340"/>
        <source>it was made on another device</source>
        <translation>it was made on another device</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="341"/>
        <source>this computer could not take in this change from the county</source>
        <translation>this computer could not take in this change from the county</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="342"/>
        <source>it was damaged on the way</source>
        <translation>it was damaged on the way</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="343"/>
        <source>the county server must be updated first</source>
        <translation>the county server must be updated first</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="344"/>
        <source>a value in it is not valid</source>
        <translation>a value in it is not valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="345"/>
        <source>the county could not accept it</source>
        <translation>the county could not accept it</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="173"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="33"/>
        <source>This computer&apos;s clock is %1 minutes behind the county server&apos;s. Please set the date and time; records still go through.</source>
        <translation>This computer&apos;s clock is %1 minutes behind the county server&apos;s. Please set the date and time; records still go through.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="36"/>
        <source>This computer&apos;s clock is %1 minutes ahead of the county server&apos;s. Please set the date and time; records still go through.</source>
        <translation>This computer&apos;s clock is %1 minutes ahead of the county server&apos;s. Please set the date and time; records still go through.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="41"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translation>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="143"/>
        <source>Conn&amp;ect</source>
        <translation>Conn&amp;ect</translation>
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
        <location filename="../../app/ui/pages/sync.py" line="181"/>
        <source>Conflicts to look at: %1</source>
        <translation>Conflicts to look at: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="183"/>
        <source>Records the county could not accept: %1</source>
        <translation>Records the county could not accept: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="352"/>
        <location filename="../../app/ui/pages/sync.py" line="357"/>
        <source>Sending and receiving…</source>
        <translation>Sending and receiving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="388"/>
        <source>Choose the USB folder</source>
        <translation>Choose the USB folder</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="84"/>
        <location filename="../../app/ui/pages/team.py" line="87"/>
        <source>Team and caseload</source>
        <translation>Team and caseload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="88"/>
        <source>Open case files per worker (select a row to see them)</source>
        <translation>Open case files per worker (select a row to see them)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="89"/>
        <source>Case files (double-click or Enter opens one)</source>
        <translation>Case files (double-click or Enter opens one)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="91"/>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="92"/>
        <source>Waiting for review (longest)</source>
        <translation>Waiting for review (longest)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="93"/>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="93"/>
        <location filename="../../app/ui/pages/team.py" line="98"/>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="97"/>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="99"/>
        <source>With overdue tasks</source>
        <translation>With overdue tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="100"/>
        <source>All open case files</source>
        <translation>All open case files</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="101"/>
        <source>Search: case number or person (name, pinyin, ID number)</source>
        <translation>Search: case number or person (name, pinyin, ID number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="104"/>
        <source>Staff changes for the selected user</source>
        <translation>Staff changes for the selected user</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="105"/>
        <source>Switch &amp;off</source>
        <translation>Switch &amp;off</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="105"/>
        <source>Switch o&amp;n</source>
        <translation>Switch o&amp;n</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="106"/>
        <source>Change &amp;role</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="106"/>
        <source>&amp;Hand cases and tasks to</source>
        <translation>&amp;Hand cases and tasks to</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="107"/>
        <source>&amp;Deleted records…</source>
        <translation>&amp;Deleted records…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="108"/>
        <source>D&amp;ue for review…</source>
        <translation>D&amp;ue for review…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="134"/>
        <source>%1 (switched off)</source>
        <translation>%1 (switched off)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="135"/>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="161"/>
        <source>%1 (%2 open cases)</source>
        <translation>%1 (%2 open cases)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="165"/>
        <source>Choose a colleague</source>
        <translation>Choose a colleague</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="206"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="232"/>
        <source>Switch on again</source>
        <translation>Switch on again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="233"/>
        <source>A new password for this user (their old one was removed when they were switched off):</source>
        <translation>A new password for this user (their old one was removed when they were switched off):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="240"/>
        <source>Switched on.</source>
        <translation>Switched on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="241"/>
        <source>Switched off: this user can no longer sign in.</source>
        <translation>Switched off: this user can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="248"/>
        <source>Role changed.</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="257"/>
        <source>%1 case files and %2 tasks handed over.</source>
        <translation>%1 case files and %2 tasks handed over.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="82"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="92"/>
        <source>Good day, %1</source>
        <translation>Good day, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="94"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="95"/>
        <source>Case files waiting for your review</source>
        <translation>Case files waiting for your review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="96"/>
        <location filename="../../app/ui/pages/today.py" line="167"/>
        <source>Sending to the county</source>
        <translation>Sending to the county</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="97"/>
        <source>Nothing to do. Well done!</source>
        <translation>Nothing to do. Well done!</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="98"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="99"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="100"/>
        <source>New &amp;visit</source>
        <translation>New &amp;visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="101"/>
        <source>New &amp;household</source>
        <translation>New &amp;household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="102"/>
        <source>New &amp;activity</source>
        <translation>New &amp;activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="103"/>
        <source>New resource &amp;link</source>
        <translation>New resource &amp;link</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="117"/>
        <source>Fix case %1 returned by the supervisor: %2</source>
        <translation>Fix case %1 returned by the supervisor: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="119"/>
        <source>Follow-up visit to %1 (due %2) %3</source>
        <translation>Follow-up visit to %1 (due %2) %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="161"/>
        <source>County server</source>
        <translation>County server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="163"/>
        <source>This computer is not connected to a county server yet, so your records stay on this computer. The administrator connects it on the Sync page.</source>
        <translation>This computer is not connected to a county server yet, so your records stay on this computer. The administrator connects it on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="168"/>
        <source>%1 changes not yet sent to the county.</source>
        <translation>%1 changes not yet sent to the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="169"/>
        <source>Everything has been sent to the county.</source>
        <translation>Everything has been sent to the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="171"/>
        <source>Last contact with the county: %1</source>
        <translation>Last contact with the county: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="172"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="174"/>
        <source>Conflicts to look at on the Sync page: %1</source>
        <translation>Conflicts to look at on the Sync page: %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="90"/>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="94"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="96"/>
        <source>&amp;People served</source>
        <translation>&amp;People served</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="98"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="110"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="115"/>
        <source>New household visit</source>
        <translation>New household visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="116"/>
        <source>Visit again on</source>
        <translation>Visit again on</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="152"/>
        <source>Visit saved</source>
        <translation>Visit saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="155"/>
        <source>Household visit</source>
        <translation>Household visit</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="35"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="39"/>
        <source>Household visits</source>
        <translation>Household visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="40"/>
        <source>&amp;New visit</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="41"/>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="42"/>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="43"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="44"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="46"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="46"/>
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="47"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>_DomainItems</name>
    <message>
        <source>Service &amp;domain</source>
        <translation type="vanished">Service &amp;domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="30"/>
        <source>Ser&amp;vice domain</source>
        <translation>Ser&amp;vice domain</translation>
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
        <source>Name (&amp;Chinese)</source>
        <translation type="vanished">Name (&amp;Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="88"/>
        <source>Name (&amp;Tibetan)</source>
        <translation>Name (&amp;Tibetan)</translation>
    </message>
    <message>
        <source>Name (&amp;Latin letters)</source>
        <translation type="vanished">Name (&amp;Latin letters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="87"/>
        <source>Name (C&amp;hinese)</source>
        <translation>Name (C&amp;hinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="89"/>
        <source>Name (Lati&amp;n letters)</source>
        <translation>Name (Lati&amp;n letters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="90"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="91"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="92"/>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="93"/>
        <source>&amp;Relation to head</source>
        <translation>&amp;Relation to head</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="95"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="97"/>
        <source>Target &amp;groups</source>
        <translation>Target &amp;groups</translation>
    </message>
    <message>
        <source>&amp;Target groups</source>
        <translation type="vanished">&amp;Target groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="105"/>
        <source>Choose the relation</source>
        <translation>Choose the relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="106"/>
        <source>e.g. 1958-03-07, 1958-03 or 1958</source>
        <translation>e.g. 1958-03-07, 1958-03 or 1958</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="107"/>
        <source>18 digits (the last may be X)</source>
        <translation>18 digits (the last may be X)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/widgets/pickers.py" line="43"/>
        <source>Type a name, pinyin (zs), Wylie or ID number</source>
        <translation>Type a name, pinyin (zs), Wylie or ID number</translation>
    </message>
</context>
</TS>
