<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="en">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་བྱང་ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ཀུན་འདེམས(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡར་སྣོན(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མར་ཕབ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>ཡིན</translation>
    </message>
    <message>
        <source>False</source>
        <translation>མིན</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་ཅི་ཡིན</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ཆོག</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>ཆོག(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བརྡ་འཕྲིན་འདི་ཡང་བསྐྱར་སྟོན(&amp;S)</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྐྱོན་འཚོལ་བརྡ་འཕྲིན</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐ་ཚིག</translation>
    </message>
    <message>
        <source>Information:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གནས་ཚུལ</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནོར་སྐྱོན་ཚབས་ཆེན</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནོར་སྐྱོན་ཉེན་ཆེན</translation>
    </message>
    <message>
        <source>An error occurred</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ནོར་སྐྱོན་ཞིག་བྱུང</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འཚོལ་ས</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འཚོལ་ས(&amp;L)</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ཡིག་ཆའི་མིང(&amp;N)</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ཡིག་ཆའི་རིགས</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ཡིག་ཆའི་རིགས(&amp;T)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ཁ་ཕྱེ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ཁ་ཕྱེ(&amp;O)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཞན་ཉར</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>འདེམས(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>སུབ(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>སུབ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་བསྐྱར་འདོགས(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ཡིག་ཁུག་གསར་པ(&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ཡིག་ཁུག་གསར་པ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ཡིག་ཁུག་གསར་བཟོ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ཡིག་ཁུག་གསར་པ་ཞིག་བཟོ</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>Go back</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མདུན་སྐྱོད</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མདུན་དུ་སྐྱོད</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོང་རིམ་དཀར་ཆག</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གོང་རིམ་དཀར་ཆག་ལ་འགྲོ</translation>
    </message>
    <message>
        <source>List View</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་གཞུང་ལྟ་སྟངས</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་ཆའི་ལྟ་སྟངས</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཐོ་གཞུང་ལྟ་སྟངས་སུ་བསྒྱུར</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་ཆའི་ལྟ་སྟངས་སུ་བསྒྱུར</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ཡིག་ཆ་ཚང་མ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ཡིག་ཆ་ཚང་མ (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཀར་ཆག་རྣམས</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཀར་ཆག</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཀར་ཆག་འཚོལ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ཡིག་ཆ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ཡིག་ཆ</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ཡིག་ཆ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ཡིག་ཁུག</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ཡིག་ཁུག</translation>
    </message>
    <message>
        <source>Drive</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྡུད་སྡེར</translation>
    </message>
    <message>
        <source>Alias</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མིང་གཞན</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མྱུར་ལམ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ངོ་མི་ཤེས</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ངའི་རྩིས་འཁོར</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཉེ་ཆར་གྱི་གནས་ས</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གནས་ས་དང་དེབ་རྟགས་ཀྱི་ཐོ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཟུར་ངོས</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་བསལ</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>སྟོན </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྦས་པའི་ཡིག་ཆ་སྟོན(&amp;H)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཡོད་ཟིན།
དེ་ཚབ་བརྗེ་བྱེད་དམ།</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1
ཡིག་ཆ་རྙེད་མ་བྱུང་།
ཡིག་ཆའི་མིང་ཡང་དག་ཡིན་མིན་ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1
དཀར་ཆག་རྙེད་མ་བྱུང་།
དཀར་ཆག་གི་མིང་ཡང་དག་ཡིན་མིན་ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>“%1” ལ་འབྲི་འཇུག་སྲུང་སྐྱོབ་ཡོད།
འོན་ཀྱང་སུབ་བམ།</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>“%1” ངེས་པར་དུ་སུབ་བམ།</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དཀར་ཆག་སུབ་མ་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>མིང</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ཆེ་ཆུང</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>རིགས</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>རིགས</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བཟོ་བཅོས་ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>རྩིས་འཁོར</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ངའི་རྩིས་འཁོར</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡིག་ཆའི་མིང་ནོར་འདུག</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>&lt;b&gt;མིང་“%1”བེད་སྤྱོད་བྱེད་མི་ཐུབ།&lt;/b&gt;&lt;p&gt;ཡི་གེ་ཉུང་བའམ་ཚེག་ཤད་མེད་པའི་མིང་གཞན་ཞིག་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ཆོག(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ཉར་ཚགས(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>འདོར་བ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ཁ་རྒྱག(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མ་ཉར་བར་ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གྲངས་ཐང་ཞིག་འཇུག་རོགས</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་བཟོ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དྲས་གཏུབ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>མཁོ་ཕབ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>སྦྱར(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>སུབ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ཀུན་འདེམས</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་ཆ་སྟོན...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཞིབ་ཆ་སྦས...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>Qt སྐོར</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ཆོག</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ཉར་ཚགས</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ཚང་མ་ཉར་ཚགས</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ཁ་ཕྱེ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ཡིན(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚང་མར་ཡིན(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>མིན(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཚང་མར་མིན(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཚམས་འཇོག</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡང་བསྐྱར་ཚོད་ལྟ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྣང་མེད</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>འདོར་བ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དོར</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>རོགས་རམ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བེད་སྤྱོད</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སོར་སློག</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སོར་བཞག་ཐང་སོར་ཆུད</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདིར་འགྲིལ</translation>
    </message>
    <message>
        <source>Top</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡ་མཐའ</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མ་མཐའ</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཡོན་མཐའ</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཡས་མཐའ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་ངོས་གོང་མ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་ངོས་འོག་མ</translation>
    </message>
    <message>
        <source>Page left</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་ངོས་གཡོན</translation>
    </message>
    <message>
        <source>Page right</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཤོག་ངོས་གཡས</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཡར་འགྲིལ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མར་འགྲིལ</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཡོན་དུ་འགྲིལ</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>གཡས་སུ་འགྲིལ</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་བཟོ</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 བསྐྱར་བཟོ</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་བཟོ</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 ཕྱིར་འཐེན</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>%1 བསྐྱར་བཟོ</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>འདི་ཅི་ཡིན</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་འཐེན(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>བསྐྱར་བཟོ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>དྲས་གཏུབ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>མཁོ་ཕབ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>སྦྲེལ་མཐུད་ཀྱི་གནས་ས་མཁོ་ཕབ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>སྦྱར(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>སུབ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ཀུན་འདེམས</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>&lt; སྔོན་མ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་མ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>རྗེས་མ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མཇུག་སྒྲིལ(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>འདོར་བ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>རོགས་རམ(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>རོགས་རམ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>མུ་མཐུད</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ཕུལ</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>needs review</translatorcomment>
        <translation>ལེགས་གྲུབ</translation>
    </message>
</context>
</TS>
