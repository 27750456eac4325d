<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="73"/>
        <source>About Station Ledger</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ་སྐོར</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="74"/>
        <source>Station Ledger</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="76"/>
        <source>Version %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་གཞི %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="77"/>
        <source>Store schema revision %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་སྒྲིག་གཞིའི་པར་གཞི %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="78"/>
        <source>Qt for Python %1 (LGPL 3)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>Qt for Python %1 (LGPL 3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="83"/>
        <source>Font %1: SIL Open Font License 1.1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་གཟུགས %1: SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="85"/>
        <source>Export diagnostics…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནད་གཞི་ཞིབ་དཔྱད་ཀྱི་ཆ་འཕྲིན་ཕྱིར་འདོན…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="86"/>
        <source>Check for updates</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསར་སྒྱུར་ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="88"/>
        <source>Asks your county for a newer signed version; it is checked and starts the next time the program starts.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ལ་མིང་རྟགས་ཡོད་པའི་པར་གཞི་གསར་པ་འདྲི། ཞིབ་བཤེར་བྱས་རྗེས་བྱ་རིམ་ཐེངས་རྗེས་མར་འགོ་འཛུགས་སྐབས་ནུས་པ་ཐོན</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="91"/>
        <source>Versions, the support log, store integrity and sync state, for your county&apos;s technician. No names, ID numbers or notes are included.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་གཞི་དང་རོགས་རམ་ཉིན་ཐོ། གཞི་གྲངས་མཛོད་ཀྱི་ཆ་ཚང་རང་བཞིན། གོམ་མཉམ་གྱི་གནས་སྟངས་བཅས་རྫོང་གི་ལག་རྩལ་བར་སྤྲོད་རྒྱུ། མིང་དང་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས། ཟིན་བྲིས་མི་འདུས</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>Export diagnostics</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནད་གཞི་ཞིབ་དཔྱད་ཀྱི་ཆ་འཕྲིན་ཕྱིར་འདོན</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="105"/>
        <source>Zip archive</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>Zip ཡིག་ཚགས</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">Zip ཡིག་ཚགས (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="111"/>
        <source>Writing diagnostics…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནད་གཞི་ཞིབ་དཔྱད་ཀྱི་ཆ་འཕྲིན་འབྲི་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="119"/>
        <source>Asking the county for a newer version…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ལ་པར་གཞི་གསར་པ་འདྲི་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="125"/>
        <source>This is the newest version (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་ནི་པར་གཞི་གསར་ཤོས་ཡིན (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="128"/>
        <source>Version %1 was checked and is ready: it starts the next time you start the program.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་གཞི %1 ཞིབ་བཤེར་བྱས་ཏེ་གྲ་སྒྲིག་ཡོད། བྱ་རིམ་ཐེངས་རྗེས་མར་འགོ་འཛུགས་སྐབས་ནུས་པ་ཐོན</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="138"/>
        <source>Diagnostics saved to %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནད་གཞི་ཞིབ་དཔྱད་ཀྱི་ཆ་འཕྲིན %1 ལ་ཉར་ཚགས་བྱས</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="113"/>
        <source>Access request</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཀློག་རེ་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="114"/>
        <source>Everything this station holds about the person is written as a PDF (in the person&apos;s language) and a JSON file into your export folder. The request is recorded in the audit log.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདིར་ཉར་བའི་མི་འདིའི་ཆ་འཕྲིན་ཡོངས་རྫོགས PDF (མི་དེའི་སྐད་བརྡ་ཐོག) དང་གཞི་གྲངས་ཡིག་ཆར་བྲིས་ནས་ཁྱེད་ཀྱི་ཕྱིར་འདོན་ཡིག་ཁུག་ནང་འཇོག་རྒྱུ་ཡིན། རེ་ཞུ་འདི་རྩིས་ཞིབ་ཟིན་ཐོར་འགོད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="118"/>
        <source>&amp;Language of the person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་དེའི་སྐད་བརྡ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="121"/>
        <source>Chinese</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="122"/>
        <source>Tibetan</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="125"/>
        <source>&amp;Write the answer</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལན་འབྲི(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="126"/>
        <source>Close</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="138"/>
        <source>Written: %1 and %2. These files hold personal data and are not encrypted: give them to the person, then delete them.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྲིས་ཟིན %1 དང %2 ཡིག་ཆ་འདི་དག་ནང་སྒེར་གྱི་ཆ་འཕྲིན་ཡོད་པ་དང་གསང་སྡོམ་བྱས་མེད། མི་དེར་སྤྲད་རྗེས་སུབ་རོགས།</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="17"/>
        <source>Activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="21"/>
        <source>Group and themed activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚོགས་ཆུང་དང་བརྗོད་གཞི་ཅན་གྱི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="22"/>
        <source>&amp;New activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ་གསར་པ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Title</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་བྱང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="24"/>
        <source>Kind and people</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས་དང་མི་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="24"/>
        <source>Organiser</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒྲིག་འཛུགས་པ</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="175"/>
        <source>&amp;Kind</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="176"/>
        <source>&amp;Title</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་བྱང(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="177"/>
        <source>&amp;Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">གྲོང་ཚོ (སྡེ་ཁུལ)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="179"/>
        <source>Villa&amp;ge</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ)(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ས་གནས(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="181"/>
        <source>Locati&amp;on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་གནས(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="200"/>
        <source>&amp;Participants</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉམ་ཞུགས་པ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="201"/>
        <source>Head&amp;count</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གྲངས(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="203"/>
        <source>&amp;Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="220"/>
        <source>New activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="222"/>
        <source>(whole station)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>(ས་ཚིགས་ཡོངས)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="223"/>
        <source>&amp;Add to list</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་ཐོར་ཁ་སྣོན(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="224"/>
        <source>&amp;Remove from list</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་ཐོ་ནས་ཕྱིར་བསལ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="225"/>
        <source>When names are not known, enter how many took part.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་མི་ཤེས་ན་མཉམ་ཞུགས་པའི་མི་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="265"/>
        <source>Activity saved</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ་ཉར་ཚགས་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="268"/>
        <source>Activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="130"/>
        <source>Photo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་རིས</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="130"/>
        <source>Image</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རི་མོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="131"/>
        <source>PDF document</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="134"/>
        <source>Not on this computer yet: opening it fetches it from the county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་འདི་རྩིས་འཁོར་འདིར་ད་དུང་མེད། ཁ་ཕྱེ་དུས་རྫོང་ནས་ལེན་གྱི་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="156"/>
        <source>Attach files</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟུར་སྦྱར་ཁ་སྣོན</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="157"/>
        <source>Photos, scans and PDFs</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་རིས་དང་བཤེར་པར། PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="215"/>
        <source>Attachments (photos, scans, PDFs)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟུར་སྦྱར (པར་རིས། བཤེར་པར། PDF)</translation>
    </message>
    <message>
        <source>Photos, scans and PDFs (%1)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">པར་རིས་དང་བཤེར་པར། PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="166"/>
        <source>Choose the camera&apos;s folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་ཆས་ཀྱི་ཡིག་ཁུག་འདེམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="187"/>
        <source>Adding files…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ཁ་སྣོན་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <source>&amp;Attachments (photos, scans, PDFs)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཟུར་སྦྱར (པར་རིས། བཤེར་པར། PDF)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="216"/>
        <source>Add fil&amp;e…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ཁ་སྣོན(&amp;E)…</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཡིག་ཆ་ཁ་སྣོན(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="219"/>
        <source>Re&amp;move…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ(&amp;M)…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཡིག་ཆ་ཁ་སྣོན(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="217"/>
        <source>From &amp;camera folder…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་ཆས་ཀྱི་ཡིག་ཁུག་ནས(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="218"/>
        <source>&amp;Open</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་ཕྱེ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">བསུབ(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="299"/>
        <source>Close</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="300"/>
        <source>&amp;Fetch from the county</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ནས་ལེན(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="309"/>
        <source>Opening…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་ཕྱེ་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="318"/>
        <source>the first %1 of %2 pages</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་ངོས་ %2 ཡི་ནང་ནས་སྔོན་མ་ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="352"/>
        <source>Fetching from the county…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ནས་ལེན་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>CameraFolderDialog</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="254"/>
        <source>Photos in the camera folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་ཆས་ཀྱི་ཡིག་ཁུག་ནང་གི་པར་རིས</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="255"/>
        <source>Tick the photos to attach (Space ticks the selected one).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་སྣོན་བྱ་རྒྱུའི་པར་རིས་ལ་རྟགས་རྒྱོབ། (སྟོང་རྟགས་ཀྱིས་འདེམས་ཟིན་པ་ལ་རྟགས་རྒྱག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="256"/>
        <source>There are no photos or PDFs in this folder.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཁུག་འདིའི་ནང་པར་རིས་དང་ PDF མེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="258"/>
        <source>&amp;Attach</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་སྣོན(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="259"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="176"/>
        <location filename="../../app/ui/pages/cases.py" line="179"/>
        <source>Case files</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="180"/>
        <source>&amp;New case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་གསར་པ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="181"/>
        <source>My open cases</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ངའི་མཇུག་མ་སྒྲིལ་བའི་སྒེར་དོན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="181"/>
        <source>My closed cases</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ངས་མཇུག་སྒྲིལ་བྱས་པའི་སྒེར་དོན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="183"/>
        <source>Waiting for my review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ངའི་ཞིབ་བཤེར་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="184"/>
        <source>All cases of the station</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདིའི་སྒེར་དོན་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Stage</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="188"/>
        <source>Intake: why the case is opened</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་དང་ལེན། དང་ལེན་གྱི་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="189"/>
        <source>Needs assessment</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དགོས་མཁོ་དཔྱད་དཔོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="189"/>
        <source>Service plan: goals</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི། དམིགས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="190"/>
        <source>Service plan: actions</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི། བྱ་སྤྱོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="191"/>
        <source>Closure: summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ། སྙིང་བསྡུས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="194"/>
        <source>&amp;Save text</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡི་གེ་ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="194"/>
        <source>Next s&amp;tage</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ་རྗེས་མ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="195"/>
        <source>Su&amp;bmit for review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་ལ་ཕུལ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="195"/>
        <source>Record a ser&amp;vice</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་ཐེངས་གཅིག་ཐོ་འགོད(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="196"/>
        <location filename="../../app/ui/pages/cases.py" line="422"/>
        <source>A&amp;pprove</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆོག་མཆན་སྤྲོད(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="196"/>
        <source>&amp;Return with comments</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསམ་འཆར་དང་མཉམ་དུ་ཕྱིར་སློག(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="197"/>
        <source>&amp;History</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་རྒྱུས(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="197"/>
        <source>De&amp;lete…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="205"/>
        <source>Language of the printed case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་འདེབས་སྒེར་དོན་ཡིག་ཚགས་ཀྱི་སྐད་བརྡ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="206"/>
        <source>Print case &amp;file…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་པར་འདེབས(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="510"/>
        <source>PDF file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF ཡིག་ཆ</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">སྒེར་དོན་ཡིག་ཚགས་པར་འདེབས(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="207"/>
        <source>&amp;Open to print</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་ཕྱེ་ནས་པར་འདེབས(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="208"/>
        <source>&amp;Delete the file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་བསུབ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="209"/>
        <source>Save the selected case file as a PDF to print (Ctrl+P)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས་པའི་སྒེར་དོན་ཡིག་ཚགས་པར་འདེབས་ཆེད་ PDF ལ་ཉར་ཚགས (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="210"/>
        <source>Services recorded</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་འགོད་བྱས་པའི་ཞབས་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="211"/>
        <source>Supervisor&apos;s reviews</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པའི་ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="281"/>
        <source>Choose a case file in the list.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་གཞུང་ནང་ནས་སྒེར་དོན་ཡིག་ཚགས་ཤིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="342"/>
        <source>Returned by the supervisor. To fix: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པས་ཕྱིར་སློག་བྱས། བཟོ་བཅོས་བྱ་དགོས་པ། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="353"/>
        <source>%1 · %2 · %3 · stage: %4 · %5</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 · %2 · %3 · གོམ་རིམ། %4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="379"/>
        <source>%1 · %2 · %3 min · %4</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 · %2 · སྐར་མ་ %3 · %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="419"/>
        <source>Approve the case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ལ་ཆོག་མཆན་སྤྲོད་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="420"/>
        <source>Approve case %1 (%2)? A decision cannot be taken back.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 (%2) ལ་ཆོག་མཆན་སྤྲོད་དམ། ཐག་གཅོད་བྱས་རྗེས་ཕྱིར་ལེན་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="423"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="433"/>
        <source>Case %1 approved.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 ལ་ཆོག་མཆན་ཐོབ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="483"/>
        <source>Case %1 returned to the worker.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 སྤྱི་ཚོགས་ལས་ཀ་བར་ཕྱིར་སློག་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="509"/>
        <source>Print the case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་པར་འདེབས</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">PDF ཡིག་ཆ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="520"/>
        <source>Writing case file %1…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 འབྲི་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="529"/>
        <source>Case file saved to %1 — open it to print.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 ལ་ཉར་ཚགས་བྱས་ཟིན། ཁ་ཕྱེ་ནས་པར་འདེབས་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="550"/>
        <source>Deleted %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 བསུབས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="560"/>
        <source>Cancelled. No file was written.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་ཚར། ཡིག་ཆ་གང་ཡང་བྲིས་མེད།</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="138"/>
        <source>Conflicts to look at</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་དགོས་པའི་གདོང་གཏུག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="140"/>
        <source>The same information was changed on this computer and on another device before they could exchange it. Choose which value to keep: your choice is sent to the county and to every device.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆ་འཕྲིན་གཅིག་རྩིས་འཁོར་འདི་དང་སྒྲིག་ཆས་གཞན་ཞིག་གཉིས་ཀར་བཟོ་བཅོས་བྱས་པ་རེད། ཉར་འཇོག་བྱ་རྒྱུའི་གྲངས་ཐང་གང་ཡིན་པ་འདེམས་རོགས། ཁྱེད་ཀྱི་འདེམས་ཁ་རྫོང་དང་སྒྲིག་ཆས་ཡོངས་ལ་བསྐུར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>Record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>What changed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་བྱས་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>On this computer</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་ནང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="145"/>
        <source>The other value</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲངས་ཐང་གཞན་དེ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="145"/>
        <source>Found</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྙེད་དུས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="146"/>
        <source>No conflicts: there is nothing to choose.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གདོང་གཏུག་མེད། འདེམས་དགོས་པ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="147"/>
        <source>Keep the value on this &amp;computer</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་གྲངས་ཐང་ཉར(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="148"/>
        <source>Keep the &amp;other value</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲངས་ཐང་གཞན་དེ་ཉར(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="149"/>
        <source>Close</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="164"/>
        <source>%1: %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="189"/>
        <source>%1 “%2”, %3:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 “%2” ཡི་%3:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="191"/>
        <source>On this computer now</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་ལྟ་རྩིས་འཁོར་འདིའི་ནང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="192"/>
        <source>Made earlier on this computer, not kept</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྔོན་ལ་རྩིས་འཁོར་འདིར་བཟོས་པ། ཉར་མེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="194"/>
        <source>From the county (another device)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ནས་ཡོང་བ (སྒྲིག་ཆས་གཞན)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="221"/>
        <source>Consent</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="222"/>
        <source>Record who agreed to the station keeping this person&apos;s data, when, and for what. For a child under 14, a guardian consents.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སུས་དུས་ནམ་ཞིག་ལ་དམིགས་ཡུལ་གང་གི་ཆེད་དུ་ས་ཚིགས་ཀྱིས་མི་འདིའི་ཆ་འཕྲིན་ཉར་བར་མོས་མཐུན་བྱས་པ་ཟིན་ཐོར་འགོད། ལོ་ 14 མ་ལོན་པའི་བྱིས་པར་ལྟ་སྐྱོང་བས་མོས་མཐུན་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="225"/>
        <source>Given &amp;by</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་བྱེད་མཁན(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="226"/>
        <source>Given &amp;on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་ཚེས་གྲངས(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="227"/>
        <source>For</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དམིགས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="230"/>
        <source>Not recorded</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་མེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="237"/>
        <source>&amp;Save</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="238"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/cli/common.py" line="46"/>
        <source>The two passwords are not the same.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་གཉིས་མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="65"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་ནོར་ཐེངས་མང་དྲགས་འདུག སྐར་ཆ་ %1 རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="43"/>
        <location filename="../../app/models/store.py" line="115"/>
        <location filename="../../app/services/station.py" line="278"/>
        <source>The data store cannot be opened with this key.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ལྡེ་འདིས་གཞི་གྲངས་མཛོད་ཁ་ཕྱེ་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="56"/>
        <source>The data store refused a safety setting (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་ཀྱིས་བདེ་འཇགས་སྒྲིག་འགོད་ཅིག་ (%1) ངོས་ལེན་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="58"/>
        <source>The data store is not encrypted; refusing to use it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྡོམ་བྱས་མེད་པས་བེད་སྤྱོད་མི་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="208"/>
        <source>This data store has no device identity; it was not set up.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་འདི་ལ་སྒྲིག་ཆས་ཀྱི་ངོས་འཛིན་མེད། སྒྲིག་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyfiles.py" line="31"/>
        <location filename="../../app/security/keyfiles.py" line="33"/>
        <source>The file %1 is not a %2 key file.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ནི་ %2 གསང་ལྡེའི་ཡིག་ཆ་མིན།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="84"/>
        <source>The password needs at least 8 characters.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་ལ་ཡིག་རྟགས་ཉུང་མཐར་ 8 དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="86"/>
        <source>The password must not be one character repeated.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་ནི་ཡིག་རྟགས་གཅིག་བསྐྱར་ཟློས་བྱས་པ་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="206"/>
        <location filename="../../app/security/keyring.py" line="225"/>
        <source>The key file %1 cannot be written.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ %1 འབྲི་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="172"/>
        <source>The key file %1 cannot be read.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ %1 ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="174"/>
        <location filename="../../app/security/keyring.py" line="192"/>
        <location filename="../../app/security/keyring.py" line="350"/>
        <source>The key file %1 is damaged.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ %1 ལ་སྐྱོན་ཤོར་འདུག</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="252"/>
        <source>Enter a user name.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="259"/>
        <location filename="../../app/security/keyring.py" line="276"/>
        <location filename="../../app/services/station.py" line="275"/>
        <location filename="../../app/services/station.py" line="282"/>
        <location filename="../../app/services/user_names.py" line="84"/>
        <source>The user name %1 is already taken.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་ %1 སྔོན་ནས་བེད་སྤྱོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="348"/>
        <location filename="../../app/services/station.py" line="187"/>
        <source>Wrong user name or password.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་ངམ་གསང་ཨང་ནོར་འདུག</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="387"/>
        <source>No county recovery key is set up for this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདི་ལ་རྫོང་གི་སོར་ཆུད་ཀྱི་གསང་ལྡེ་སྒྲིག་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="392"/>
        <location filename="../../app/security/keyring.py" line="394"/>
        <source>This recovery key does not fit this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སོར་ཆུད་ཀྱི་གསང་ལྡེ་འདི་ས་ཚིགས་འདི་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="46"/>
        <source>This case file no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="83"/>
        <source>Please choose the person this case is about.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདིའི་ཞབས་ཞུའི་བྱ་ཡུལ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="87"/>
        <location filename="../../app/services/cases.py" line="117"/>
        <source>Please choose the risk level.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁའི་རིམ་པ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="113"/>
        <source>This case is waiting for review or closed; it cannot be edited.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདི་ཞིབ་བཤེར་སྒུག་བཞིན་པའམ་མཇུག་སྒྲིལ་ཟིན་པས་བཟོ་བཅོས་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="126"/>
        <source>Only the case&apos;s own worker may change it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདིའི་འགན་འཁུར་བའི་སྤྱི་ཚོགས་ལས་ཀ་བ་ཁོ་ནས་བཟོ་བཅོས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="132"/>
        <source>Please fill in this stage before moving on.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ་འདི་འགེངས་རྗེས་མུ་མཐུད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="141"/>
        <source>This stage needs the supervisor&apos;s approval to move on.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ་འདི་མུ་མཐུད་པར་ལྟ་ཞིབ་སློབ་སྟོན་པའི་ཆོག་མཆན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="154"/>
        <source>Only a service plan or a closure is submitted for review.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི་དང་སྒེར་དོན་མཇུག་སྒྲིལ་ཁོ་ན་ཞིབ་བཤེར་ལ་ཕུལ་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="156"/>
        <source>This case is already waiting for review.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདི་ཞིབ་བཤེར་སྒུག་བཞིན་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="170"/>
        <source>Only a supervisor may review case files.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པ་ཁོ་ནས་སྒེར་དོན་ཡིག་ཚགས་ཞིབ་བཤེར་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="174"/>
        <source>This case is not waiting for review.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདི་ཞིབ་བཤེར་སྒུག་བཞིན་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="176"/>
        <source>You cannot review a case file of your own.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རང་ཉིད་ཀྱི་སྒེར་དོན་ཡིག་ཚགས་རང་གིས་ཞིབ་བཤེར་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="221"/>
        <source>Services are recorded once the service plan is approved.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི་ཆོག་མཆན་ཐོབ་རྗེས་ཞབས་ཞུ་ཐོ་འགོད་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="224"/>
        <location filename="../../app/services/corrections.py" line="104"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐར་མ་ 0 ནས་ 1440 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="227"/>
        <location filename="../../app/services/corrections.py" line="107"/>
        <source>A service cannot be before the case was opened.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཚེས་གྲངས་སྒེར་དོན་དང་ལེན་བྱས་པའི་སྔོན་དུ་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="242"/>
        <source>This task no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་འགན་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/models/catalog.py" line="48"/>
        <source>This file is not a service catalogue.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་འདི་ཞབས་ཞུའི་དཀར་ཆག་མིན།</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="60"/>
        <source>Please choose a valid entry from the list.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་གཞུང་ནང་ནས་ནུས་ལྡན་གྱི་དོན་ཚན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="63"/>
        <source>This service item does not belong to the chosen service domain.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན་འདི་བདམས་པའི་ཞབས་ཞུའི་ཁྱབ་ཁོངས་སུ་མི་གཏོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="60"/>
        <source>Please enter the name in Chinese or in Tibetan.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་རྒྱ་ཡིག་གམ་བོད་ཡིག་གིས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="62"/>
        <source>Please choose the sex.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="42"/>
        <location filename="../../app/services/household_facts.py" line="65"/>
        <location filename="../../app/services/households.py" line="64"/>
        <source>Please choose the relation to the head of household.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="68"/>
        <source>The birth date cannot be in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས་མ་འོངས་པར་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="79"/>
        <source>The birth date does not match the ID number (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས་དང་ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ (%1) མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="85"/>
        <source>The sex does not match the ID number.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ་དང་ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="111"/>
        <source>The ID number %1 is already registered for %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ནི་ %2 ཡི་མིང་ཐོག་ཐོ་འགོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="118"/>
        <location filename="../../app/services/records.py" line="124"/>
        <source>Please choose the village.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ) འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="134"/>
        <source>A household needs at least one member.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་རེར་ཁྱིམ་མི་ཉུང་མཐར་གཅིག་དགོས།</translation>
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
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="24"/>
        <source>The date cannot be in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་མ་འོངས་པར་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="72"/>
        <location filename="../../app/services/records.py" line="51"/>
        <location filename="../../app/services/records.py" line="188"/>
        <source>Please choose the household.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="56"/>
        <source>Please choose at least one service item.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན་ཉུང་མཐར་གཅིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="63"/>
        <source>The follow-up date must be after the visit.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་འདེད་ཚེས་གྲངས་བཅར་འདྲིའི་རྗེས་སུ་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="66"/>
        <source>People served must be between 1 and 50.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་ཞུས་པའི་མི་གྲངས་ 1 ནས་ 50 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="115"/>
        <source>Please choose the kind of activity.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོའི་རིགས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="129"/>
        <source>A person on the roster no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་ཐོའི་ནང་གི་མི་སྣ་ཞིག་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="133"/>
        <source>The headcount must be between 0 and 5000.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གྲངས་ 0 ནས་ 5000 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="136"/>
        <source>Please add participants or enter the headcount.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉམ་ཞུགས་པ་ཁ་སྣོན་རོགས། ཡང་ན་མི་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="184"/>
        <source>Enter an amount of money or describe what was given in kind.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་འཇུག་རོགས། ཡང་ན་སྤྲད་པའི་དངོས་པོ་གསལ་བཤད་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="191"/>
        <source>Please choose the person.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="78"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་ནི་ལ་ཏིན་ཡི་གེ། ཨང་ཀི། ཚེག (.)། ཐིག་ཆུང་ (-)། འོག་ཐིག (_) བཅས་ཀྱི་ཡིག་རྟགས་ 2 ནས་ 32 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="117"/>
        <location filename="../../app/services/join.py" line="100"/>
        <location filename="../../app/services/restore.py" line="75"/>
        <location filename="../../app/services/station.py" line="135"/>
        <source>A station is already set up in %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་ས་ཚིགས་སྒྲིག་འགོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="145"/>
        <source>Please fill in the station name and your name.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་མིང་དང་ཁྱེད་རང་གི་མིང་འགེངས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="203"/>
        <source>No station is set up in %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་ས་ཚིགས་སྒྲིག་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="63"/>
        <source>The lock time must be between 1 and 120 minutes.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒོ་ལྕགས་རྒྱག་པའི་དུས་ཚོད་སྐར་མ་ 1 ནས་ 120 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="82"/>
        <location filename="../../app/services/station.py" line="268"/>
        <source>Please choose a role.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོ་གནས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="271"/>
        <source>Please enter the person&apos;s name.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣའི་མིང་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/restore.py" line="135"/>
        <location filename="../../app/services/staff.py" line="190"/>
        <location filename="../../app/services/station.py" line="304"/>
        <source>There is no user %1 at this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདིར་སྤྱོད་མཁན་ %1 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="115"/>
        <location filename="../../app/services/workspace.py" line="47"/>
        <source>Your role (%1) may not do this.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱེད་ཀྱི་གོ་གནས་ (%1) ཡིས་འདི་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="83"/>
        <source>Please enter a date.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="87"/>
        <source>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>“%1” ནི་ཚེས་གྲངས་མིན། 1958-03-07 དང་། 1958年3月7日། 1958-03 ཡང་ན་ལོ་ 1958 ཁོ་ན་ལྟར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="92"/>
        <source>The year %1 is not possible here: please enter a year between %2 and %3.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདིར་ལོ་ %1 འབྲི་མི་ཆོག ལོ་ %2 ནས་ %3 བར་གྱི་ལོ་ཞིག་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="95"/>
        <source>%1 is not a real date: there is no month %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་ཚེས་གྲངས་ངོ་མ་མིན། ཟླ་བ་ %2 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="98"/>
        <source>%1 is not a real date: month %2 of %3 has only %4 days.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་ཚེས་གྲངས་ངོ་མ་མིན། ལོ་ %3 ཟླ་བ་ %2 ལ་ཉིན་ %4 ལས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="109"/>
        <source>The date %1 is in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་ %1 མ་འོངས་པ་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="110"/>
        <source>The date %1 is too late: the latest date allowed here is %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་ %1 ཕྱི་དྲགས་འདུག འདིར་ཆོག་པའི་ཚེས་གྲངས་ཕྱི་ཤོས་ནི་ %2 ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The date %1 is too early: the earliest date allowed here is %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་ %1 སྔ་དྲགས་འདུག འདིར་ཆོག་པའི་ཚེས་གྲངས་སྔ་ཤོས་ནི་ %2 ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="123"/>
        <source>Please enter the full date with year, month and day, for example 2024-03-07.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་ཟླ་ཚེས་ཚང་བའི་ཚེས་གྲངས་འཇུག་རོགས། དཔེར་ན་ 2024-03-07།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="141"/>
        <source>Please enter an amount.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="146"/>
        <source>The amount %1 is negative. Please enter an amount of 0 or more.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་ %1 ཀླད་ཀོར་ལས་ཆུང་། 0 དང་དེ་ལས་མང་བའི་དངུལ་འབོར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="151"/>
        <source>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་གི་རྟགས་ &apos;,&apos; ཡི་གནས་ས་ནོར་འདུག དངུལ་འབོར་རྟགས་ &apos;,&apos; མེད་པར་འབྲི་རོགས། དཔེར་ན་ 1200.50།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="156"/>
        <source>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>“%1” ནི་དངུལ་འབོར་མིན། ཨང་ཀི་ཁོ་ན་བེད་སྤྱོད་རོགས། དཔེར་ན་ 1200 ཡང་ན་ 1200.50།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="162"/>
        <source>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་ %1 གི་ཚེག་རྗེས་ཀྱི་ཨང་ཀི་མང་དྲགས་འདུག མང་མཐར་ 2 ལས་མི་ཆོག (ཟུར་དང་ཕུན)།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="166"/>
        <source>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་འབོར་ %1 ཆེ་དྲགས་འདུག མང་མཐར་སྒོར་ 100,000,000 ལས་འཇུག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="180"/>
        <location filename="../../app/validation/fields.py" line="194"/>
        <source>Please fill in this field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དོན་ཚན་འདི་འགེངས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="188"/>
        <source>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་རིང་དྲགས་འདུག ཡིག་རྟགས་ %1 ཡོད། མང་མཐར་ %2 ལས་མི་ཆོག ཐུང་དུ་གཏོང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="201"/>
        <source>A name cannot contain digits (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་ནང་ཨང་ཀི་ (%1) ཚུད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="216"/>
        <source>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག་མིང་ནང་བོད་ཡིག་ཚུད་འདུག བོད་ཡིག་མིང་བོད་ཡིག་མིང་གི་སྟོང་ཆར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="219"/>
        <source>The Chinese name must be written in Chinese characters.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག་མིང་རྒྱ་ཡིག་གིས་འབྲི་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="224"/>
        <source>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག་མིང་ནང་ “%1” ཚུད་མི་ཆོག རྒྱ་ཡིག་དང་བར་ཚེག · ཁོ་ན་བེད་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="240"/>
        <source>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག་མིང་ནང་རྒྱ་ཡིག་ཚུད་འདུག རྒྱ་ཡིག་མིང་རྒྱ་ཡིག་མིང་གི་སྟོང་ཆར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="245"/>
        <source>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག་མིང་བོད་ཡིག་གིས་འབྲི་དགོས། Tashi ལྟ་བུའི་ལ་ཏིན་ཡི་གེའི་སྦྱོར་ཚུལ་ལ་ཏིན་མིང་གི་སྟོང་ཆར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="249"/>
        <source>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག་མིང་ནང་ “%1” ཚུད་མི་ཆོག བོད་ཡིག་ཁོ་ན་བེད་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="274"/>
        <source>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་པར་ཨང་གྲངས་ %1 ལ་ས་ཁོངས་ཨང་གྲངས་མེད། མདུན་དུ་ས་ཁོངས་ཨང་གྲངས་སྣོན་རོགས། དཔེར་ན་ 0891-6321234།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="277"/>
        <source>A mobile number has 11 digits, but %1 has %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལག་ཁྱེར་ཁ་པར་གྱི་ཨང་གྲངས་ལ་ཨང་ཀི་ 11 ཡོད་དགོས། འོན་ཀྱང་ %1 ལ་ %2 ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="280"/>
        <source>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་བེད་སྤྱོད་ཆོག་པའི་ཁ་པར་ཨང་གྲངས་མིན། ཨང་ཀི་ 11 ཡོད་པའི་ལག་ཁྱེར་ཁ་པར་རམ། ས་ཁོངས་ཨང་གྲངས་ཡོད་པའི་ཁ་པར་ཨང་གྲངས་འཇུག་རོགས། དཔེར་ན་ 0891-6321234།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="87"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, does not exist.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག དེའི་ནང་གི་སྐྱེས་ཚེས་ %2 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="92"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག དེའི་ནང་གི་སྐྱེས་ཚེས་ %2 ནི་ལོ་ 1900 གྱི་སྔོན་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="97"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག དེའི་ནང་གི་སྐྱེས་ཚེས་ %2 མ་འོངས་པ་ཡིན།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="113"/>
        <source>Please enter the ID number.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="116"/>
        <source>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་ཨང་ཀི་ 15 ཅན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་རྙིང་པའི་ཨང་གྲངས་ཡིན། མི་དེའི་ད་ལྟའི་ཐོབ་ཐང་ལག་ཁྱེར་སྟེང་གི་ཨང་ཀི་ 18 ཅན་གྱི་ཨང་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="122"/>
        <source>The ID number %1 has %2 characters, but an ID number must have 18.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ལ་ཡིག་རྟགས་ %2 ཡོད། འོན་ཀྱང་ 18 ཡོད་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="128"/>
        <source>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག ཨང་ཀི་ཁོ་ན་ཡོད་ཆོག ཡིག་རྟགས་མཐའ་མ་ཁོ་ན་ X ཡིན་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="136"/>
        <source>The ID number %1 is not valid: with these first 17 digits its last character should be %2. Please compare every digit with the ID card.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག ཨང་ཀི་དང་པོ་ 17 ལྟར་ན་ཡིག་རྟགས་མཐའ་མ་ %2 ཡིན་དགོས། ཨང་ཀི་རེ་རེ་བཞིན་ཐོབ་ཐང་ལག་ཁྱེར་དང་བསྡུར་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/figures.py" line="34"/>
        <source>Please give the month as YYYY-MM, e.g. 2026-10.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ་ YYYY-MM ལྟར་འབྲི་རོགས། དཔེར་ན་ 2026-10།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="14"/>
        <source>Monthly service summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་རེའི་ཞབས་ཞུའི་ཕྱོགས་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="16"/>
        <source>County roll-up</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ཡོངས་ཀྱི་ཕྱོགས་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="72"/>
        <location filename="../../app/reports/strings.py" line="18"/>
        <source>Month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="73"/>
        <location filename="../../app/reports/sheets.py" line="122"/>
        <location filename="../../app/reports/strings.py" line="20"/>
        <source>Station</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="22"/>
        <source>Generated</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོས་དུས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="24"/>
        <location filename="../../app/reports/strings.py" line="224"/>
        <source>Households visited</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲི་བྱས་པའི་ཁྱིམ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="26"/>
        <location filename="../../app/reports/strings.py" line="224"/>
        <source>Visits</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲིའི་ཐེངས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="28"/>
        <location filename="../../app/reports/strings.py" line="225"/>
        <source>Case files established</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསར་འཛུགས་བྱས་པའི་སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="30"/>
        <location filename="../../app/reports/strings.py" line="225"/>
        <source>Case services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཞབས་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="32"/>
        <location filename="../../app/reports/strings.py" line="226"/>
        <source>Group activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚོགས་ཆུང་གི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="34"/>
        <location filename="../../app/reports/strings.py" line="227"/>
        <source>Themed and community activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྗོད་གཞི་ཅན་དང་སྡེ་ཁུལ་གྱི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="36"/>
        <location filename="../../app/reports/strings.py" line="228"/>
        <source>Resources linked</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྲེལ་མཐུད་བྱས་པའི་ཐོན་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="38"/>
        <location filename="../../app/reports/strings.py" line="228"/>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Money (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་ (སྒོར)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="40"/>
        <location filename="../../app/reports/strings.py" line="229"/>
        <source>In kind (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངོས་པོའི་རིན་ཐང་ (སྒོར)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="42"/>
        <location filename="../../app/reports/strings.py" line="230"/>
        <location filename="../../app/reports/strings.py" line="231"/>
        <source>Resource amount (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་ཀྱི་དངུལ་འབོར་ (སྒོར)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="44"/>
        <location filename="../../app/reports/strings.py" line="232"/>
        <source>Person-times served</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་མི་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="46"/>
        <source>Figure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲངས་ཀ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="48"/>
        <location filename="../../app/reports/strings.py" line="238"/>
        <source>This month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ་འདི</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="50"/>
        <location filename="../../app/reports/strings.py" line="238"/>
        <source>Previous month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ་སྔོན་མ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="52"/>
        <location filename="../../app/reports/strings.py" line="239"/>
        <source>Year to date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་འདིའི་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="54"/>
        <source>Overview</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མདོར་བསྟན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="56"/>
        <location filename="../../app/reports/strings.py" line="234"/>
        <source>By service domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="58"/>
        <location filename="../../app/reports/strings.py" line="234"/>
        <source>By target group</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="60"/>
        <location filename="../../app/reports/strings.py" line="235"/>
        <source>By village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ) ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="62"/>
        <location filename="../../app/reports/strings.py" line="235"/>
        <source>By resource source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="64"/>
        <location filename="../../app/reports/strings.py" line="236"/>
        <location filename="../../app/services/history.py" line="32"/>
        <source>Service domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="66"/>
        <location filename="../../app/reports/strings.py" line="236"/>
        <source>Target group</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="68"/>
        <location filename="../../app/reports/strings.py" line="237"/>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="70"/>
        <location filename="../../app/reports/strings.py" line="237"/>
        <source>Resource source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="72"/>
        <source>(none)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>(མེད)</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="74"/>
        <source>Total</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="76"/>
        <source>A household or record can belong to several target groups: rows overlap.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་ངམ་ཟིན་ཐོ་གཅིག་ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས་མང་པོར་གཏོགས་སྲིད་པས་ཐིག་ཕྲེང་ཕན་ཚུན་ཟུང་འབྲེལ་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="78"/>
        <source>Person-times served by service domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས་སོ་སོའི་ཞབས་ཞུའི་མི་ཐེངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="80"/>
        <source>Contract targets</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གན་རྒྱའི་དམིགས་འབེན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="82"/>
        <source>Measure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚད་གཞི</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="84"/>
        <source>All domains</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="86"/>
        <source>Yearly target</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་འཁོར་གྱི་དམིགས་འབེན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="88"/>
        <source>Progress</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལེགས་གྲུབ་ཀྱི་ཚད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="90"/>
        <source>Expected by now</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་བར་ལེགས་གྲུབ་དགོས་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="92"/>
        <source>No contract targets have been entered for this year.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་འདིའི་གན་རྒྱའི་དམིགས་འབེན་ད་དུང་འཇུག་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="94"/>
        <source>Record manifest</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོའི་ཐོ་གཞུང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="96"/>
        <source>SHA-256 of the records counted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྩིས་པའི་ཟིན་ཐོའི་ SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="116"/>
        <location filename="../../app/reports/strings.py" line="98"/>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Kind</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="100"/>
        <source>Records</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ</translation>
    </message>
    <message>
        <source>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">སྙིང་བསྡུས་འདི་ནི་བརྩིས་པའི་ཟིན་ཐོ་རེ་རེའི་རིགས་དང་། ངོ་རྟགས། དུས་རྟགས་གསུམ་རེའུ་མིག་བཟོ་རྟགས་ཀྱིས་ཕྱེ་བའི་ཐིག་ཕྲེང་གོ་རིམ་ལྟར་བསྒྲིགས་རྗེས་བརྩིས་པའི་ SHA-256 ཡིན། XLSX དང་ CSV ཕྱིར་འདོན་ཡིག་ཆའི་ནང་ཟིན་ཐོ་དེ་དག་ཡོད་པས་རྩིས་ཞིབ་པས་སྙན་ཞུ་ཕུལ་རྗེས་བཟོ་བཅོས་གང་ཡང་བྱས་མེད་པ་ཞིབ་བཤེར་བྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="104"/>
        <source>Page %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་ངོས་ %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="106"/>
        <source>%1 stations</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="171"/>
        <location filename="../../app/reports/strings.py" line="108"/>
        <location filename="../../app/services/history.py" line="44"/>
        <source>Case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="110"/>
        <location filename="../../app/services/access_request.py" line="211"/>
        <source>Case number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="172"/>
        <location filename="../../app/reports/strings.py" line="112"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="114"/>
        <location filename="../../app/services/history.py" line="42"/>
        <source>ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="116"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="118"/>
        <source>Risk level</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁའི་རིམ་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="120"/>
        <location filename="../../app/services/access_request.py" line="212"/>
        <source>Opened on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དང་ལེན་ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="122"/>
        <location filename="../../app/services/history.py" line="44"/>
        <source>Stage</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="124"/>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="126"/>
        <location filename="../../app/reports/strings.py" line="212"/>
        <source>Intake</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་དང་ལེན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="128"/>
        <location filename="../../app/services/access_request.py" line="213"/>
        <source>Intake source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་གྱི་འབྱུང་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="130"/>
        <source>Intake reason</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དང་ལེན་གྱི་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="132"/>
        <location filename="../../app/reports/strings.py" line="212"/>
        <location filename="../../app/services/history.py" line="47"/>
        <source>Needs assessment</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དགོས་མཁོ་དཔྱད་དཔོག</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="134"/>
        <location filename="../../app/reports/strings.py" line="213"/>
        <source>Service plan</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="136"/>
        <location filename="../../app/services/history.py" line="48"/>
        <source>Goals</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དམིགས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="138"/>
        <location filename="../../app/services/history.py" line="48"/>
        <source>Actions</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱ་སྤྱོད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="140"/>
        <source>Services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="142"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="32"/>
        <source>Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="144"/>
        <location filename="../../app/services/history.py" line="33"/>
        <source>Service item</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="146"/>
        <location filename="../../app/services/history.py" line="43"/>
        <source>Minutes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐར་མ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="148"/>
        <location filename="../../app/services/history.py" line="34"/>
        <source>Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="150"/>
        <location filename="../../app/services/access_request.py" line="222"/>
        <source>Supervisor&apos;s reviews</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པའི་ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="152"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <source>Decision</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐག་གཅོད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="154"/>
        <location filename="../../app/services/access_request.py" line="213"/>
        <source>Reviewer</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་བ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="156"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <source>Comments</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསམ་འཆར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="158"/>
        <location filename="../../app/reports/strings.py" line="214"/>
        <source>Closure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་མཇུག་སྒྲིལ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="160"/>
        <source>Closure reason</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="162"/>
        <source>Closure summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་གྱི་སྙིང་བསྡུས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="164"/>
        <location filename="../../app/services/access_request.py" line="212"/>
        <source>Closed on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="96"/>
        <location filename="../../app/reports/strings.py" line="166"/>
        <source>None recorded.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="190"/>
        <source>Printed by %1 on %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཡིས་ %2 ལ་པར་བཏབ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="194"/>
        <location filename="../../app/reports/strings.py" line="214"/>
        <source>Closed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="196"/>
        <location filename="../../app/reports/strings.py" line="215"/>
        <source>Not submitted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕུལ་མེད</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="198"/>
        <location filename="../../app/reports/strings.py" line="215"/>
        <source>Submitted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="200"/>
        <location filename="../../app/reports/strings.py" line="216"/>
        <source>Approved</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆོག་མཆན་ཐོབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="202"/>
        <location filename="../../app/reports/strings.py" line="216"/>
        <source>Returned</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་སློག་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="204"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>Low</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དམའ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="206"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>Medium</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྲིང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="208"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>High</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཐོ</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">སྙན་ཞུ་འདོར་ཚར།</translation>
    </message>
    <message>
        <location filename="../../app/server/keys.py" line="43"/>
        <source>County keys already exist in %1; refusing to overwrite them.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་རྫོང་གི་གསང་ལྡེ་ཡོད་ཟིན་པས་དེའི་སྟེང་བྲིས་མི་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="235"/>
        <location filename="../../app/services/settings.py" line="66"/>
        <source>Please choose a language.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐད་བརྡ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="49"/>
        <source>There is no case file %1 at this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདིར་སྒེར་དོན་ཡིག་ཚགས་ %1 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="57"/>
        <source>This device is not yet enrolled with the county server.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒྲིག་ཆས་འདི་ད་དུང་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་སུ་སྡུད་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="106"/>
        <source>Please choose one of the two values.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲངས་ཐང་གཉིས་ལས་གཅིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="110"/>
        <source>This conflict no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གདོང་གཏུག་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="114"/>
        <source>The record of this conflict no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གདོང་གཏུག་འདིའི་ཟིན་ཐོ་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="33"/>
        <source>The county server refused: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ངོས་ལེན་མ་བྱས། %1</translation>
    </message>
    <message>
        <source>The county server cannot be reached (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་བྱེད་མི་ཐུབ། (%1)</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="84"/>
        <location filename="../../app/reports/export.py" line="113"/>
        <source>Please choose PDF, XLSX or CSV.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF དང་ XLSX ཡང་ན་ CSV འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="192"/>
        <location filename="../../app/reports/strings.py" line="213"/>
        <source>Service delivery</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་སྒྲུབ་པ</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="157"/>
        <source>The station&apos;s own computer has not synced yet; sync it first, then join this device.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་རྩིས་འཁོར་གཙོ་བོ་ད་དུང་གོམ་མཉམ་བྱས་མེད། སྔོན་ལ་དེ་གོམ་མཉམ་བྱས་རྗེས་སྒྲིག་ཆས་འདི་མཉམ་ཞུགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="84"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡུད་སྡེར་གང་བ། ཅི་ཡང་ཉར་ཚགས་བྱས་མེད། བར་སྟོང་ཅུང་ཟད་ཕྱེ་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="86"/>
        <source>The disk could not be written: nothing was saved. Check the disk or USB stick and try again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡུད་སྡེར་ལ་འབྲི་མ་ཐུབ། ཅི་ཡང་ཉར་ཚགས་བྱས་མེད། སྡུད་སྡེར་རམ་USB ལ་ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="89"/>
        <source>The data store is damaged. Nothing was saved; restore the latest backup or ask the county for help.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་མཛོད་ལ་སྐྱོན་ཤོར་འདུག ཅི་ཡང་ཉར་ཚགས་བྱས་མེད། ཉེ་ཆར་གྱི་གྲབས་ཉར་སོར་ཆུད་བྱེད་པའམ་རྫོང་ལ་རོགས་རམ་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="90"/>
        <source>The diagnostics could not be written to %1: %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནད་གཞི་ཞིབ་དཔྱད་ཀྱི་ཆ་འཕྲིན %1 ལ་འབྲི་མ་ཐུབ། %2</translation>
    </message>
    <message>
        <location filename="../../app/services/updates.py" line="41"/>
        <source>This computer is not enrolled with a county yet: choose a folder that holds an update.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདི་ད་དུང་རྫོང་དུ་ཐོ་འགོད་བྱས་མེད། གསར་སྒྱུར་ཡོད་པའི་ཡིག་ཁུག་ཅིག་འདེམས་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="74"/>
        <source>Updates are not set up in this build of the program.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱ་རིམ་གྱི་པར་གཞི་འདིར་གསར་སྒྱུར་སྒྲིག་འགོད་བྱས་མེད</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="97"/>
        <source>The county&apos;s update folder could not be reached (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་གསར་སྒྱུར་ཡིག་ཁུག་ལ་འབྲེལ་བ་བྱེད་མ་ཐུབ (%1)</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="101"/>
        <source>An update was offered that is not signed by the release keys. It was refused; tell your county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འགྲེམས་སྤེལ་གསང་ལྡེའི་མིང་རྟགས་མེད་པའི་གསར་སྒྱུར་ཞིག་བྱུང་བས་ངོས་ལེན་མ་བྱས། རྫོང་ལ་བརྡ་ཐོ་གཏོང་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="127"/>
        <source>There is no newer version than %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ལས་གསར་བའི་པར་གཞི་མེད</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="131"/>
        <location filename="../../app/updates/client.py" line="140"/>
        <source>The update could not be downloaded completely (%1). It goes on from where it stopped next time.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསར་སྒྱུར་ཆ་ཚང་ཕབ་ལེན་བྱེད་མ་ཐུབ (%1)། ཐེངས་རྗེས་མར་མཚམས་ཆད་སར་ནས་མུ་མཐུད</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="137"/>
        <source>The downloaded update does not match its signature and was deleted. Tell your county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕབ་ལེན་བྱས་པའི་གསར་སྒྱུར་དེ་མིང་རྟགས་དང་མི་མཐུན་པས་བསུབས་ཟིན། རྫོང་ལ་བརྡ་ཐོ་གཏོང་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="259"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་དུས་ཚོད་དེའི་ཟིན་ཐོ་གསར་ཤོས་ལས་སྔ་བ་རེད། ཚེས་གྲངས་སམ་དུས་ཚོད་བསྒྱུར་འདུག ཞིབ་བཤེར་གནང་རོགས། ཁྱེད་ཀྱིས་འབྲི་བའི་ཚེས་གྲངས་ཇི་བཞིན་ཉར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="263"/>
        <source>This computer&apos;s clock differs from the county server&apos;s by %1 minutes. Please set the date and time; records still go through.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་དུས་ཚོད་དང་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་བར་སྐར་མ་ %1 ཁྱད་པར་འདུག ཚེས་གྲངས་དང་དུས་ཚོད་སྒྲིག་རོགས། ཟིན་ཐོ་རྒྱུན་ལྡན་ལྟར་བསྐུར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/models/migrate.py" line="77"/>
        <source>This data was saved by a newer version of Station Ledger (data format %1; this version knows up to %2). Please install the newer version; nothing has been changed.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞི་གྲངས་འདི་ས་ཚིགས་ཐོ་དེབ་ཀྱི་པར་གཞི་གསར་བ་ཞིག་གིས་ཉར་ཚགས་བྱས་འདུག (གཞི་གྲངས་རྣམ་པ %1; པར་གཞི་འདིས་ %2 བར་ལས་ངོས་མི་ཟིན།) པར་གཞི་གསར་བ་སྒྲིག་འཇུག་གནང་རོགས། བཟོ་བཅོས་གང་ཡང་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="18"/>
        <source>The change is damaged (not a change record).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདི་སྐྱོན་ཅན་རེད། (བཟོ་བཅོས་ཀྱི་ཟིན་ཐོ་མིན།)</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="19"/>
        <source>The change has no valid change id.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདིར་ནུས་ལྡན་གྱི་བཟོ་བཅོས་ཨང་རྟགས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="20"/>
        <source>The county server does not know this kind of record (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཟིན་ཐོའི་རིགས་འདི་ངོས་མི་ཟིན། (%1)</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="21"/>
        <source>The change has no valid record id.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདིར་ནུས་ལྡན་གྱི་ཟིན་ཐོའི་ཨང་རྟགས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="22"/>
        <source>The change has an unknown operation.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདིའི་བྱ་སྤྱོད་ངོས་མི་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="23"/>
        <source>The change was made on another device.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདི་སྒྲིག་ཆས་གཞན་ཞིག་ཐོག་བྱས་འདུག</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="24"/>
        <source>The list of changed fields is damaged.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་བྱས་པའི་ཚན་པའི་ཐོ་གཞུང་སྐྱོན་ཅན་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="25"/>
        <source>The record sent with the change is missing or is another record.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་དང་མཉམ་དུ་བསྐུར་བའི་ཟིན་ཐོ་མི་འདུག་པའམ་ཟིན་ཐོ་གཞན་ཞིག་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="26"/>
        <source>The earlier values sent with the change are damaged.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་དང་མཉམ་དུ་བསྐུར་བའི་སྔོན་གྱི་གྲངས་ཐང་སྐྱོན་ཅན་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="27"/>
        <source>The county server does not know these fields of %1: %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ %1 ཡི་ཚན་པ་འདི་དག་ངོས་མི་ཟིན། %2</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="28"/>
        <source>The county server must be updated first: this device uses a newer record format (%1; the county knows up to %2). The change will be sent again after the update.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྔོན་ལ་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་གསར་བསྒྱུར་བྱེད་དགོས། སྒྲིག་ཆས་འདིས་ཟིན་ཐོའི་རྣམ་པ་གསར་བ་བཀོལ་འདུག (%1; རྫོང་གིས་ %2 བར་ལས་ངོས་མི་ཟིན།) གསར་བསྒྱུར་བྱས་རྗེས་བཟོ་བཅོས་འདི་བསྐྱར་དུ་བསྐུར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="31"/>
        <source>The change has a damaged clock stamp.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདིའི་དུས་ཚོད་མཚོན་རྟགས་སྐྱོན་ཅན་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="32"/>
        <source>The record belongs to another station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་ས་ཚིགས་གཞན་ཞིག་གི་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="33"/>
        <source>A value is not valid for %1: %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་གི་གྲངས་ཐང་ཞིག་ནུས་མེད་རེད། %2</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="52"/>
        <source>%1 is the number of %2 case files (made on different laptops before case numbers carried the laptop&apos;s letter). Print it from the case&apos;s own page, or give one of these ids instead: %3</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་སྒེར་དོན་ཡིག་ཚགས་ %2 ཡི་ཨང་གྲངས་རེད (སྒེར་དོན་ཨང་གྲངས་ལ་རྩིས་འཁོར་གྱི་ཡི་གེ་མ་བཀོད་སྔོན་རྩིས་འཁོར་མི་འདྲ་བས་བཟོས།) སྒེར་དོན་རང་གི་ཤོག་ངོས་ནས་པར་འདེབས་བྱེད་པའམ་ཡང་ན་ཨང་རྟགས་འདི་དག་ལས་གཅིག་སྤྱོད་རོགས། %3</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="273"/>
        <source>This refused change no longer exists.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ངོས་ལེན་མ་བྱས་པའི་བཟོ་བཅོས་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="53"/>
        <source>The first six digits of this ID number, %1, are not a region code of China. Please compare them with the ID card; the record can still be saved.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་འདིའི་ཨང་གྲངས་དང་པོ་དྲུག %1 ནི་ཀྲུང་གོའི་ས་ཁུལ་ཨང་རྟགས་མིན། ལག་འཁྱེར་དང་བསྡུར་རོགས། ཟིན་ཐོ་ད་དུང་ཉར་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="142"/>
        <source>The ID number %1 is not valid: %2 is not a region code of China. Please compare the first six digits with the ID card.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ནོར་འདུག %2 ནི་ཀྲུང་གོའི་ས་ཁུལ་ཨང་རྟགས་མིན། ཨང་གྲངས་དང་པོ་དྲུག་ལག་འཁྱེར་དང་བསྡུར་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="120"/>
        <location filename="../../app/reports/export.py" line="163"/>
        <source>The monthly summary for %1 could not be written as %2. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཟླ་རེའི་བསྡོམས་རྩིས་ %2 ཡིག་ཆར་འབྲི་མ་ཐུབ། གང་ཡང་ཉར་ཚགས་བྱས་མེད། &quot;ཞིབ་ཆ་མཁོ་ཕབ&quot; མནན་ནས་རྫོང་ལ་བརྡ་སྤྲོད་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="205"/>
        <source>Case file %1 could not be printed. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 པར་འདེབས་བྱེད་མ་ཐུབ། གང་ཡང་ཉར་ཚགས་བྱས་མེད། &quot;ཞིབ་ཆ་མཁོ་ཕབ&quot; མནན་ནས་རྫོང་ལ་བརྡ་སྤྲོད་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/text/policy.py" line="97"/>
        <source>This text contains characters that cannot be printed or exported: %1. Please delete them and type the text again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡི་གེ་འདིའི་ནང་པར་འདེབས་དང་ཕྱིར་འདོན་བྱེད་མི་ཐུབ་པའི་ཡིག་རྟགས་ཡོད། %1 དེ་དག་བསུབ་ནས་ཡང་བསྐྱར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="54"/>
        <source>Write each change as field=value (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་རེ་རེ་ མིང=ཐང ལྟར་འབྲི་རོགས། (%1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="62"/>
        <source>%1 must be a whole number.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་གྲངས་ཆ་ཚང་ཞིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="87"/>
        <location filename="../../app/services/merging.py" line="58"/>
        <source>There is no field %1 in this record.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདིའི་ནང་ %1 ཞེས་པའི་རེའུ་མིག་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="119"/>
        <source>(another device)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>(སྒྲིག་ཆས་གཞན)</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="121"/>
        <source>Reason</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="118"/>
        <source>There is no case file %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="18"/>
        <source>Undone right after saving</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས་བྱས་མ་ཐག་ཕྱིར་འཐེན་བྱས</translation>
    </message>
    <message>
        <location filename="../../app/services/authorship.py" line="32"/>
        <location filename="../../app/services/corrections.py" line="226"/>
        <source>This kind of record cannot be changed here.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོའི་རིགས་འདི་འདི་ནས་བཟོ་བཅོས་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="315"/>
        <location filename="../../app/services/authorship.py" line="61"/>
        <source>Only the worker who recorded this and the station admin may change it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་འགོད་མཁན་གྱི་སྤྱི་ཚོགས་ལས་ཀ་བ་དང་ས་ཚིགས་དོ་དམ་པ་ཁོ་ནས་བཟོ་བཅོས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="24"/>
        <source>Please say why this record is deleted.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་བསུབ་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="40"/>
        <source>This household still has members: move or delete them first.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་འདིར་ད་དུང་ཁྱིམ་མི་ཡོད། སྔོན་ལ་ཁྱིམ་མི་སྤོ་བའམ་བསུབ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="127"/>
        <source>This record is not deleted.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་བསུབ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="130"/>
        <source>Restore the household this record belongs to first.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྔོན་ལ་ཟིན་ཐོ་འདི་གཏོགས་པའི་ཁྱིམ་ཚང་སླར་གསོ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="133"/>
        <source>The ID number %1 is now registered for someone else.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་ %1 ད་ལྟ་མི་གཞན་ཞིག་གི་མིང་ཐོག་ཐོ་འགོད་བྱས་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="219"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="30"/>
        <source>Organiser</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒྲིག་འཛུགས་པ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="30"/>
        <source>Registered by</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་འགོད་པ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="33"/>
        <source>Service items</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="34"/>
        <source>People served</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་ཞུས་པའི་མི་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Follow-up</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་འདེད</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Title</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་བྱང</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Location</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་གནས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Headcount</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྱུང་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Provider</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཁོ་སྤྲོད་པ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="38"/>
        <source>Goods in kind</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངོས་པོ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="38"/>
        <source>Value of goods (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངོས་པོའི་རིན་ཐང་ (སྒོར)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="39"/>
        <source>Address (Chinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="39"/>
        <source>Address (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Phone</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Relation to the head</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Name (Chinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Name (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Name (Latin letters)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (ལ་ཏིན་ཡི་གེ)</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Sex</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="42"/>
        <source>Birth date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="43"/>
        <source>Target groups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="44"/>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Deleted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Risk</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Role</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོ་གནས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Active</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Assigned to</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འགན་འཁུར་བ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="47"/>
        <source>Reason for intake</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དང་ལེན་གྱི་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="49"/>
        <source>Reason for closing</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="49"/>
        <source>Closing summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་གྱི་སྙིང་བསྡུས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Merged into</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉམ་སྡེབ་བྱས་ས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Status</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གནས་སྟངས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Since</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནས་བཟུང</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="51"/>
        <source>Kept record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་བའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="51"/>
        <source>Merged-away record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉམ་སྡེབ་བྱས་པའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Created</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསར་བཟོ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Changed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="56"/>
        <source>Restored</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སླར་གསོ</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="34"/>
        <source>This household already has a head. To change the head, use “Make head of household”.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་འདིར་ཁྱིམ་བདག་ཡོད་ཟིན། ཁྱིམ་བདག་བརྗེ་ན་“ཁྱིམ་བདག་ཏུ་བཀོད”བེད་སྤྱོད་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="49"/>
        <source>Someone who died or moved away cannot be the head.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདས་གྲོངས་སམ་གནས་སྤོས་ཟིན་པའི་མི་ཁྱིམ་བདག་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="74"/>
        <source>This person already lives in this household.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་འདི་ཁྱིམ་ཚང་འདིར་སྡོད་ཡོད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="80"/>
        <location filename="../../app/services/household_facts.py" line="104"/>
        <source>Make someone else the head of this household first.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྔོན་ལ་ཁྱིམ་མི་གཞན་ཞིག་ཁྱིམ་ཚང་འདིའི་ཁྱིམ་བདག་ཏུ་བཀོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="96"/>
        <source>Please choose what happened.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱུང་བའི་གནས་ཚུལ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="136"/>
        <source>A household has exactly one head.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་རེར་ཁྱིམ་བདག་གཅིག་ཁོ་ན་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/services/merging.py" line="54"/>
        <source>Only persons and households can be merged.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་དང་ཁྱིམ་ཚང་ཁོ་ན་མཉམ་སྡེབ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/merging.py" line="61"/>
        <location filename="../../app/services/merging.py" line="139"/>
        <source>Choose two different records to merge.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉམ་སྡེབ་བྱེད་པར་ཟིན་ཐོ་མི་འདྲ་བ་གཉིས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="25"/>
        <source>There is no such user at this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་འདིར་སྤྱོད་མཁན་དེ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="58"/>
        <source>You cannot switch off your own account.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རང་ཉིད་ཀྱི་ཐོ་ཁོངས་རང་གིས་སྤྱོད་མཚམས་འཇོག་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="61"/>
        <location filename="../../app/services/staff.py" line="89"/>
        <source>The station needs at least one active admin.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ལ་སྤྱོད་བཞིན་པའི་དོ་དམ་པ་ཉུང་མཐར་གཅིག་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="131"/>
        <source>Please choose another worker to hand the cases to.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་རྩིས་སྤྲོད་བྱེད་ས་སྤྱི་ཚོགས་ལས་ཀ་བ་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="134"/>
        <source>%1 is switched off and cannot take cases.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 སྤྱོད་མཚམས་བཞག་ཟིན་པས་སྒེར་དོན་ལེན་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="142"/>
        <source>A chosen case file is not an open case of this worker.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས་པའི་སྒེར་དོན་ཡིག་ཚགས་ནི་སྤྱི་ཚོགས་ལས་ཀ་བ་འདིའི་མཇུག་མ་སྒྲིལ་བའི་སྒེར་དོན་མིན།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="342"/>
        <location filename="../../app/services/station.py" line="189"/>
        <source>This account has been switched off. Ask the station admin.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་ཁོངས་འདི་སྤྱོད་མཚམས་བཞག་ཟིན། ས་ཚིགས་དོ་དམ་པར་འདྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>Chinese</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>Tibetan</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>English</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དབྱིན་ཡིག</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="53"/>
        <source>Chinese and Tibetan</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་བོད་སྐད་གཉིས</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="71"/>
        <source>About this report</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྙན་ཞུའི་གསལ་བཤད</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="75"/>
        <source>Report language</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྙན་ཞུའི་སྐད་བརྡ</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="77"/>
        <location filename="../../app/reports/sheets.py" line="121"/>
        <source>Check number (SHA-256)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་ཨང་རྟགས (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="78"/>
        <source>Records counted</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྩིས་པའི་ཟིན་ཐོའི་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="114"/>
        <source>Record list</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོའི་ཐོ་གཞུང</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="116"/>
        <source>Record number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོའི་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="117"/>
        <source>Time stamp</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དུས་ཚོད་རྟགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="102"/>
        <source>The check number is SHA-256 over one line per record counted (its kind, record number and time stamp), sorted. The Excel workbook (its hidden sheet, the record list) and the CSV export list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་ཨང་རྟགས་ནི་བརྩིས་པའི་ཟིན་ཐོ་རེ་རེའི་ཐིག་ཕྲེང་གཅིག (རིགས་དང་། ཟིན་ཐོའི་ཨང་གྲངས། དུས་ཚོད་རྟགས) གོ་རིམ་ལྟར་བསྒྲིགས་རྗེས་བརྩིས་པའི་ SHA-256 ཡིན། Excel ཡིག་ཆ (དེའི་ནང་གི་སྦས་པའི་ཟིན་ཐོའི་ཐོ་གཞུང) དང་ CSV ཕྱིར་འདོན་ཡིག་ཆའི་ནང་ཟིན་ཐོ་དེ་དག་ཡོད་པས་རྩིས་ཞིབ་པས་སྙན་ཞུ་ཕུལ་རྗེས་བཟོ་བཅོས་གང་ཡང་བྱས་མེད་པ་ཞིབ་བཤེར་བྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="219"/>
        <source>Found during outreach</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲིའི་སྐབས་རྙེད་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="220"/>
        <source>Referred by another office</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་ཁུངས་གཞན་གྱིས་ངོ་སྤྲོད་བྱས་པ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="221"/>
        <source>Came to the station</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་སུ་རང་ཉིད་ཡོང་བ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="222"/>
        <source>Applied for help</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རང་ཉིད་ཀྱིས་རོགས་རམ་ཞུ་བ</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="176"/>
        <source>The county server did not answer in time. It will be tried again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་དུས་ཐོག་ལན་མ་བཏབ། ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="178"/>
        <source>There is no connection to the county server (check the network and the server address). It will be tried again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་མེད། (དྲ་རྒྱ་དང་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གནས་ཡུལ་ལ་ཞིབ་བཤེར་གནང་རོགས།) ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="155"/>
        <location filename="../../app/sync/transport.py" line="180"/>
        <source>The connection to the county server broke off. It will be tried again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་བར་ཆད་བྱུང་། ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="204"/>
        <source>The key file %1 is busy; try again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་ %1 བེད་སྤྱོད་བྱེད་བཞིན་ཡོད། ཡང་བསྐྱར་ཚོད་ལྟ་བྱོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="111"/>
        <source>The backup %1 is damaged or incomplete (%2); it cannot be used.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ %1 ལ་སྐྱོན་ཤོར་བའམ་ཆ་མ་ཚང་བས་（%2）བེད་སྤྱོད་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="172"/>
        <source>The folder %1 is not a Station Ledger backup.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཁུག་ %1 ནི་ས་ཚིགས་ཐོ་དེབ་ཀྱི་རྗེས་ཉར་མ་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="239"/>
        <location filename="../../app/services/backup.py" line="346"/>
        <source>Keep between 1 and 100 backups.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་གྲངས་ 1 ནས་ 100 བར་ཉར་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="241"/>
        <location filename="../../app/services/backup.py" line="337"/>
        <source>The backup folder %1 is not there. Is the USB stick or disk connected?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ཡིག་ཁུག་ %1 མི་འདུག USBའམ་སྡུད་སྡེར་སྦྲེལ་ཡོད་དམ།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="248"/>
        <source>Another backup into %1 is still running; try again later.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་གཞན་ཞིག་ %1 ལ་འབྲི་བཞིན་ཡོད། རྗེས་སུ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="251"/>
        <location filename="../../app/services/backup.py" line="268"/>
        <source>The backup could not be written to %1 (%2). The earlier backups are unchanged.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ %1 ལ་འབྲི་མ་ཐུབ（%2）། སྔོན་གྱི་རྗེས་ཉར་ལ་འགྱུར་བ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="279"/>
        <source>The key file does not fit this station&apos;s data; no backup was made.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ལྡེའི་ཡིག་ཆ་དེ་ས་ཚིགས་འདིའི་གཞི་གྲངས་དང་མི་མཐུན། རྗེས་ཉར་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="309"/>
        <source>Choose a folder for the backup.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་གྱི་ཡིག་ཁུག་ཅིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="341"/>
        <source>Choose a second location for automatic backups, not the data folder itself.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རང་འགུལ་རྗེས་ཉར་ལ་གནས་ས་གཞན་ཞིག་འདེམས་རོགས། གཞི་གྲངས་ཡིག་ཁུག་རང་མ་འདེམས།</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="344"/>
        <source>Back up every 1 to 168 hours.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆུ་ཚོད་ 1 ནས་ 168 བར་གྱི་བར་ཐག་ལ་རྗེས་ཉར་བྱོས།</translation>
    </message>
    <message>
        <location filename="../../app/cli/rights.py" line="30"/>
        <location filename="../../app/services/exports.py" line="33"/>
        <source>This file holds personal data (names, ID numbers, assessments) and is not encrypted. Print it, then delete it; do not leave copies on shared computers or USB sticks.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་འདིའི་ནང་མི་སྒེར་གྱི་ཆ་འཕྲིན（མིང་། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་། དཔྱད་བརྟག）ཡོད་པ་དང་གསང་སྡོམ་བྱས་མེད། པར་འདེབས་རྗེས་བསུབ་རོགས། མཉམ་སྤྱོད་རྩིས་འཁོར་དམ་USBསྟེང་མཁོ་ཕབ་མ་འཇོག</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="37"/>
        <source>This file is not encrypted. Keep it only where it is needed, and delete it when it is no longer needed.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་འདི་གསང་སྡོམ་བྱས་མེད། དགོས་པའི་ས་ཁོ་ནར་ཉར་ཞིང་མི་དགོས་དུས་བསུབ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="59"/>
        <source>The file %1 is not there any more.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="200"/>
        <source>Joining this computer to the station did not finish. Run the join again (same code and password) to finish it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདི་ས་ཚིགས་ལ་མཉམ་ཞུགས་མཇུག་མ་སྒྲིལ། ཨང་རྟགས་དང་གསང་ཨང་གཅིག་པ་བཀོལ་ནས་ཡང་བསྐྱར་མཉམ་ཞུགས་བྱས་ཏེ་མཇུག་སྒྲིལ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="125"/>
        <source>This folder is being joined for the user %1; finish that join or choose an empty folder.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཁུག་འདི་སྤྱོད་མཁན་ %1 ཆེད་ས་ཚིགས་ལ་མཉམ་ཞུགས་བྱེད་བཞིན་ཡོད། མཉམ་ཞུགས་དེ་མཇུག་སྒྲིལ་བའམ་ཡིག་ཁུག་སྟོང་པ་ཞིག་འདེམས།</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="134"/>
        <source>To finish joining this computer, give the same password as in the first attempt.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་མཉམ་ཞུགས་མཇུག་སྒྲིལ་བར་ཐེངས་དང་པོའི་གསང་ཨང་དེ་ཉིད་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="35"/>
        <source>The change has no author.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདི་ལ་རྩོམ་པ་པོ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="36"/>
        <source>The author of the change is not a user of this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདིའི་རྩོམ་པ་པོ་ནི་ས་ཚིགས་འདིའི་སྤྱོད་མཁན་མ་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="37"/>
        <source>The author of the change is not an active user of this station.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདིའི་རྩོམ་པ་པོ་ནི་ས་ཚིགས་འདིའི་བེད་སྤྱོད་བཞིན་པའི་སྤྱོད་མཁན་མ་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="40"/>
        <source>Only the station admin may change %1 records (this change acts as %2).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་དོ་དམ་པ་ཁོ་ནས་ %1 ཟིན་ཐོ་བཟོ་བཅོས་བྱེད་ཆོག (བཟོ་བཅོས་འདིའི་ཐོབ་ཐང་ནི་ %2)</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="41"/>
        <source>The unit is not this station, its county or one of its villages.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡེ་ཚན་འདི་ས་ཚིགས་འདི་དང་། དེའི་རྫོང་། དེའི་གྲོང་ཚོ་གང་ཡང་མ་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="42"/>
        <source>Only a supervisor may record a review (this change acts as %1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པ་ཁོ་ནས་ཞིབ་བཤེར་ཐོ་འགོད་བྱེད་ཆོག (བཟོ་བཅོས་འདིའི་ཐོབ་ཐང་ནི་ %1)</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="43"/>
        <source>A review must be recorded by its own reviewer.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་ནི་ཞིབ་བཤེར་བ་རང་ཉིད་ཀྱིས་ཐོ་འགོད་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="46"/>
        <source>Only a supervisor may approve or return a case file (this change acts as %1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པ་ཁོ་ནས་སྒེར་དོན་ཡིག་ཚགས་ཆོག་མཆན་སྤྲོད་པའམ་ཕྱིར་སློག་བྱེད་ཆོག (བཟོ་བཅོས་འདིའི་ཐོབ་ཐང་ནི་ %1)</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="48"/>
        <source>Only a supervisor&apos;s approval moves a case to %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པའི་ཆོག་མཆན་ཡོད་ན་ལས་སྒེར་དོན་ %1 ལ་སྤོ་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="49"/>
        <source>Only the case&apos;s own worker, a supervisor or the admin may change it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་འདིའི་སྤྱི་ཚོགས་ལས་ཀ་བ་རང་ཉིད་དང་། ལྟ་ཞིབ་སློབ་སྟོན་པ། དོ་དམ་པ་བཅས་ཁོ་ནས་བཟོ་བཅོས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="50"/>
        <source>The user has an unknown role (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་འདིའི་ཐོབ་ཐང་ངོ་མི་ཤེས། (%1)</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="138"/>
        <source>The server answered with other keys than the county&apos;s. Enrolment stopped; nothing was stored.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་རྫོང་གི་གསང་ལྡེ་མིན་པའི་གསང་ལྡེ་གཞན་ཞིག་ལན་དུ་བཏང་། ཐོ་འགོད་མཚམས་བཞག་ཟིན། ཅི་ཡང་ཉར་ཚགས་བྱས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="371"/>
        <source>The server did not show county keys; it is not a county server of this version.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་རྫོང་གི་གསང་ལྡེ་སྟོན་མ་བྱུང་། འདི་པར་གཞི་འདིའི་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་མ་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="45"/>
        <source>The county server failed on this request (HTTP %1). Tell the county; sync will try again later.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་རེ་ཞུ་འདི་སྒྲུབ་སྐབས་ནོར་སྐྱོན་བྱུང་། (HTTP %1) རྫོང་ལ་བརྡ་སྤྲོད་གནང་། རྗེས་སུ་ཡང་བསྐྱར་གོམ་མཉམ་བྱེད་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="90"/>
        <source>The county server is busy or cannot be reached (%1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལས་ཀ་མང་བའམ་འབྲེལ་མཐུད་བྱེད་མི་ཐུབ། (%1)</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="172"/>
        <source>The county server&apos;s certificate is not trusted; nothing was sent. Check the address, or ask the county for its certificate authority.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ལག་ཁྱེར་ལ་ཡིད་ཆེས་མི་ཐུབ། ཅི་ཡང་བསྐུར་མེད། ཁ་བྱང་ཞིབ་བཤེར་བྱེད་པའམ་རྫོང་ནས་ལག་ཁྱེར་སྤྲོད་མཁན་གྱི་ཡིག་ཆ་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="34"/>
        <source>Please type the county key fingerprint from the enrolment sheet (six groups of four letters and digits).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་འགོད་ཤོག་བུའི་ཐོག་གི་རྫོང་གི་གསང་ལྡེའི་མཛུབ་རིས་འབྲི་རོགས། (ཚོ་དྲུག ཚོ་རེར་ཡི་གེའམ་ཨང་ཀི་བཞི)</translation>
    </message>
    <message>
        <source>The server&apos;s keys do not match the county key fingerprint on the enrolment sheet (it shows %1). Nothing was sent. Check the address and the fingerprint, or ask the county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གསང་ལྡེ་དང་ཐོ་འགོད་ཤོག་བུའི་ཐོག་གི་རྫོང་གི་གསང་ལྡེའི་མཛུབ་རིས་མི་མཐུན། (འཕྲུལ་ཆས་ཀྱིས་ %1 སྟོན) ཅི་ཡང་བསྐུར་མེད། ཁ་བྱང་དང་མཛུབ་རིས་ཞིབ་བཤེར་བྱེད་པའམ་རྫོང་ལ་འདྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="66"/>
        <source>Please give the county server&apos;s address, starting with https://.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གནས་ཡུལ་འབྲི་རོགས། https:// ནས་འགོ་འཛུགས་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="72"/>
        <source>The county server must be reached over https://. Plain http:// is only for a trial (switch it on explicitly).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་ https:// བརྒྱུད་ནས་འབྲེལ་མཐུད་བྱེད་དགོས། http:// ནི་ཚོད་ལྟ་ཁོ་ནའི་ཆེད་ཡིན། (གསལ་པོར་སྒོ་འབྱེད་དགོས)</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="76"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐ་ཚིག། རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་འདི་ལ་གསང་སྡོམ་མེད། (http://) ཚོད་ལྟ་ཁོ་ནར་བེད་སྤྱོད་གཏོང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="69"/>
        <source>Station key: use 1 to 64 ASCII letters, digits, - or _.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་ཨང་རྟགས། དབྱིན་ཡིག་གི་ཡི་གེ་དང་ཨང་ཀི - _ བཅས་ 1 ནས་ 64 བར་སྤྱོད་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="72"/>
        <source>Hours: a code is valid for 1 to 8784 hours.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆུ་ཚོད། སྡུད་འགོད་ཨང་རྟགས་ཀྱི་ནུས་ཡུན་ཆུ་ཚོད་ 1 ནས་ 8784 བར</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="75"/>
        <source>Station name: at most 200 characters, without control characters.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་མིང། ཡིག་རྟགས་མང་ཤོས་ 200 ཚོད་འཛིན་ཡིག་རྟགས་མེད་པ</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="25"/>
        <source>Cancelled. Nothing more was done.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ་བྱས་ཟིན། བྱ་བ་གཞན་གང་ཡང་མ་བྱས</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="39"/>
        <source>Please choose a valid value.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནུས་ལྡན་གྱི་གྲངས་ཐང་ཞིག་འདེམས་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="91"/>
        <source>Please enter the server address.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གནས་ཡུལ་འབྲི་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="93"/>
        <source>Please enter the enrolment code.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡུད་འགོད་ཨང་རྟགས་འབྲི་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="38"/>
        <source>Contract targets are the county&apos;s terms: only the county sets them, a station cannot change them.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གན་རྒྱའི་དམིགས་འབེན་ནི་རྫོང་གི་གན་རྒྱའི་ཆ་རྐྱེན་ཡིན། རྫོང་ཁོ་ནས་འཇོག་ཆོག སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱིས་བཟོ་བཅོས་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="44"/>
        <source>Only a supervisor or the station admin may erase a person&apos;s data (this change acts as %1).</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པའམ་ས་ཚིགས་དོ་དམ་པ་ཁོ་ནས་མིའི་ཆ་འཕྲིན་སུབ་ཆོག (བཟོ་བཅོས་འདིའི་ཐོབ་ཐང %1)</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="84"/>
        <location filename="../../app/reports/access_pdf.py" line="127"/>
        <source>Answer to an access request</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཀློག་རེ་ཞུའི་ལན</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="85"/>
        <source>Everything this station holds about %1, as of %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%2 བར་ས་ཚིགས་འདིར་ཉར་བའི %1 སྐོར་གྱི་ཆ་འཕྲིན་ཡོངས་རྫོགས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="87"/>
        <source>Made by %1.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་མཁན %1</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="106"/>
        <source>History of changes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་ཀྱི་ལོ་རྒྱུས</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="185"/>
        <location filename="../../app/services/sensitivity.py" line="66"/>
        <source>This is a child&apos;s record: only the worker who serves the child, a supervisor and the admin may open it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་བྱིས་པའི་ཟིན་ཐོ་ཡིན། བྱིས་པ་དེར་ཞབས་ཞུ་བྱེད་པའི་སྤྱི་ཚོགས་ལས་ཀ་བ་དང་ལྟ་ཞིབ་སློབ་སྟོན་པ། དོ་དམ་པ་ཁོ་ནས་ཁ་ཕྱེ་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="219"/>
        <location filename="../../app/services/consent.py" line="19"/>
        <source>The person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་དངོས</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="220"/>
        <source>Other members of the household (relation only)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་གི་མི་གཞན (འབྲེལ་བ་ཁོ་ན)</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="221"/>
        <source>Household visits</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་ལ་བཅར་འདྲི</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="221"/>
        <source>Case files</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="222"/>
        <source>Service records</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="223"/>
        <source>Activities attended</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉམ་ཞུགས་བྱས་པའི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="223"/>
        <source>Resources received</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་པའི་ཐོན་ཁུངས</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="19"/>
        <source>A guardian</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་སྐྱོང་བ</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="20"/>
        <source>Someone else (e.g. a relative)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གཞན (དཔེར་ན་ཉེ་ཚན)</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="21"/>
        <source>Providing services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་མཁོ་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="21"/>
        <source>Case records</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="22"/>
        <source>Referral to other services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་གཞན་ལ་འདྲེན་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="23"/>
        <source>Reports to the county</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ལ་སྙན་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="23"/>
        <source>Photos</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་རིས</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="37"/>
        <source>Please choose who gave consent.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་བྱེད་མཁན་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="42"/>
        <source>Please enter the day consent was given as YYYY-MM-DD.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་ཚེས་གྲངས་ལོ་ཟླ་ཚེས་ཀྱི་རྣམ་པ་ལྟར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="45"/>
        <source>The day consent was given cannot be in the future.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་ཚེས་གྲངས་མ་འོངས་པ་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="49"/>
        <source>Please choose what the consent is for.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་གྱི་དམིགས་ཡུལ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="52"/>
        <source>For a child under 14, consent is given by a guardian.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་ 14 མ་ལོན་པའི་བྱིས་པར་ལྟ་སྐྱོང་བས་མོས་མཐུན་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="36"/>
        <source>The purpose of processing is achieved or no longer needed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆ་འཕྲིན་བཀོལ་སྤྱོད་ཀྱི་དམིགས་ཡུལ་འགྲུབ་ཟིན་པའམ་དགོས་མཁོ་མེད</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="37"/>
        <source>The retention period has ended or the service has stopped</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས་དུས་ཚོད་རྫོགས་པའམ་ཞབས་ཞུ་མཚམས་བཞག་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="38"/>
        <source>The person withdrew consent</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་དངོས་ཀྱིས་མོས་མཐུན་ཕྱིར་འཐེན་བྱས</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="39"/>
        <source>The data was processed against laws or regulations</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྲིམས་ལུགས་དང་སྒྲིག་གཞི་ལ་འགལ་ནས་ཆ་འཕྲིན་བཀོལ་སྤྱོད་བྱས</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="40"/>
        <source>The data was processed against what was agreed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོས་མཐུན་ལ་འགལ་ནས་ཆ་འཕྲིན་བཀོལ་སྤྱོད་བྱས</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="60"/>
        <source>Please choose the lawful ground of this erasure.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སུབ་པའི་ཁྲིམས་མཐུན་རྒྱུ་མཚན་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="63"/>
        <source>Please confirm the erasure: it cannot be undone.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སུབ་པ་ཆོག་གནང་རོགས། འདི་ཕྱིར་འཐེན་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="52"/>
        <source>Consent given by</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་བྱེད་མཁན</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="52"/>
        <source>Consent given on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="53"/>
        <source>Consent for</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན་དམིགས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="53"/>
        <source>Personal data erased</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་གྱི་ཆ་འཕྲིན་སུབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/services/retention.py" line="27"/>
        <source>Case file closed more than %1 years ago</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་མཇུག་སྒྲིལ་ནས་ལོ %1 ལས་བརྒལ</translation>
    </message>
    <message>
        <location filename="../../app/services/retention.py" line="28"/>
        <source>Nothing recorded for more than %1 years</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ %1 ལས་བརྒལ་བར་ཟིན་ཐོ་གང་ཡང་མེད</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="71"/>
        <location filename="../../app/services/settings.py" line="74"/>
        <source>The number of years must be between 0 and 50.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་གྲངས 0 ནས 50 བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="169"/>
        <location filename="../../app/reports/strings.py" line="182"/>
        <source>Photo (JPEG)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་རིས</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="169"/>
        <location filename="../../app/reports/strings.py" line="184"/>
        <source>Image (PNG)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རི་མོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="170"/>
        <location filename="../../app/reports/strings.py" line="186"/>
        <source>PDF document</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="171"/>
        <location filename="../../app/reports/strings.py" line="188"/>
        <source>Service record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="168"/>
        <location filename="../../app/services/access_request.py" line="224"/>
        <source>Attachments</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟུར་སྦྱར</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="170"/>
        <source>Preview</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྔོན་ལྟ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="172"/>
        <location filename="../../app/services/history.py" line="60"/>
        <source>File</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="174"/>
        <source>Belongs to</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྲེལ་ཡོད་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="176"/>
        <source>Type</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="178"/>
        <source>Size</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆེ་ཆུང</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="180"/>
        <source>Added on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་སྣོན་ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="65"/>
        <source>The file %1 is empty.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 སྟོང་པ་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="83"/>
        <source>The file %1 is too large (%2); at most %3 can be attached.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ཆེ་དྲགས་འདུག (%2) མང་ཤོས་ %3 ཁ་སྣོན་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="71"/>
        <source>The photo %1 is in %2 format, which cannot be attached. Set the camera or phone to %3, or save the photo as %3 first.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>པར་རིས་ %1 ནི་ %2 རྣམ་གཞག་ཡིན་པས་ཁ་སྣོན་བྱེད་མི་ཐུབ། པར་ཆས་སམ་ཁ་པར་ %3 ལ་སྒྲིག་པའམ། པར་རིས་ %3 ལ་ཉར་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="99"/>
        <source>The image %1 has too many pixels to be attached.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རི་མོ་ %1 ཡི་པར་ཚེག་མང་དྲགས་པས་ཁ་སྣོན་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="102"/>
        <source>The scan %1 has %2 pages; save it as one PDF to attach all of them.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཤེར་པར་ %1 ལ་ཤོག་ངོས་ %2 ཡོད། ཚང་མ་ཁ་སྣོན་བྱེད་པར་ PDF གཅིག་ཏུ་ཉར་རོགས།</translation>
    </message>
    <message>
        <source>The file %1 is neither a photo or scan (JPEG, PNG) nor a PDF, so it cannot be attached.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཡིག་ཆ་ %1 ནི་པར་རིས་དང་བཤེར་པར་ཡང་མིན། PDF ཡང་མིན་པས་ཁ་སྣོན་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="112"/>
        <source>The file %1 is damaged and cannot be read.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ལ་སྐྱོན་ཤོར་བས་ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="158"/>
        <location filename="../../app/services/attachment_content.py" line="169"/>
        <source>The PDF %1 is damaged or locked with a password and cannot be attached.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF %1 ལ་སྐྱོན་ཤོར་བའམ་གསང་ཨང་གིས་ཟྭ་བརྒྱབ་ཡོད་པས་ཁ་སྣོན་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="162"/>
        <source>The PDF %1 has no pages.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF %1 ལ་ཤོག་ངོས་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="83"/>
        <source>Files cannot be attached to this kind of record.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་འདྲ་ལ་ཡིག་ཆ་ཁ་སྣོན་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="100"/>
        <source>The file %1 cannot be read.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="177"/>
        <location filename="../../app/services/attachments.py" line="284"/>
        <source>The file %1 is not on this computer yet; it is fetched from the county at the next sync.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 རྩིས་འཁོར་འདིར་ད་དུང་མེད། ཐེངས་རྗེས་མའི་གོམ་མཉམ་སྐབས་རྫོང་ནས་ལེན་གྱི་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="180"/>
        <source>The stored file %1 is damaged.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས་བྱས་པའི་ཡིག་ཆ་ %1 ལ་སྐྱོན་ཤོར་འདུག</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="249"/>
        <source>The folder %1 cannot be read.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཁུག་ %1 ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="296"/>
        <source>The file %1 has not reached the county yet: the computer it was added on sends it at its next sync.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ད་དུང་རྫོང་དུ་སླེབས་མེད། དེ་ཁ་སྣོན་བྱས་པའི་རྩིས་འཁོར་གྱིས་ཐེངས་རྗེས་མའི་གོམ་མཉམ་སྐབས་གཏོང་གི་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>Attached to</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟུར་སྦྱར་བྱས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>File name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆའི་མིང</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>File type</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆའི་རིགས</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="216"/>
        <source>Size in bytes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆེ་ཆུང། ཡིག་ཚགས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="85"/>
        <source>%1 is a file, not a folder.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནི་ཡིག་ཆ་ཞིག་ཡིན་པས་ཡིག་ཁུག་མིན།</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="86"/>
        <source>No such folder: %1. Is the USB stick or disk connected?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཁུག་ %1 མི་འདུག USBའམ་སྡུད་སྡེར་སྦྲེལ་ཡོད་དམ།</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="52"/>
        <source>The user name %1 was also given to another person on another computer of the station. An admin can rename the user of this computer (then both are kept) or discard the other one here.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་ %1 ས་ཚིགས་ཀྱི་རྩིས་འཁོར་གཞན་ཞིག་ཏུའང་མི་གཞན་ཞིག་ལ་སྤྲད་འདུག དོ་དམ་པས་རྩིས་འཁོར་འདིའི་སྤྱོད་མཁན་གྱི་མིང་བསྐྱར་འདོགས་ཆོག （གཉིས་ཀ་ཉར་ཚགས་བྱེད）ཡང་ན་གཞན་དེ་འདིར་འདོར་ཆོག།</translation>
    </message>
    <message>
        <location filename="../../app/server/api.py" line="259"/>
        <source>Port: give a number from 1 to 65535.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒོ་ཁ་ 1 ནས་ 65535 བར་གྱི་ཨང་གྲངས་ཤིག་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/server/folder.py" line="82"/>
        <source>%1 holds nothing from a station (no to-county folder). Choose the folder the station wrote to.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་ས་ཚིགས་ནས་བྲིས་པ་གང་ཡང་མི་འདུག། ས་ཚིགས་ཀྱིས་བྲིས་པའི་ཡིག་ཁུག་དེ་གདམ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="77"/>
        <source>This computer was restored from a backup. Connect it to the county server again (Sync page) before opening case files: its case numbers need a new letter, the lost computer&apos;s may still be in use.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདི་རྗེས་ཉར་ནས་སླར་གསོ་བྱས་པ་ཡིན། སྒེར་དོན་ཡིག་ཚགས་གསར་པ་མ་འཛུགས་གོང་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་ཡང་བསྐྱར་སྦྲེལ་རོགས（གོམ་མཉམ་ཤོག་ངོས）། དེའི་སྒེར་དོན་ཡིག་ཚགས་ཀྱི་ཨང་རྟགས་ལ་ཡི་གེ་གསར་པ་དགོས། བརླག་པའི་རྩིས་འཁོར་གྱི་ཡི་གེ་ད་དུང་བེད་སྤྱོད་བྱེད་སྲིད།</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="113"/>
        <source>Households: a demo station has 1 to 5000 households.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་གྲངས་ཀ་ མཚོན་སྟོན་ས་ཚིགས་ལ་ཁྱིམ་ཚང་ 1 ནས་ 5000 བར་ཡོད་དགོས།</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="78"/>
        <source>Check for a newer program every 1 to 168 hours.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉེན་ཆས་པར་གཞི་གསར་པ་ཆུ་ཚོད་ 1 ནས་ 168 བར་རེ་རེར་ཞིབ་བཤེར་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="65"/>
        <source>Give %1 a new password to switch the account on again.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ལ་གསང་ཨང་གསར་པ་ཞིག་སྤྲོད་དེ་ཐོ་ཁོངས་ཡང་བསྐྱར་སྒོ་འབྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/ui_queries.py" line="153"/>
        <source>Type a name, pinyin, Tibetan, ID number or case number to search for.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འཚོལ་རྒྱུའི་མིང་དང་། པིན་ཡིན། བོད་ཡིག ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས། ཡང་ན་སྒེར་དོན་ཡིག་ཚགས་ཀྱི་ཨང་རྟགས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/ui_queries.py" line="156"/>
        <source>Show 1 to 500 records of each kind.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས་རེ་རེར་ཟིན་ཐོ་ 1 ནས་ 500 བར་སྟོན།</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="50"/>
        <source>Choose rename, merge or discard.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་བསྐྱར་འདོགས་བ་དང་། གཅིག་སྒྲིལ། ཡང་ན་འདོར་བ་གདམ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="55"/>
        <source>Give the person a password for this computer.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་དེར་རྩིས་འཁོར་འདིའི་གསང་ཨང་ཞིག་སྤྲོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="63"/>
        <source>This record from the county is no longer waiting.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ནས་བཏང་བའི་ཟིན་ཐོ་འདི་ད་ལྟ་སྒུག་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="78"/>
        <source>You cannot fold your own account into another; rename it instead.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རང་གི་ཐོ་ཁོངས་གཞན་ལ་གཅིག་སྒྲིལ་མི་ཆོག མིང་བསྐྱར་འདོགས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="98"/>
        <source>The user from the county still cannot be added here.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ནས་བཏང་བའི་སྤྱོད་མཁན་འདི་ད་དུང་འདིར་སྣོན་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="338"/>
        <source>%1 holds nothing from the county (no from-county folder). Choose the folder the county wrote to.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ནང་རྫོང་ནས་བྲིས་པ་གང་ཡང་མི་འདུག། རྫོང་གིས་བྲིས་པའི་ཡིག་ཁུག་དེ་གདམ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="167"/>
        <source>There is no user %1 at this station. Check the user name and run the join again in the same folder with the same code.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་ཁུངས་འདིར་སྤྱོད་མཁན་%1 མེད། སྤྱོད་མཁན་གྱི་མིང་ལ་ཞིབ་བཤེར་བྱས་རྗེས་ཡིག་ཁུག་དེ་ཉིད་དུ་ཚབ་རྟགས་དེ་ཉིད་ཀྱིས་ཡང་བསྐྱར་ཞུགས་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="65"/>
        <source>%1 attachment(s) were not sent or fetched this time (for example the county refused them); sync will try again. Details: %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐེངས་འདིར་ཟུར་སྦྱར་ %1 བསྐུར་བའམ་ལེན་མ་ཐུབ (དཔེར་ན་རྫོང་གིས་ངོས་ལེན་མ་བྱས) གོམ་མཉམ་སྐབས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ངེས། ཞིབ་ཆ %2</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="47"/>
        <source>The server&apos;s keys give a different fingerprint from the one you typed. Nothing was sent. Check the fingerprint against the enrolment sheet and the server address, or call the county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གསང་ལྡེའི་མཛུབ་རིས་དང་ཁྱེད་ཀྱིས་བྲིས་པའི་མཛུབ་རིས་མི་མཐུན། ཅི་ཡང་བསྐུར་མེད། ཐོ་འགོད་ཤོག་བུ་དང་བསྡུར་ནས་མཛུབ་རིས་དང་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གནས་ཡུལ་ཞིབ་བཤེར་བྱེད་པའམ་རྫོང་ལ་ཁ་པར་གཏོང་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="109"/>
        <source>The file %1 cannot be attached: only photos, scans and PDFs (%2) can be.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ཁ་སྣོན་བྱེད་མི་ཐུབ། པར་རིས་དང་བཤེར་པར། PDF (%2) ཁོ་ན་ཁ་སྣོན་བྱེད་ཐུབ།</translation>
    </message>
    <message>
        <source>The file %1 is already attached to this record.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཡིག་ཆ་ %1 ཟིན་ཐོ་འདིར་སྔོན་ནས་ཁ་སྣོན་བྱས་ཟིན། ཡང་བསྐྱར་ཁ་སྣོན་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="58"/>
        <source>File attached</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ཁ་སྣོན</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="58"/>
        <source>File changed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་བཟོ་བཅོས</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="59"/>
        <source>File removed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་བསུབ་པ</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="59"/>
        <source>File restored</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་སླར་གསོ</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="127"/>
        <source>The file %1 is already attached to this record as %2.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་ %1 ནི་ %2 ཞེས་པའི་མིང་ཐོག་ཟིན་ཐོ་འདིར་སྔོན་ནས་ཁ་སྣོན་བྱས་ཟིན། ཡང་བསྐྱར་ཁ་སྣོན་མ་བྱས།</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="142"/>
        <source>Delete record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་བསུབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="143"/>
        <source>Why is this record deleted? The reason is kept in its history; the station admin can restore it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདི་ཅིའི་ཕྱིར་བསུབ་དགོས། རྒྱུ་མཚན་དེ་ཟིན་ཐོའི་ལོ་རྒྱུས་ནང་ཉར་ངེས། ས་ཚིགས་དོ་དམ་པས་སླར་གསོ་བྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="145"/>
        <source>&amp;Delete</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="146"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="297"/>
        <source>Deleted records</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ་ཟིན་པའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="298"/>
        <source>&amp;Restore</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སླར་གསོ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="299"/>
        <source>&amp;History</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་རྒྱུས(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="300"/>
        <source>Close</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="301"/>
        <source>Deleted on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ་དུས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="301"/>
        <source>Kind</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="302"/>
        <source>Record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="309"/>
        <source>Visit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲི</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="309"/>
        <source>Activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="310"/>
        <source>Resource link</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="310"/>
        <source>Household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="311"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="311"/>
        <source>Service record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="312"/>
        <source>Case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
</context>
<context>
    <name>DueForReviewDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="294"/>
        <source>Due for review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་བྱ་དགོས་པའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="295"/>
        <source>The station&apos;s retention policy lists records kept longer than it says. Nothing is deleted by this list: decide for each record. 0 years switches a rule off.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་ཉར་ཚགས་དུས་ཚོད་ཀྱི་སྒྲིག་གཞི་ལས་བརྒལ་བའི་ཟིན་ཐོ་འདིར་འགོད། ཐོ་འདིས་ཅི་ཡང་མི་སུབ། ཟིན་ཐོ་རེ་རེར་ཐག་གཅོད་གནང་རོགས། ལོ 0 ཡིས་སྒྲིག་གཞི་དེ་མཚམས་འཇོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="299"/>
        <source>Closed &amp;case files, after years</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་ཟིན་པའི་སྒེར་དོན་ཡིག་ཚགས། ལོ་གྲངས(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="301"/>
        <source>&amp;People with nothing recorded, after years</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་མེད་པའི་མི་སྣ། ལོ་གྲངས(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="302"/>
        <source>&amp;Save the policy</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒྲིག་གཞི་ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="303"/>
        <source>&amp;Erase the person…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་འདིའི་ཆ་འཕྲིན་སུབ(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="304"/>
        <source>&amp;Delete the case file…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་འདི་སུབ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="305"/>
        <source>Close</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="306"/>
        <source>Last recorded</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཐའ་མའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="306"/>
        <source>Kind</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རིགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="307"/>
        <source>Record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="307"/>
        <source>Why</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="322"/>
        <source>Case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="322"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="52"/>
        <source>This person may already be registered. Please check:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་འདི་སྔོན་ནས་ཐོ་འགོད་བྱས་ཡོད་སྲིད། ཞིབ་བཤེར་གནང་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="53"/>
        <source>It is a different person: create</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གཞན་ཞིག་ཡིན། གསར་བཟོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="54"/>
        <source>Open the registered person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་འགོད་བྱས་ཟིན་པའི་མི་སྣ་ཁ་ཕྱེ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="57"/>
        <source>same ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་གཅིག་མཚུངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="58"/>
        <source>same name and birth year</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་དང་སྐྱེས་ལོ་གཅིག་མཚུངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="59"/>
        <source>same name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་གཅིག་མཚུངས</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/text.py" line="42"/>
        <source>Intake</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་དང་ལེན</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="43"/>
        <source>Needs assessment</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དགོས་མཁོ་དཔྱད་དཔོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="44"/>
        <source>Service plan</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་འཆར་གཞི</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="45"/>
        <source>Services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="46"/>
        <source>Closure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་མཇུག་སྒྲིལ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="47"/>
        <source>Closed</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="48"/>
        <source>In progress</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒྲུབ་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="49"/>
        <source>Waiting for review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="50"/>
        <source>Approved</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཆོག་མཆན་ཐོབ་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="51"/>
        <source>Returned</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་སློག་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="52"/>
        <source>Low</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དམའ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="53"/>
        <source>Medium</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྲིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="54"/>
        <source>High</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="55"/>
        <source>Male</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="56"/>
        <source>Female</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="57"/>
        <source>Unknown</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་ཤེས</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="58"/>
        <source>Head of household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="59"/>
        <source>Spouse</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱོ་ག་ཆུང་མ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="60"/>
        <source>Child</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བུ་ཕྲུག</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="61"/>
        <source>Parent</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕ་མ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="62"/>
        <source>Grandchild</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚ་བོ་ཚ་མོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="63"/>
        <source>Grandparent</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མེས་པོ་རྒད་མོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="64"/>
        <source>Sibling</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤུན་ཟླ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="65"/>
        <source>Other</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞན</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="66"/>
        <source>Group activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚོགས་ཆུང་གི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="67"/>
        <source>Themed activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྗོད་གཞི་ཅན་གྱི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="68"/>
        <source>Community activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡེ་ཁུལ་གྱི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="69"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="70"/>
        <source>Supervisor</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="71"/>
        <source>Administrator</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་དོ་དམ་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="72"/>
        <source>Died</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདས་གྲོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="73"/>
        <source>Moved away</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གནས་སྤོས</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="162"/>
        <source>Erase personal data</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་གྱི་ཆ་འཕྲིན་སུབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="163"/>
        <source>The person&apos;s personal data is removed from this computer, from the county and from the station&apos;s other computers, with every old version. Only anonymous figures for the monthly reports and a note that an erasure was made are kept. Backups made before today still hold the data: see the user guide.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་འདིའི་སྒེར་གྱི་ཆ་འཕྲིན (པར་གཞི་རྙིང་པ་ཚང་མ་བཅས) རྩིས་འཁོར་འདི་དང་རྫོང་དང་ས་ཚིགས་ཀྱི་རྩིས་འཁོར་གཞན་ནས་སུབ་རྒྱུ་ཡིན། ཟླ་རེའི་སྙན་ཞུར་དགོས་པའི་མིང་མེད་ཀྱི་གྲངས་ཀ་དང་སུབ་ཟིན་པའི་ཟིན་ཐོ་གཅིག་ཁོ་ན་ཉར་རྒྱུ། དེ་རིང་གི་སྔོན་གྱི་གྲབས་ཉར་ནང་ད་དུང་ཆ་འཕྲིན་དེ་དག་ཡོད། སྤྱོད་མཁན་ལམ་སྟོན་ལ་ལྟོས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="169"/>
        <source>Lawful &amp;ground</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྲིམས་མཐུན་རྒྱུ་མཚན(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="176"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་ཕྱིར་འཐེན་མི་ཐུབ་པ་ང་ཤེས(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="177"/>
        <source>&amp;Erase</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སུབ(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="178"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../app/ui/errors.py" line="52"/>
        <source>Something went wrong. Your saved work is safe. Please tell your administrator and give them the details.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཀའ་ངལ་ཞིག་བྱུང་སོང་། ཁྱེད་ཀྱིས་ཉར་ཚགས་བྱས་པ་རྣམས་བདེ་འཇགས་ཡིན། དོ་དམ་པར་བརྡ་ལན་སྤྲོད་རྗེས་ཞིབ་ཆ་སྤྲོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="69"/>
        <source>Station Ledger</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="72"/>
        <source>Copy details</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་ཆ་མཁོ་ཕབ</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="46"/>
        <source>Look in</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འཚོལ་ས</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="47"/>
        <source>File name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆའི་མིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="48"/>
        <source>File type</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆའི་རིགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="49"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="50"/>
        <source>Save</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="51"/>
        <source>Choose</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="52"/>
        <source>Open</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་ཕྱེ</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="144"/>
        <source>Station Ledger — set up the station</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ — ས་ཚིགས་སྒྲིག་འགོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="145"/>
        <source>Welcome. No station is set up on this computer yet. Fill in the station&apos;s details once; everything is kept encrypted. Or try the demo station first.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕེབས་པར་དགའ་བསུ་ཞུ། རྩིས་འཁོར་འདིར་ད་དུང་ས་ཚིགས་སྒྲིག་འགོད་བྱས་མེད། ས་ཚིགས་ཀྱི་ཆ་འཕྲིན་ཐེངས་གཅིག་འགེངས་རོགས། ཚང་མ་གསང་སྡོམ་ངང་ཉར་ཚགས་བྱེད། ཡང་ན་སྔོན་ལ་དཔེ་སྟོན་ས་ཚིགས་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="148"/>
        <source>County (Chinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="148"/>
        <source>County (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="149"/>
        <source>Station name (Chinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་མིང (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="150"/>
        <source>Station name (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་ཀྱི་མིང (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="151"/>
        <source>Villages, one per line
(Chinese|Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ)། ཐིག་ཕྲེང་རེར་གཅིག
(རྒྱ་ཡིག|བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="152"/>
        <source>Your user name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱེད་ཀྱི་སྤྱོད་མཁན་གྱི་མིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="152"/>
        <source>Your full name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱེད་ཀྱི་མིང་ཆ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="153"/>
        <source>Password (at least 8 characters)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང (ཡིག་རྟགས་ཉུང་མཐར་ 8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="154"/>
        <source>Password again</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་ཡང་བསྐྱར་འཇུག</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="154"/>
        <location filename="../../app/ui/first_run.py" line="178"/>
        <source>County recovery key file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་སོར་ཆུད་ཀྱི་གསང་ལྡེའི་ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="157"/>
        <source>&amp;Choose…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="158"/>
        <source>&amp;Set up the station</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་སྒྲིག་འགོད(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="159"/>
        <source>Try the &amp;demo station</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཔེ་སྟོན་ས་ཚིགས་ཚོད་ལྟ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="160"/>
        <source>Restore from a backup</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ནས་སླར་གསོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="162"/>
        <source>Replacing a lost or broken computer? Choose the backup folder and give a user name and that user&apos;s password as it was when the backup was made. Afterwards connect to the county again with a new enrolment code; the old computer is then shut out.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརླག་པའམ་ཆག་པའི་རྩིས་འཁོར་ཚབ་བྱེད་དམ། རྗེས་ཉར་ཡིག་ཁུག་འདེམས་ནས་སྤྱོད་མཁན་གྱི་མིང་དང་རྗེས་ཉར་བྱེད་དུས་ཀྱི་གསང་ཨང་འཇུག་རོགས། དེ་རྗེས་སྡུད་འགོད་ཨང་རྟགས་གསར་པས་རྫོང་དང་ཡང་བསྐྱར་འབྲེལ་མཐུད་བྱོས། རྩིས་འཁོར་རྙིང་པ་ཕྱིར་བཀག་འགྲོ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="165"/>
        <source>Backup folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ཡིག་ཁུག</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="166"/>
        <source>User name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="167"/>
        <source>Password at the time of the backup</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་དུས་ཀྱི་གསང་ཨང</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="169"/>
        <source>Choose…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="170"/>
        <source>&amp;Restore</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སླར་གསོ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="180"/>
        <source>County public key</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་སྤྱི་སྤྱོད་གསང་ལྡེ</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="200"/>
        <source>Choose the backup folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ཡིག་ཁུག་འདེམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="210"/>
        <source>Checking and restoring the backup…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ཞིབ་བཤེར་དང་སླར་གསོ་བྱེད་བཞིན་ཡོད…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="233"/>
        <source>Making the demo station…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཔེ་སྟོན་ས་ཚིགས་བཟོ་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="64"/>
        <source>History</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་རྒྱུས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>When</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དུས་ཚོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>Who</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སུ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>What</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཅི</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="66"/>
        <source>Old → new</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྙིང་པ → གསར་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="67"/>
        <source>Close</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="68"/>
        <source>Every change to this record, newest first, from the change log.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་ཐོ་འདིའི་བཟོ་བཅོས་ཚང་མ། གསར་ཤོས་སྔོན་ལ། བཟོ་བཅོས་ཉིན་ཐོ་ནས་བླངས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="70"/>
        <source>%1 from %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 (%2 ནས)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="72"/>
        <source>Held by: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འགན་འཁུར་བ། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="84"/>
        <source>(another device)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>(སྒྲིག་ཆས་གཞན)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="85"/>
        <source>this computer</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདི</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="86"/>
        <source>device %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒྲིག་ཆས་ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="89"/>
        <source>reason: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱུ་མཚན། %1</translation>
    </message>
</context>
<context>
    <name>HouseholdEditForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="303"/>
        <source>&amp;Village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="305"/>
        <source>&amp;Address</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="306"/>
        <source>Address (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="307"/>
        <source>&amp;Phone</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་པར(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="308"/>
        <source>&amp;Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="313"/>
        <source>Choose the village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ) འདེམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="317"/>
        <source>Household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="192"/>
        <source>&amp;Village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="194"/>
        <source>&amp;Address</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="195"/>
        <source>Address (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="196"/>
        <source>&amp;Phone</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་པར(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="205"/>
        <source>New household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="206"/>
        <source>Choose the village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ) འདེམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="207"/>
        <source>Head of household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>Saved.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>Station Ledger</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>%1  (Alt+%2)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1  (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>%1 · %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>Lock</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒོ་ལྕགས་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Sess&amp;ion</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་རིམ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ལས་རིམ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>&amp;Lock the screen</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྙན་ཡོལ་ལ་སྒོ་ལྕགས་རྒྱག(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Sign out</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་འབུད(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248"/>
        <source>E&amp;xit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉེན་ཆས་ནས་ཕྱིར་ཐོན(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>Undone: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན་བྱས་ཟིན། %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཕྱིར་འཐེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན། %1 (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>MergeForm</name>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="38"/>
        <source>People with the same ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་གཅིག་མཚུངས་ཡིན་པའི་མི</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="43"/>
        <source>The &amp;duplicate</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་ཟློས་ཟིན་ཐོ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="48"/>
        <source>Values</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནང་དོན</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="52"/>
        <source>Merge duplicates</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་ཟློས་ཟིན་ཐོ་མཉམ་སྡེབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="54"/>
        <source>The selected record is kept. Everything of the duplicate (visits, case files, attendance, resource links, members) moves to it; the duplicate stays in the history as “merged into”. Tick a value to take it from the duplicate.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས་པའི་ཟིན་ཐོ་ཉར་རྒྱུ། བསྐྱར་ཟློས་ཟིན་ཐོའི་ནང་དོན་ཚང་མ (བཅར་འདྲི། སྒེར་དོན་ཡིག་ཚགས། བྱེད་སྒོར་ཞུགས་པ། ཐོན་ཁུངས་འབྲེལ་མཐུད། ཁྱིམ་མི) དེའི་འོག་ཏུ་སྤོ། བསྐྱར་ཟློས་ཟིན་ཐོ་“མཉམ་སྡེབ་བྱས་ས”ཞེས་ལོ་རྒྱུས་ནང་ཉར། ནང་དོན་ཞིག་འདེམས་ན་བསྐྱར་ཟློས་ཟིན་ཐོའི་ནང་དོན་བེད་སྤྱོད་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="57"/>
        <source>Field</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རེའུ་མིག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="57"/>
        <source>Kept</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="58"/>
        <source>Duplicate</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་ཟློས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="58"/>
        <source>Take</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བེད་སྤྱོད</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="348"/>
        <source>To &amp;household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤོ་ཡུལ་ཁྱིམ་ཚང(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="351"/>
        <source>&amp;Relation to head</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="355"/>
        <source>Move to another household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་གཞན་དུ་སྤོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="357"/>
        <source>Choose the relation</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ་འདེམས</translation>
    </message>
</context>
<context>
    <name>OpenCaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="25"/>
        <source>&amp;Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ(&amp;P)</translation>
    </message>
    <message>
        <source>Service &amp;domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཞབས་ཞུའི་ཁྱབ་ཁོངས(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="32"/>
        <source>Ser&amp;vice domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="34"/>
        <source>&amp;Risk level</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁའི་རིམ་པ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="35"/>
        <source>&amp;Opened on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དང་ལེན་ཚེས་གྲངས(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="36"/>
        <source>&amp;Why is the case opened?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཅིའི་ཕྱིར་དང་ལེན་བྱེད་དམ།(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="47"/>
        <source>Open a case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་གསར་འཛུགས</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/models/people_model.py" line="107"/>
        <source>A child&apos;s record (sensitive): shown masked to workers who do not serve the child.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱིས་པའི་ཟིན་ཐོ (གསང་བའི་ཆ་འཕྲིན) བྱིས་པ་དེར་ཞབས་ཞུ་མི་བྱེད་པའི་སྤྱི་ཚོགས་ལས་ཀ་བར་སྦས་ནས་སྟོན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_model.py" line="109"/>
        <source>A child&apos;s record (sensitive): only those who serve the child, supervisors and the admin see it in full.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱིས་པའི་ཟིན་ཐོ (གསང་བའི་ཆ་འཕྲིན) བྱིས་པ་དེར་ཞབས་ཞུ་བྱེད་མཁན་དང་ལྟ་ཞིབ་སློབ་སྟོན་པ། དོ་དམ་པ་ཁོ་ནས་ཆ་ཚང་མཐོང་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../app/ui/pages/people.py" line="192"/>
        <location filename="../../app/ui/pages/people.py" line="195"/>
        <source>Households and people</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་དང་མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="196"/>
        <source>&amp;New household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་གསར་པ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="197"/>
        <source>Search: name, pinyin (zs), Tibetan, Wylie or ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཤེར་འཚོལ། མིང་། པིན་ཡིན (zs)། བོད་ཡིག ཝ་ལི་ཡི་སྦྱོར་ཚུལ། ཡང་ན་ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="198"/>
        <source>All villages</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ) ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="199"/>
        <source>All target groups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="200"/>
        <source>Any sex</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ་གང་ཡིན་རུང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="201"/>
        <source>All service domains</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="202"/>
        <source>All social workers</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="203"/>
        <source>Has an open case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་མཇུག་མ་སྒྲིལ་བ་ཡོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="204"/>
        <source>Case file waiting for review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ཞིབ་བཤེར་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="205"/>
        <source>No case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་མེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="206"/>
        <source>Any case status</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་གྱི་གནས་སྟངས་གང་ཡིན་རུང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="207"/>
        <source>Visited &amp;between</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲིའི་ཚེས་གྲངས(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="208"/>
        <source>and</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="210"/>
        <source>Any date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་གང་ཡིན་རུང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="211"/>
        <source>People whose household had a visit in these dates. Delete: any date.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས་འདིའི་ནང་ཁྱིམ་ཚང་ལ་བཅར་འདྲི་བྱས་པའི་མི་སྣ། Delete མཐེབ་གནོན། ཚེས་གྲངས་གང་ཡིན་རུང་།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="213"/>
        <source>Clear filters</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གདམ་གསེས་གཙང་སེལ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="214"/>
        <source>&amp;Add household member</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་མི་ཁ་སྣོན(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="215"/>
        <source>&amp;Edit person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣའི་ཆ་འཕྲིན་བཟོ་བཅོས(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="216"/>
        <source>Edit house&amp;hold</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་རྩོམ་སྒྲིག(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="217"/>
        <source>Ma&amp;ke head of household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་ཏུ་བཀོད(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="218"/>
        <source>&amp;Move to another household…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་གཞན་དུ་སྤོ(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="219"/>
        <source>Died or moved a&amp;way…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདས་གྲོངས་སམ་གནས་སྤོས(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="220"/>
        <source>Merge a d&amp;uplicate into this person…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་ཟློས་ཟིན་ཐོ་མི་འདིར་མཉམ་སྡེབ(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="221"/>
        <source>Merge a duplicate into this househ&amp;old…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་ཟློས་ཁྱིམ་ཚང་ཁྱིམ་ཚང་འདིར་མཉམ་སྡེབ(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="222"/>
        <source>New &amp;visit to this household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་འདིར་བཅར་འདྲི་གསར་པ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="223"/>
        <source>Consen&amp;t…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མོས་མཐུན(&amp;T)…</translation>
    </message>
    <message>
        <source>Co&amp;nsent…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">མོས་མཐུན(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="224"/>
        <source>Access re&amp;quest…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཀློག་རེ་ཞུ(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="225"/>
        <source>Erase personal &amp;data…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་གྱི་ཆ་འཕྲིན་སུབ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="226"/>
        <source>Open a &amp;case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་གསར་འཛུགས(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="228"/>
        <source>Name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="228"/>
        <source>Tibetan name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བོད་ཡིག་མིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="229"/>
        <source>Sex</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="229"/>
        <source>Born</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="230"/>
        <source>ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="230"/>
        <source>Village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="231"/>
        <source>Target groups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="305"/>
        <source>Choose a person in the list to see their household.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་གཞུང་ནང་ནས་མི་ཞིག་བདམས་ནས་ཁོང་གི་ཁྱིམ་ཚང་ལ་ལྟ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="359"/>
        <source>%1+ people (more match: type more to narrow)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་ %1 ལས་མང་བ། ཡི་གེ་མང་ཙམ་བྲིས་ན་ཁྱབ་ཁོངས་ཆུང་དུ་འགྲོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="357"/>
        <source>%1 people</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="362"/>
        <source>More than %1 people (choose more filters or type a name to narrow the list)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་ %1 ལས་མང་བ། གདམ་གསེས་གཞན་འདེམས་པའམ་མིང་བྲིས་ན་ཁྱབ་ཁོངས་ཆུང་དུ་འགྲོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="384"/>
        <source>Household of %1 · %2 · %3 members</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཡི་ཁྱིམ་ཚང · %2 · ཁྱིམ་མི་ %3</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="261"/>
        <location filename="../../app/ui/forms/people_forms.py" line="282"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="261"/>
        <source>New household member</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་མི་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="292"/>
        <source>Person added</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ་ཁ་སྣོན་བྱས་ཟིན</translation>
    </message>
</context>
<context>
    <name>PersonStatusDialog</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="378"/>
        <source>&amp;What happened</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱུང་བའི་གནས་ཚུལ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="379"/>
        <source>&amp;Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="383"/>
        <source>Died or moved away</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདས་གྲོངས་སམ་གནས་སྤོས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="384"/>
        <source>Died</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདས་གྲོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="385"/>
        <source>Moved away</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གནས་སྤོས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="386"/>
        <source>Lives here (again)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་འདིར་(ཡང་བསྐྱར)སྡོད</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/widgets/progress.py" line="37"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="205"/>
        <source>Your unsaved draft was restored.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱེད་ཀྱིས་ཉར་ཚགས་མ་བྱས་པའི་ཟིན་བྲིས་སོར་ཆུད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="206"/>
        <source>Photos, scans and PDFs can be attached once this is saved: open it again to attach them.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས་བྱས་རྗེས་པར་རིས་དང་བཤེར་པར། PDF ཁ་སྣོན་བྱེད་ཐུབ། ཟིན་ཐོ་འདི་ཡང་བསྐྱར་ཁ་ཕྱེ་ནས་ཁ་སྣོན་བྱོས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="208"/>
        <source>Discard draft</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟིན་བྲིས་དོར</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="209"/>
        <source>&amp;Save</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="210"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="211"/>
        <source>Close</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="212"/>
        <source>Histor&amp;y</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་རྒྱུས(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ལོ་རྒྱུས(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="213"/>
        <source>De&amp;lete…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Title</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་བྱང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Details</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་ཆ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="153"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="157"/>
        <source>Nothing recorded yet.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་དུང་ཟིན་ཐོ་མེད།</translation>
    </message>
</context>
<context>
    <name>RemoveAttachmentDialog</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="388"/>
        <source>Remove attachment</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟུར་སྦྱར་བསུབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="389"/>
        <source>Why is %1 removed? The reason is kept in the record&apos;s history.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཅིའི་ཕྱིར་བསུབ་དགོས། རྒྱུ་མཚན་ཟིན་ཐོའི་ལོ་རྒྱུས་ནང་ཉར་གྱི་རེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="391"/>
        <source>&amp;Remove</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="392"/>
        <source>Cancel</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="140"/>
        <source>Reports</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྙན་ཞུ</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">བཅར་འདྲི་བྱས་པའི་ཁྱིམ་ཚང</translation>
    </message>
    <message>
        <source>Visits</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">བཅར་འདྲི</translation>
    </message>
    <message>
        <source>Case files opened</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">དང་ལེན་བྱས་པའི་སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <source>Case services</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">སྒེར་དོན་ཞབས་ཞུ</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཚོགས་ཆུང་གི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <source>Themed and community activities</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">བརྗོད་གཞི་ཅན་དང་སྡེ་ཁུལ་གྱི་བྱེད་སྒོ</translation>
    </message>
    <message>
        <source>Resource links</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཐོན་ཁུངས་འབྲེལ་མཐུད</translation>
    </message>
    <message>
        <source>Resources linked (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">འབྲེལ་མཐུད་བྱས་པའི་ཐོན་ཁུངས (སྒོར)</translation>
    </message>
    <message>
        <source>Person-times served</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཞབས་ཞུའི་མི་ཐེངས</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ལོ་འདིའི་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="156"/>
        <source>Monthly summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་རེའི་ཕྱོགས་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="157"/>
        <source>&amp;Month:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་བ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="158"/>
        <source>Report &amp;language:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྙན་ཞུའི་སྐད་བརྡ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="167"/>
        <source>&amp;Show</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྟོན(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="168"/>
        <source>Save as &amp;PDF…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF ལ་ཉར་ཚགས(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="169"/>
        <source>Save as &amp;Excel…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>Excel ལ་ཉར་ཚགས(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="170"/>
        <source>Save as &amp;CSV…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>CSV ལ་ཉར་ཚགས(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="171"/>
        <source>&amp;Open folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཁུག་ཁ་ཕྱེ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="173"/>
        <source>Breakdown for:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱེ་བའི་བསྡོམས་ཀྱི་དུས་ཚོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="179"/>
        <source>Overview</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མདོར་བསྟན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="180"/>
        <source>By service domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="181"/>
        <source>By village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ) ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="182"/>
        <source>Contract targets</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གན་རྒྱའི་དམིགས་འབེན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="183"/>
        <source>The county sets the contract targets; they arrive with a sync and cannot be changed here.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གན་རྒྱའི་དམིགས་འབེན་རྫོང་གིས་འཇོག གོམ་མཉམ་བྱེད་སྐབས་འབྱོར་བ་ཡིན། འདིར་བཟོ་བཅོས་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="186"/>
        <source>Figure</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲངས་ཀ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="285"/>
        <source>PDF file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>PDF ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="286"/>
        <source>Excel workbook</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>Excel ཡིག་ཆ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="287"/>
        <source>CSV table</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>CSV རེའུ་མིག</translation>
    </message>
    <message>
        <source>This month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཟླ་བ་འདི</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="49"/>
        <source>Chinese and Tibetan (bilingual)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྒྱ་ཡིག་དང་བོད་ཡིག (སྐད་གཉིས)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཟླ་བ་སྔོན་མ</translation>
    </message>
    <message>
        <source>Reports are not available yet in this version.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">པར་གཞི་འདིར་ད་དུང་སྙན་ཞུ་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="214"/>
        <source>Counting…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་རྒྱག་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="242"/>
        <source>Monthly summary of %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཡི་ཟླ་རེའི་ཕྱོགས་བསྡོམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="275"/>
        <source>Cancelled. No file was written.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདོར་ཚར། ཡིག་ཆ་གང་ཡང་བྲིས་མེད།</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">PDF ཡིག་ཆ (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">Excel ཡིག་ཆ (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">CSV རེའུ་མིག (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="293"/>
        <source>Save the monthly summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟླ་རེའི་ཕྱོགས་བསྡོམས་ཉར་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="303"/>
        <source>Writing the file…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆ་འབྲི་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="314"/>
        <source>Saved to %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ལ་ཉར་ཚགས་བྱས་ཟིན</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="288"/>
        <source>&amp;Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">འབྱུང་ཁུངས(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="292"/>
        <source>&amp;Provider</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཁོ་སྤྲོད་པ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="293"/>
        <source>For &amp;household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁེ་ཕན་ཐོབ་མཁན་གྱི་ཁྱིམ་ཚང(&amp;H)</translation>
    </message>
    <message>
        <source>Or for a &amp;person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཡང་ན་མི་སྒེར་ལ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="299"/>
        <source>&amp;Money (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངུལ་ (སྒོར)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="300"/>
        <source>&amp;Goods in kind</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངོས་པོ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Value of goods (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">དངོས་པོའི་རིན་ཐང་ (སྒོར)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="290"/>
        <source>So&amp;urce</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྱུང་ཁུངས(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="296"/>
        <source>Or for a p&amp;erson</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡང་ན་མི་སྒེར་ལ(&amp;E)</translation>
    </message>
    <message>
        <source>Value of goods (&amp;yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">དངོས་པོའི་རིན་ཐང་ (སྒོར)(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="301"/>
        <source>V&amp;alue of goods (yuan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དངོས་པོའི་རིན་ཐང་ (སྒོར)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="303"/>
        <source>&amp;Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="309"/>
        <source>New resource link</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="310"/>
        <source>Who gave it (company, charity, office)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྲོད་མཁན (ཁེ་ལས། སྙིང་རྗེའི་ཚོགས་པ། ལས་ཁུངས)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="311"/>
        <source>e.g. 500 or 1200.50</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཔེར་ན་ 500 ཡང་ན་ 1200.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="349"/>
        <source>Resource link saved</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད་ཉར་ཚགས་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="352"/>
        <source>Resource link</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="17"/>
        <location filename="../../app/ui/pages/resources.py" line="21"/>
        <source>Resource links</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="22"/>
        <source>&amp;New resource link</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད་གསར་པ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Provider</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">མཁོ་སྤྲོད་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Recipient ← provider</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལེན་མཁན ← མཁོ་སྤྲོད་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="24"/>
        <source>Source and amount</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྱུང་ཁུངས་དང་དངུལ་འབོར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="24"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
</context>
<context>
    <name>ReturnCaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="144"/>
        <source>&amp;What should be fixed?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ག་རེ་བཟོ་བཅོས་བྱེད་དགོས་སམ།(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="161"/>
        <source>Return the case to the worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་སྤྱི་ཚོགས་ལས་ཀ་བར་ཕྱིར་སློག</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="162"/>
        <source>The worker sees these comments on their Today page.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བས་བསམ་འཆར་འདི་དག་ཁོང་གི་“དེ་རིང”ཤོག་ངོས་སུ་མཐོང་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="164"/>
        <source>Return case %1. The worker sees these comments on their Today page.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 ཕྱིར་སློག་བྱེད། སྤྱི་ཚོགས་ལས་ཀ་བས་དེ་རིང་གི་ཤོག་ངོས་སུ་བསམ་འཆར་འདི་དག་མཐོང་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="168"/>
        <source>&amp;Return case</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཕྱིར་སློག(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ServiceRecordForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="90"/>
        <source>&amp;Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="91"/>
        <source>Service &amp;item</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="94"/>
        <source>&amp;Minutes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐར་མ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="97"/>
        <source>&amp;Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="102"/>
        <source>Record a service</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་ཐེངས་གཅིག་ཐོ་འགོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="125"/>
        <source>Service record</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཟིན་ཐོ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="133"/>
        <location filename="../../app/ui/pages/settings.py" line="136"/>
        <source>Settings</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒྲིག་འགོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="137"/>
        <source>Language and text size</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐད་བརྡ་དང་ཡིག་གཟུགས་ཆེ་ཆུང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="138"/>
        <source>&amp;Language</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐད་བརྡ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཡིག་གཟུགས་ཆེ་བ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="140"/>
        <source>Lar&amp;ger text</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་གཟུགས་ཆེ་བ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="141"/>
        <source>Change my password</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ངའི་གསང་ཨང་བརྗེ་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="142"/>
        <source>Current password</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་ལྟའི་གསང་ཨང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="142"/>
        <source>New password</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="143"/>
        <source>New password again</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་གསར་པ་ཡང་བསྐྱར་འཇུག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="145"/>
        <source>Change &amp;password</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་བརྗེ་བ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="146"/>
        <source>Station administration</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་ཚིགས་དོ་དམ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>Lock after minutes without use</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བེད་སྤྱོད་མ་བྱས་པའི་སྐར་མ་ག་ཚོད་རྗེས་སྒོ་ལྕགས་རྒྱག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>User name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>Full name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་ཆ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="149"/>
        <source>Role</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོ་གནས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="149"/>
        <source>First password</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོག་མའི་གསང་ཨང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="151"/>
        <source>Save lock time</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒོ་ལྕགས་རྒྱག་དུས་ཚོད་ཉར་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="152"/>
        <source>Backups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="154"/>
        <source>A backup is an encrypted copy of this station&apos;s records with its key file. It opens only with a user&apos;s password or the county recovery key. Keep it on a USB stick or a second disk, away from this computer.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ནི་ས་ཚིགས་འདིའི་ཟིན་ཐོའི་གསང་སྡོམ་མཁོ་ཕབ་དང་གསང་ལྡེའི་ཡིག་ཆ་ཡིན། སྤྱོད་མཁན་གྱི་གསང་ཨང་སམ་རྫོང་གི་སོར་ཆུད་ཀྱི་གསང་ལྡེས་མ་གཏོགས་ཁ་ཕྱེ་མི་ཐུབ། USBའམ་སྡུད་སྡེར་གཞན་ཞིག་གི་སྟེང་ཉར་ཏེ་རྩིས་འཁོར་འདི་དང་ཁ་གྲལ་དུ་ཉར་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="157"/>
        <source>&amp;Back up now…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་ལྟ་རྗེས་ཉར(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="158"/>
        <source>Automatic backups to</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རང་འགུལ་རྗེས་ཉར་གནས་ས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="159"/>
        <source>Every (hours)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བར་ཐག（ཆུ་ཚོད）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="160"/>
        <source>Backups to keep</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་རྒྱུའི་རྗེས་ཉར་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="162"/>
        <source>No second location: automatic backups off</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གནས་ས་གཉིས་པ་མེད། རང་འགུལ་རྗེས་ཉར་བཀག་ཡོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="163"/>
        <source>Choose…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="164"/>
        <source>Save backup settings</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་སྒྲིག་འགོད་ཉར་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="166"/>
        <source>Add &amp;user</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་ཁ་སྣོན(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="167"/>
        <source>Lock the screen now (Ctrl+L)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་ལྟ་བརྙན་ཡོལ་སྒོ་ལྕགས་རྒྱག (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="168"/>
        <source>About Station Ledger, diagnostics (F1)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཉེན་ཆས་འདིའི་སྐོར་དང་ནད་གཞི་ཞིབ་དཔྱད (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="170"/>
        <source>Undo (Ctrl+Z) takes back the last visit, activity, resource link or household member you saved, for as long as the status bar offers it. Other changes are corrected by editing the record.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན (Ctrl+Z) ཡིས་ཁྱེད་ཀྱིས་མཐའ་མར་ཉར་ཚགས་བྱས་པའི་བཅར་འདྲི་དང་། བྱེད་སྒོ། ཐོན་ཁུངས་འབྲེལ་མཐུད། ཁྱིམ་མི་བཅས་ཕྱིར་ལེན་ཐུབ། རྣམ་པའི་ཚན་བྱང་དུ་གསལ་བཞིན་ཡོད་རིང་ཆོག བཟོ་བཅོས་གཞན་དག་ཟིན་ཐོ་བཟོ་བཅོས་བྱས་ནས་ཡང་དག་བཟོ་རོགས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="204"/>
        <source>Password changed.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང་བརྗེས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="215"/>
        <source>Saved: the screen locks after %1 minutes without use.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉར་ཚགས་བྱས་ཟིན། བེད་སྤྱོད་མ་བྱས་པའི་སྐར་མ་ %1 རྗེས་བརྙན་ཡོལ་ལ་སྒོ་ལྕགས་རྒྱག་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="243"/>
        <source>Choose where to save the backup</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ཉར་ས་འདེམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="255"/>
        <source>Writing and checking the backup…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་འབྲི་བཞིན་ཞིབ་བཤེར་བྱེད་བཞིན་ཡོད…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="276"/>
        <source>Backup written and checked: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་བྲིས་ཟིན་ཞིང་ཞིབ་བཤེར་བྱས་ཟིན། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="279"/>
        <source>Choose a second location</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གནས་ས་གཉིས་པ་འདེམས</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../app/ui/sign_in.py" line="90"/>
        <source>Station Ledger</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="91"/>
        <source>Station Ledger — sign in</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས་ཀྱི་ཐོ་དེབ — ཐོ་འཇུག</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="92"/>
        <source>&amp;User name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="92"/>
        <source>&amp;Password</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གསང་ཨང(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="93"/>
        <source>&amp;Language</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐད་བརྡ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="95"/>
        <source>&amp;Sign in</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་འཇུག(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="96"/>
        <source>Demo station: user zhuoma, lihua, wangfang (supervisor) or admin, password demo1234.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཔེ་སྟོན་ས་ཚིགས། སྤྱོད་མཁན་ zhuoma དང་། lihua། wangfang (ལྟ་ཞིབ་སློབ་སྟོན་པ) ཡང་ན་ admin། གསང་ཨང་ demo1234།</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="123"/>
        <source>Signing in…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་འཇུག་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="22"/>
        <source>Household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="23"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="24"/>
        <source>Household visit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་ལ་བཅར་འདྲི</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="25"/>
        <source>Activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="26"/>
        <source>Activity participant</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོར་མཉམ་ཞུགས་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="27"/>
        <source>Resource link</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="28"/>
        <source>Case file</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="29"/>
        <source>Case service</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཞབས་ཞུ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="30"/>
        <source>Case review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="31"/>
        <source>Task</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་འགན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="32"/>
        <source>User</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="33"/>
        <location filename="../../app/ui/pages/conflicts.py" line="50"/>
        <source>Place</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ས་གནས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="34"/>
        <source>Contract target</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གན་རྒྱའི་དམིགས་འབེན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="37"/>
        <source>Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="38"/>
        <source>Phone</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་པར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="39"/>
        <source>Address (Chinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="40"/>
        <source>Address (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡོད་གནས (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="41"/>
        <source>Name (Chinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="42"/>
        <source>Name (Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (བོད་ཡིག)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="43"/>
        <source>Name (Latin letters)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (ལ་ཏིན་ཡི་གེ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="44"/>
        <source>Sex</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="45"/>
        <source>Date of birth</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="46"/>
        <source>ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="47"/>
        <source>Relation to the head</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="48"/>
        <source>Target groups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="49"/>
        <source>Title</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་བྱང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="51"/>
        <source>Headcount</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="52"/>
        <source>Service items</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="53"/>
        <source>Risk level</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁའི་རིམ་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="54"/>
        <source>Needs assessment</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དགོས་མཁོ་དཔྱད་དཔོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="55"/>
        <source>Plan goals</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འཆར་གཞིའི་དམིགས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="56"/>
        <source>Plan actions</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འཆར་གཞིའི་བྱ་སྤྱོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="57"/>
        <source>Why the case was opened</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་དང་ལེན་གྱི་རྒྱུ་མཚན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="58"/>
        <source>Closure summary</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་མཇུག་སྒྲིལ་གྱི་བསྡོམས་ཚིག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="59"/>
        <source>Name</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="60"/>
        <source>Village</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲོང་ཚོ (སྡེ་ཁུལ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="75"/>
        <source>(empty)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>(སྟོང་པ)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="127"/>
        <source>Sync</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་མཉམ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="130"/>
        <source>Sending to the county</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ལ་བསྐུར་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="131"/>
        <source>&amp;Sync now</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་ལྟ་གོམ་མཉམ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="132"/>
        <source>Copy to a USB &amp;folder…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>USB ཡིག་ཁུག་ཏུ་མཁོ་ཕབ(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="133"/>
        <source>Read from a USB f&amp;older…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>USB ཡིག་ཁུག་ནས་ཀློག(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="134"/>
        <source>Connect this computer to the county server</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདི་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="135"/>
        <source>Server address</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་གནས་ཡུལ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="136"/>
        <source>Enrolment code</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡུད་འགོད་ཨང་རྟགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="137"/>
        <source>County key fingerprint</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་གསང་ལྡེའི་མཛུབ་རིས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="138"/>
        <source>as printed under the enrolment code</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡུད་འགོད་ཨང་རྟགས་ཀྱི་འོག་ཏུ་པར་དུ་བཏབ་པ་ལྟར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="139"/>
        <source>Trial only: allow an unencrypted http:// address</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚོད་ལྟ་ཁོ་ནའི་ཆེད་དུ་གསང་སྡོམ་མེད་པའི་ http:// ཁ་བྱང་ལ་ཆོག་མཆན་སྤྲོད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="140"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐ་ཚིག། རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་འདི་ལ་གསང་སྡོམ་མེད། (http://) ཚོད་ལྟ་ཁོ་ནར་བེད་སྤྱོད་གཏོང་རོགས།</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">འབྲེལ་མཐུད(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="144"/>
        <source>Only the station&apos;s administrator can connect this computer to the county server.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་ཁུངས་ཀྱི་དོ་དམ་པ་ཁོ་ནས་རྩིས་འཁོར་འདི་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="146"/>
        <source>History</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལོ་རྒྱུས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="147"/>
        <source>Records the county could not accept</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གིས་ངོས་ལེན་བྱེད་མ་ཐུབ་པའི་ཟིན་ཐོ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="148"/>
        <source>&amp;Discard the chosen change…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས་པའི་བཟོ་བཅོས་འདོར་བ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="149"/>
        <source>&amp;Rename the user of this computer…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་སྤྱོད་མཁན་གྱི་མིང་བསྐྱར་འདོགས(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="151"/>
        <source>For a user name given to two people on two computers: this computer&apos;s user gets a new name (same password), then both users are kept.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གྱི་མིང་གཅིག་རྩིས་འཁོར་གཉིས་སུ་མི་གཉིས་ལ་སྤྲད་ན། རྩིས་འཁོར་འདིའི་སྤྱོད་མཁནར་མིང་གསར་པ་སྤྲོད（གསང་ཨང་མི་འགྱུར）སྤྱོད་མཁན་གཉིས་ཀ་ཉར་ཚགས་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="153"/>
        <source>The same &amp;person: merge…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གཅིག་པ་ཡིན། གཅིག་སྒྲིལ(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="155"/>
        <source>For one person added on two computers: the other computer&apos;s user takes the name, this computer&apos;s is switched off and hands over its open case files.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གཅིག་རྩིས་འཁོར་གཉིས་སུ་བསྣན་ན། རྩིས་འཁོར་གཞན་གྱི་སྤྱོད་མཁན་གྱིས་མིང་དེ་ལེན། རྩིས་འཁོར་འདིའི་སྤྱོད་མཁན་སྤྱོད་མཚམས་འཇོག་ཅིང་མཇུག་མ་སྒྲིལ་བའི་སྒེར་དོན་ཡིག་ཚགས་རྣམས་སྤྲོད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="158"/>
        <source>Refused changes are sent again at every sync. Discard one only if it should never reach the county; the audit log records who discarded it.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ངོས་ལེན་མ་བྱས་པའི་བཟོ་བཅོས་གོམ་མཉམ་རེ་རེའི་སྐབས་བསྐྱར་དུ་བསྐུར་གྱི་ཡོད། རྫོང་ལ་ནམ་ཡང་སླེབས་མི་དགོས་པ་ཁོ་ན་འདོར་རོགས། སུས་འདོར་བ་ཞིབ་བཤེར་ཐོ་དེབ་ནང་འགོད་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="163"/>
        <source>Look at &amp;conflicts</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གདོང་གཏུག་ལ་ལྟ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="177"/>
        <source>Attachments waiting to be sent: %1 (%2)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐུར་རྒྱུ་སྒུག་བཞིན་པའི་ཟུར་སྦྱར %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="186"/>
        <source>The county server must be updated before %1 changes can be taken in; they wait here and go out by themselves after the update.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་གསར་བསྒྱུར་མ་བྱས་གོང་བཟོ་བཅོས་ %1 ངོས་ལེན་བྱེད་མི་ཐུབ། དེ་དག་འདིར་སྒུག་ནས་གསར་བསྒྱུར་རྗེས་རང་འགུལ་གྱིས་བསྐུར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="191"/>
        <source>The last try did not get through; your records are safe on this computer.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐེངས་སྔ་མའི་གོམ་མཉམ་ལེགས་འགྲུབ་མ་བྱུང་། ཁྱེད་ཀྱི་ཟིན་ཐོ་རྩིས་འཁོར་འདིའི་ནང་བདེ་འཇགས་ངང་ཡོད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="202"/>
        <source>Look at &amp;conflicts (%1)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གདོང་གཏུག་ལ་ལྟ(&amp;C) (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="206"/>
        <source>%1 · %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="211"/>
        <source>%1 · %2 “%3”: %4</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 · %2 “%3”: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="220"/>
        <source>None: the county accepted everything.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མེད། རྫོང་གིས་ཚང་མ་ངོས་ལེན་བྱས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="229"/>
        <source>Once this computer is connected to the county server, it sends and receives by itself whenever the server can be reached.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདི་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་མཐུད་རྗེས། འཕྲུལ་ཆས་དང་འབྲེལ་ཐུབ་དུས་རང་འགུལ་གྱིས་བསྐུར་ལེན་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="232"/>
        <source>Sends and receives by itself every %1 seconds when the county server can be reached.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་ཐུབ་དུས་སྐར་ཆ་ %1 རེར་རང་འགུལ་གྱིས་བསྐུར་ལེན་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="236"/>
        <source>The county server cannot be reached now: it will try again by itself.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་ལྟ་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མི་ཐུབ། རང་འགུལ་གྱིས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="239"/>
        <source>The county server refused: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ངོས་ལེན་མ་བྱས། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="244"/>
        <source>Sent %1 changes, received %2 records</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་ %1 བསྐུར། ཟིན་ཐོ་ %2 བླངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="247"/>
        <source>Sent and received</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐུར་ལེན་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="248"/>
        <source>Connected to the county server</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་མཐུད་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="249"/>
        <source>Stopped by a problem; it will be tried again</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཀའ་ངལ་ཞིག་གིས་བར་ཆད་བྱུང་། ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="250"/>
        <source>The county server could not be reached</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མ་ཐུབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="251"/>
        <source>Copied to a USB folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>USB ཡིག་ཁུག་ཏུ་མཁོ་ཕབ་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="252"/>
        <source>Read from a USB folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>USB ཡིག་ཁུག་ནས་ཀློག་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="253"/>
        <source>Restored from a backup: connect to the county again with a new code</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་ཉར་ནས་སོར་ཆུད་བྱས་ཟིན། སྡུད་འགོད་ཨང་རྟགས་གསར་པས་རྫོང་དང་ཡང་བསྐྱར་འབྲེལ་མཐུད་བྱོས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="276"/>
        <source>Discard the other user here?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་གཞན་དེ་འདིར་འདོར་རམ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="277"/>
        <source>The user from the other computer will not be added on this computer; the county keeps it. Discard it here?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་གཞན་གྱི་སྤྱོད་མཁན་རྩིས་འཁོར་འདིར་མི་སྣོན། རྫོང་གིས་ཉར་ཚགས་བྱེད། འདིར་འདོར་རམ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="281"/>
        <source>Discard this change?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདི་འདོར་རམ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="282"/>
        <source>This change will never be sent to the county. The record on this computer stays as it is. Discard it?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་འདི་རྫོང་ལ་ནམ་ཡང་བསྐུར་མི་སྲིད། རྩིས་འཁོར་འདིའི་ཟིན་ཐོ་ཇི་བཞིན་ཡོད། འདོར་རམ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="308"/>
        <source>Rename the user of this computer</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་སྤྱོད་མཁན་གྱི་མིང་བསྐྱར་འདོགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="309"/>
        <source>New user name for the user of this computer (the password stays):</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་སྤྱོད་མཁན་གྱི་མིང་གསར་པ（གསང་ཨང་མི་འགྱུར）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="326"/>
        <source>The same person: merge</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་གཅིག་པ་ཡིན། གཅིག་སྒྲིལ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="327"/>
        <source>The person&apos;s password on this computer from now on:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ད་ནས་བཟུང་མི་དེས་རྩིས་འཁོར་འདིར་བེད་སྤྱོད་བྱེད་པའི་གསང་ཨང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="337"/>
        <source>it holds information the county server does not know (a newer or older version)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདིའི་ནང་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ངོས་མི་ཤེས་པའི་ཆ་འཕྲིན་ཡོད (པར་གཞི་གསར་རྙིང)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="339"/>
        <source>the clock of this computer was wrong: check the date and time</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་ཆུ་ཚོད་ནོར་འདུག ཚེས་གྲངས་དང་དུས་ཚོད་ལ་ཞིབ་བཤེར་གནང་རོགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="340"/>
        <source>it was made on another device</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་སྒྲིག་ཆས་གཞན་ཞིག་ཏུ་བཟོས་པ་རེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="341"/>
        <source>this computer could not take in this change from the county</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིས་རྫོང་ནས་ཡོང་བའི་བཟོ་བཅོས་འདི་ལེན་མ་ཐུབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="342"/>
        <source>it was damaged on the way</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྒྱུད་སྐྱེལ་བྱེད་སྐབས་སྐྱོན་ཤོར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="343"/>
        <source>the county server must be updated first</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྔོན་ལ་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་གསར་བསྒྱུར་བྱེད་དགོས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="344"/>
        <source>a value in it is not valid</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དེའི་ནང་གི་གྲངས་ཐང་ཞིག་ནུས་མེད་རེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="345"/>
        <source>the county could not accept it</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གིས་ངོས་ལེན་བྱེད་མ་ཐུབ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="173"/>
        <source>never</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནམ་ཡང་མེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="33"/>
        <source>This computer&apos;s clock is %1 minutes behind the county server&apos;s. Please set the date and time; records still go through.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་དུས་ཚོད་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལས་སྐར་མ་ %1 རྗེས་སུ་ལུས་འདུག ཚེས་གྲངས་དང་དུས་ཚོད་སྒྲིག་རོགས། ཟིན་ཐོ་རྒྱུན་ལྡན་ལྟར་བསྐུར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="36"/>
        <source>This computer&apos;s clock is %1 minutes ahead of the county server&apos;s. Please set the date and time; records still go through.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་དུས་ཚོད་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལས་སྐར་མ་ %1 སྔོན་ལ་སོང་འདུག ཚེས་གྲངས་དང་དུས་ཚོད་སྒྲིག་རོགས། ཟིན་ཐོ་རྒྱུན་ལྡན་ལྟར་བསྐུར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="41"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདིའི་དུས་ཚོད་དེའི་ཟིན་ཐོ་གསར་ཤོས་ལས་སྔ་བ་རེད། ཚེས་གྲངས་སམ་དུས་ཚོད་བསྒྱུར་འདུག ཞིབ་བཤེར་གནང་རོགས། ཁྱེད་ཀྱིས་འབྲི་བའི་ཚེས་གྲངས་ཇི་བཞིན་ཉར་ངེས།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="143"/>
        <source>Conn&amp;ect</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འབྲེལ་མཐུད(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="174"/>
        <source>Changes waiting to be sent: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐུར་རྒྱུའི་བཟོ་བཅོས། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="175"/>
        <source>Last contact with the county: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་དང་མཐའ་མའི་འབྲེལ་བ། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="181"/>
        <source>Conflicts to look at: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་དགོས་པའི་གདོང་གཏུག %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="183"/>
        <source>Records the county could not accept: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གིས་ངོས་ལེན་བྱེད་མ་ཐུབ་པའི་ཟིན་ཐོ། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="352"/>
        <location filename="../../app/ui/pages/sync.py" line="357"/>
        <source>Sending and receiving…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཏོང་ལེན་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="388"/>
        <source>Choose the USB folder</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>USB ཡིག་ཁུག་འདེམས</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="84"/>
        <location filename="../../app/ui/pages/team.py" line="87"/>
        <source>Team and caseload</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རུ་ཁག་དང་སྒེར་དོན་གྱི་འགན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="88"/>
        <source>Open case files per worker (select a row to see them)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ་རེ་རེའི་མཇུག་མ་སྒྲིལ་བའི་སྒེར་དོན (ཐིག་ཕྲེང་གཅིག་འདེམས་ནས་ལྟ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="89"/>
        <source>Case files (double-click or Enter opens one)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས (ཐེངས་གཉིས་རྡེབ་པའམ་ནང་འཇུག་མཐེབ་གནོན་ནས་ཁ་ཕྱེ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="91"/>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="92"/>
        <source>Waiting for review (longest)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་སྒུག་བཞིན་པ (ཡུན་རིང་ཤོས)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="93"/>
        <source>Overdue follow-ups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དུས་ཡོལ་བའི་རྗེས་འདེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="93"/>
        <location filename="../../app/ui/pages/team.py" line="98"/>
        <source>High risk</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁ་མཐོ་བ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཨང་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Person</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མི་སྣ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Stage</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་རིམ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Risk</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེན་ཁ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Waiting</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒུག་བཞིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="97"/>
        <source>Waiting for review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="99"/>
        <source>With overdue tasks</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དུས་ཡོལ་བའི་ལས་འགན་ཡོད་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="100"/>
        <source>All open case files</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་མ་སྒྲིལ་བའི་སྒེར་དོན་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="101"/>
        <source>Search: case number or person (name, pinyin, ID number)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཤེར་འཚོལ། སྒེར་དོན་ཨང་གྲངས་སམ་མི (མིང་། པིན་ཡིན། ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="104"/>
        <source>Staff changes for the selected user</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདེམས་པའི་སྤྱོད་མཁན་གྱི་ལས་བྱེད་འགྱུར་ལྡོག</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="105"/>
        <source>Switch &amp;off</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཚམས་འཇོག(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="105"/>
        <source>Switch o&amp;n</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་ཆོག་ཏུ་གཏོང(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="106"/>
        <source>Change &amp;role</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོ་གནས་བསྒྱུར(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="106"/>
        <source>&amp;Hand cases and tasks to</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་དང་ལས་འགན་རྩིས་སྤྲོད་ས(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="107"/>
        <source>&amp;Deleted records…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསུབ་ཟིན་པའི་ཟིན་ཐོ(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="108"/>
        <source>D&amp;ue for review…</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་བཤེར་བྱ་དགོས་པའི་ཟིན་ཐོ(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="134"/>
        <source>%1 (switched off)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 (སྤྱོད་མཚམས་བཞག་ཟིན)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="135"/>
        <source>%1 (%2 days)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 (ཉིན་ %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="161"/>
        <source>%1 (%2 open cases)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 (སྒེར་དོན་མ་གྲུབ་པ %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="165"/>
        <source>Choose a colleague</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལས་རོགས་ཤིག་འདེམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="206"/>
        <source>%1 days</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉིན་ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="232"/>
        <source>Switch on again</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡང་བསྐྱར་སྒོ་འབྱེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="233"/>
        <source>A new password for this user (their old one was removed when they were switched off):</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཁན་འདིའི་གསང་ཨང་གསར་པ（སྤྱོད་མཚམས་བཞག་དུས་གསང་ཨང་རྙིང་པ་བསུབས་ཟིན）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="240"/>
        <source>Switched on.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་ཆོག་ཏུ་བཏང་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="241"/>
        <source>Switched off: this user can no longer sign in.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱོད་མཚམས་བཞག་ཟིན། སྤྱོད་མཁན་འདིས་ད་ནས་ཐོ་འཇུག་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="248"/>
        <source>Role changed.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོ་གནས་བསྒྱུར་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="257"/>
        <source>%1 case files and %2 tasks handed over.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྒེར་དོན་ཡིག་ཚགས་ %1 དང་ལས་འགན་ %2 རྩིས་སྤྲོད་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="82"/>
        <source>Today</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དེ་རིང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="92"/>
        <source>Good day, %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཀྲ་ཤིས་བདེ་ལེགས། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="94"/>
        <source>To do</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱ་རྒྱུ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="95"/>
        <source>Case files waiting for your review</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱེད་ཀྱི་ཞིབ་བཤེར་སྒུག་བཞིན་པའི་སྒེར་དོན་ཡིག་ཚགས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="96"/>
        <location filename="../../app/ui/pages/today.py" line="167"/>
        <source>Sending to the county</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་ལ་བསྐུར་བཞིན་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="97"/>
        <source>Nothing to do. Well done!</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱ་རྒྱུ་མེད། ཡག་པོ་བྱུང་།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="98"/>
        <source>&amp;Open</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་ཕྱེ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="99"/>
        <source>Mark &amp;done</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལེགས་གྲུབ་ཏུ་རྟགས་རྒྱག(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="100"/>
        <source>New &amp;visit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲི་གསར་པ(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="101"/>
        <source>New &amp;household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་གསར་པ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="102"/>
        <source>New &amp;activity</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བྱེད་སྒོ་གསར་པ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="103"/>
        <source>New resource &amp;link</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོན་ཁུངས་འབྲེལ་མཐུད་གསར་པ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="117"/>
        <source>Fix case %1 returned by the supervisor: %2</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལྟ་ཞིབ་སློབ་སྟོན་པས་ཕྱིར་སློག་བྱས་པའི་སྒེར་དོན་ %1 བཟོ་བཅོས་གནང་རོགས། %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="119"/>
        <source>Follow-up visit to %1 (due %2) %3</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ལ་རྗེས་འདེད་བཅར་འདྲི (དུས་ཚོད་ %2) %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="161"/>
        <source>County server</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="163"/>
        <source>This computer is not connected to a county server yet, so your records stay on this computer. The administrator connects it on the Sync page.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྩིས་འཁོར་འདི་ད་དུང་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་དང་མཐུད་མེད་པས་ཟིན་ཐོ་རྣམས་རྩིས་འཁོར་འདི་ནང་ཉར་ཡོད། དོ་དམ་པས་གོམ་མཉམ་གྱི་ཤོག་ངོས་ནས་མཐུད་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="168"/>
        <source>%1 changes not yet sent to the county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་ %1 ད་དུང་རྫོང་ལ་བསྐུར་མེད།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="169"/>
        <source>Everything has been sent to the county.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚང་མ་རྫོང་ལ་བསྐུར་ཟིན།</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="171"/>
        <source>Last contact with the county: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྫོང་དང་མཐའ་མའི་འབྲེལ་བ། %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="172"/>
        <source>never</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནམ་ཡང་མེད</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="174"/>
        <source>Conflicts to look at on the Sync page: %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོམ་མཉམ་གྱི་ཤོག་ངོས་སུ་ལྟ་དགོས་པའི་གདོང་གཏུག %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="90"/>
        <source>&amp;Household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="94"/>
        <source>&amp;Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="96"/>
        <source>&amp;People served</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུ་ཞུས་པའི་མི་གྲངས(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="98"/>
        <source>&amp;Notes</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཆན(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="110"/>
        <source>&amp;Follow-up</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་འདེད(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="115"/>
        <source>New household visit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་ལ་བཅར་འདྲི་གསར་པ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="116"/>
        <source>Visit again on</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡང་བསྐྱར་བཅར་འདྲིའི་ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="152"/>
        <source>Visit saved</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲི་ཉར་ཚགས་བྱས་ཟིན</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="155"/>
        <source>Household visit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་ལ་བཅར་འདྲི</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="35"/>
        <source>Visits</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲི</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="39"/>
        <source>Household visits</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང་ལ་བཅར་འདྲི</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="40"/>
        <source>&amp;New visit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཅར་འདྲི་གསར་པ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="41"/>
        <source>All domains</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="42"/>
        <source>All workers</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ་ཡོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="43"/>
        <source>From</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="44"/>
        <source>to</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བར</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Household</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་ཚང</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="46"/>
        <source>Domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱབ་ཁོངས</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="46"/>
        <source>Service items</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="47"/>
        <source>Worker</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྤྱི་ཚོགས་ལས་ཀ་བ</translation>
    </message>
</context>
<context>
    <name>_DomainItems</name>
    <message>
        <source>Service &amp;domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཞབས་ཞུའི་ཁྱབ་ཁོངས(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="30"/>
        <source>Ser&amp;vice domain</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་ཁྱབ་ཁོངས(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="31"/>
        <source>Service &amp;items</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་དོན་ཚན(&amp;I)</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <source>Name (&amp;Chinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">མིང (རྒྱ་ཡིག)(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="88"/>
        <source>Name (&amp;Tibetan)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (བོད་ཡིག)(&amp;T)</translation>
    </message>
    <message>
        <source>Name (&amp;Latin letters)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">མིང (ལ་ཏིན་ཡི་གེ)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="87"/>
        <source>Name (C&amp;hinese)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (རྒྱ་ཡིག)(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="89"/>
        <source>Name (Lati&amp;n letters)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང (ལ་ཏིན་ཡི་གེ)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="90"/>
        <source>Se&amp;x</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕོ་མོ(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="91"/>
        <source>&amp;Birth date</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱེས་ཚེས(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="92"/>
        <source>&amp;ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="93"/>
        <source>&amp;Relation to head</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="95"/>
        <source>&amp;Phone</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁ་པར(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="97"/>
        <source>Target &amp;groups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Target groups</source>
        <translatorcomment>needs review</translatorcomment>
        <translation type="vanished">ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="105"/>
        <source>Choose the relation</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཁྱིམ་བདག་དང་འབྲེལ་བ་འདེམས</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="106"/>
        <source>e.g. 1958-03-07, 1958-03 or 1958</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཔེར་ན་ 1958-03-07། 1958-03 ཡང་ན་ 1958</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="107"/>
        <source>18 digits (the last may be X)</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཨང་ཀི་ 18 (མཐའ་མ་ X ཡིན་ཆོག)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/widgets/pickers.py" line="43"/>
        <source>Type a name, pinyin (zs), Wylie or ID number</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་དང་། པིན་ཡིན་ (zs)། ཝ་ལི་ཡི་སྦྱོར་ཚུལ། ཡང་ན་ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས་འཇུག་རོགས</translation>
    </message>
</context>
</TS>
