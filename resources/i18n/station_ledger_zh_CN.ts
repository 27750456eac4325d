<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about.py" line="73"/>
        <source>About Station Ledger</source>
        <translation>关于社工站台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="74"/>
        <source>Station Ledger</source>
        <translation>社工站台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="76"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="77"/>
        <source>Store schema revision %1</source>
        <translation>数据库结构版本 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="78"/>
        <source>Qt for Python %1 (LGPL 3)</source>
        <translation>Qt for Python %1（LGPL 3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="83"/>
        <source>Font %1: SIL Open Font License 1.1</source>
        <translation>字体 %1：SIL 开放字体许可证 1.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="85"/>
        <source>Export diagnostics…</source>
        <translation>导出诊断信息…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="86"/>
        <source>Check for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="88"/>
        <source>Asks your county for a newer signed version; it is checked and starts the next time the program starts.</source>
        <translation>向县里询问经过签名的新版本；新版本经核验后，下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="91"/>
        <source>Versions, the support log, store integrity and sync state, for your county&apos;s technician. No names, ID numbers or notes are included.</source>
        <translation>版本、支持日志、数据库完整性和同步状态，供县里的技术人员使用。不含姓名、身份证号或记录内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="103"/>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="105"/>
        <source>Zip archive</source>
        <translation>Zip 压缩包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="vanished">Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="111"/>
        <source>Writing diagnostics…</source>
        <translation>正在写入诊断信息…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="119"/>
        <source>Asking the county for a newer version…</source>
        <translation>正在向县里询问新版本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="125"/>
        <source>This is the newest version (%1).</source>
        <translation>当前已是最新版本（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="128"/>
        <source>Version %1 was checked and is ready: it starts the next time you start the program.</source>
        <translation>版本 %1 已通过核验并准备就绪，下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/about.py" line="138"/>
        <source>Diagnostics saved to %1</source>
        <translation>诊断信息已保存到 %1</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="113"/>
        <source>Access request</source>
        <translation>查阅请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="114"/>
        <source>Everything this station holds about the person is written as a PDF (in the person&apos;s language) and a JSON file into your export folder. The request is recorded in the audit log.</source>
        <translation>本站保存的此人全部信息将写成 PDF（用此人的语言）和 JSON 文件，放入您的导出文件夹。此次请求记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="118"/>
        <source>&amp;Language of the person</source>
        <translation>此人的语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="121"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="122"/>
        <source>Tibetan</source>
        <translation>藏文</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="125"/>
        <source>&amp;Write the answer</source>
        <translation>生成答复(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="126"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="138"/>
        <source>Written: %1 and %2. These files hold personal data and are not encrypted: give them to the person, then delete them.</source>
        <translation>已写入：%1 和 %2。这些文件含有个人信息且未加密：交给本人后请删除。</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="17"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="21"/>
        <source>Group and themed activities</source>
        <translation>小组活动和主题活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="22"/>
        <source>&amp;New activity</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="23"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="24"/>
        <source>Kind and people</source>
        <translation>类型和人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/activities.py" line="24"/>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="175"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="176"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="177"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation type="vanished">村（社区）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="179"/>
        <source>Villa&amp;ge</source>
        <translation>村（社区）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="vanished">地点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="181"/>
        <source>Locati&amp;on</source>
        <translation>地点(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="200"/>
        <source>&amp;Participants</source>
        <translation>参与者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="201"/>
        <source>Head&amp;count</source>
        <translation>人数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="203"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="220"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="222"/>
        <source>(whole station)</source>
        <translation>（全站）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="223"/>
        <source>&amp;Add to list</source>
        <translation>加入名单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="224"/>
        <source>&amp;Remove from list</source>
        <translation>从名单中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="225"/>
        <source>When names are not known, enter how many took part.</source>
        <translation>不知道姓名时，请填写参与人数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="265"/>
        <source>Activity saved</source>
        <translation>活动已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="268"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="130"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="130"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="131"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="134"/>
        <source>Not on this computer yet: opening it fetches it from the county.</source>
        <translation>此文件还不在本电脑上：打开时将从县里获取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="156"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="157"/>
        <source>Photos, scans and PDFs</source>
        <translation>照片、扫描件和 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="215"/>
        <source>Attachments (photos, scans, PDFs)</source>
        <translation>附件（照片、扫描件、PDF）</translation>
    </message>
    <message>
        <source>Photos, scans and PDFs (%1)</source>
        <translation type="vanished">照片、扫描件和 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="166"/>
        <source>Choose the camera&apos;s folder</source>
        <translation>选择相机的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="187"/>
        <source>Adding files…</source>
        <translation>正在添加文件…</translation>
    </message>
    <message>
        <source>&amp;Attachments (photos, scans, PDFs)</source>
        <translation type="vanished">附件（照片、扫描件、PDF）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="216"/>
        <source>Add fil&amp;e…</source>
        <translation>添加文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation type="vanished">添加文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="219"/>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="vanished">添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="217"/>
        <source>From &amp;camera folder…</source>
        <translation>从相机文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="218"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="vanished">移除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="299"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="300"/>
        <source>&amp;Fetch from the county</source>
        <translation>从县里获取(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="309"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="318"/>
        <source>the first %1 of %2 pages</source>
        <translation>共 %2 页中的前 %1 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="352"/>
        <source>Fetching from the county…</source>
        <translation>正在从县里获取…</translation>
    </message>
</context>
<context>
    <name>CameraFolderDialog</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="254"/>
        <source>Photos in the camera folder</source>
        <translation>相机文件夹中的照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="255"/>
        <source>Tick the photos to attach (Space ticks the selected one).</source>
        <translation>勾选要添加的照片（空格键勾选当前一张）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="256"/>
        <source>There are no photos or PDFs in this folder.</source>
        <translation>此文件夹中没有照片或 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="258"/>
        <source>&amp;Attach</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="259"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="176"/>
        <location filename="../../app/ui/pages/cases.py" line="179"/>
        <source>Case files</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="180"/>
        <source>&amp;New case file</source>
        <translation>新建个案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="181"/>
        <source>My open cases</source>
        <translation>我正在服务的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="181"/>
        <source>My closed cases</source>
        <translation>我已结案的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="183"/>
        <source>Waiting for my review</source>
        <translation>等待我审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="184"/>
        <source>All cases of the station</source>
        <translation>本站全部个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="186"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="187"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="188"/>
        <source>Intake: why the case is opened</source>
        <translation>接案：接案原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="189"/>
        <source>Needs assessment</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="189"/>
        <source>Service plan: goals</source>
        <translation>服务计划：目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="190"/>
        <source>Service plan: actions</source>
        <translation>服务计划：行动</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="191"/>
        <source>Closure: summary</source>
        <translation>结案：小结</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="194"/>
        <source>&amp;Save text</source>
        <translation>保存文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="194"/>
        <source>Next s&amp;tage</source>
        <translation>下一阶段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="195"/>
        <source>Su&amp;bmit for review</source>
        <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="195"/>
        <source>Record a ser&amp;vice</source>
        <translation>记录一次服务(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="196"/>
        <location filename="../../app/ui/pages/cases.py" line="422"/>
        <source>A&amp;pprove</source>
        <translation>通过(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="196"/>
        <source>&amp;Return with comments</source>
        <translation>附意见退回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="197"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="197"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="205"/>
        <source>Language of the printed case file</source>
        <translation>打印个案的语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="206"/>
        <source>Print case &amp;file…</source>
        <translation>打印个案(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="510"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Print case file…</source>
        <translation type="vanished">打印个案(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="207"/>
        <source>&amp;Open to print</source>
        <translation>打开并打印(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="208"/>
        <source>&amp;Delete the file</source>
        <translation>删除文件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="209"/>
        <source>Save the selected case file as a PDF to print (Ctrl+P)</source>
        <translation>将所选个案保存为 PDF 以便打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="210"/>
        <source>Services recorded</source>
        <translation>已记录的服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="211"/>
        <source>Supervisor&apos;s reviews</source>
        <translation>督导审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="281"/>
        <source>Choose a case file in the list.</source>
        <translation>请在列表中选择一个个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="342"/>
        <source>Returned by the supervisor. To fix: %1</source>
        <translation>督导已退回。需修改：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="353"/>
        <source>%1 · %2 · %3 · stage: %4 · %5</source>
        <translation>%1 · %2 · %3 · 阶段：%4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="379"/>
        <source>%1 · %2 · %3 min · %4</source>
        <translation>%1 · %2 · %3 分钟 · %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="419"/>
        <source>Approve the case file</source>
        <translation>通过个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="420"/>
        <source>Approve case %1 (%2)? A decision cannot be taken back.</source>
        <translation>通过个案 %1（%2）？决定后不能撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="423"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="433"/>
        <source>Case %1 approved.</source>
        <translation>个案 %1 已通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="483"/>
        <source>Case %1 returned to the worker.</source>
        <translation>个案 %1 已退回社工。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="509"/>
        <source>Print the case file</source>
        <translation>打印个案</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="520"/>
        <source>Writing case file %1…</source>
        <translation>正在写入个案 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="529"/>
        <source>Case file saved to %1 — open it to print.</source>
        <translation>个案已保存到 %1，打开即可打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="550"/>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="560"/>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="138"/>
        <source>Conflicts to look at</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="140"/>
        <source>The same information was changed on this computer and on another device before they could exchange it. Choose which value to keep: your choice is sent to the county and to every device.</source>
        <translation>同一项信息在本机和另一台设备上都被修改了，两边还没来得及交换。请选择保留哪个值：您的选择会发送到县里和每一台设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>What changed</source>
        <translation>修改的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="144"/>
        <source>On this computer</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="145"/>
        <source>The other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="145"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="146"/>
        <source>No conflicts: there is nothing to choose.</source>
        <translation>没有冲突，无需选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="147"/>
        <source>Keep the value on this &amp;computer</source>
        <translation>保留本机的值(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="148"/>
        <source>Keep the &amp;other value</source>
        <translation>保留另一个值(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="149"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="164"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="189"/>
        <source>%1 “%2”, %3:</source>
        <translation>%1“%2”的%3：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="191"/>
        <source>On this computer now</source>
        <translation>本机现在的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="192"/>
        <source>Made earlier on this computer, not kept</source>
        <translation>本机之前改的值（未保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="194"/>
        <source>From the county (another device)</source>
        <translation>来自县里（另一台设备）</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="221"/>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="222"/>
        <source>Record who agreed to the station keeping this person&apos;s data, when, and for what. For a child under 14, a guardian consents.</source>
        <translation>记录谁、在何时、为何种用途同意本站保存此人的信息。不满 14 周岁的儿童由监护人同意。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="225"/>
        <source>Given &amp;by</source>
        <translation>同意人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="226"/>
        <source>Given &amp;on</source>
        <translation>同意日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="227"/>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="230"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="237"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="238"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/cli/common.py" line="46"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="65"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>密码错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="43"/>
        <location filename="../../app/models/store.py" line="115"/>
        <location filename="../../app/services/station.py" line="278"/>
        <source>The data store cannot be opened with this key.</source>
        <translation>无法用此密钥打开数据库。</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="56"/>
        <source>The data store refused a safety setting (%1).</source>
        <translation>数据库拒绝了一项安全设置（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="58"/>
        <source>The data store is not encrypted; refusing to use it.</source>
        <translation>数据库未加密，拒绝使用。</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="208"/>
        <source>This data store has no device identity; it was not set up.</source>
        <translation>此数据库没有设备标识，尚未完成设置。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyfiles.py" line="31"/>
        <location filename="../../app/security/keyfiles.py" line="33"/>
        <source>The file %1 is not a %2 key file.</source>
        <translation>文件 %1 不是%2密钥文件。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="84"/>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="86"/>
        <source>The password must not be one character repeated.</source>
        <translation>密码不能是同一个字符的重复。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="206"/>
        <location filename="../../app/security/keyring.py" line="225"/>
        <source>The key file %1 cannot be written.</source>
        <translation>无法写入密钥文件 %1。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="172"/>
        <source>The key file %1 cannot be read.</source>
        <translation>无法读取密钥文件 %1。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="174"/>
        <location filename="../../app/security/keyring.py" line="192"/>
        <location filename="../../app/security/keyring.py" line="350"/>
        <source>The key file %1 is damaged.</source>
        <translation>密钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="252"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="259"/>
        <location filename="../../app/security/keyring.py" line="276"/>
        <location filename="../../app/services/station.py" line="275"/>
        <location filename="../../app/services/station.py" line="282"/>
        <location filename="../../app/services/user_names.py" line="84"/>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="348"/>
        <location filename="../../app/services/station.py" line="187"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="387"/>
        <source>No county recovery key is set up for this station.</source>
        <translation>本站尚未设置县级恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="392"/>
        <location filename="../../app/security/keyring.py" line="394"/>
        <source>This recovery key does not fit this station.</source>
        <translation>此恢复密钥与本站不匹配。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="46"/>
        <source>This case file no longer exists.</source>
        <translation>此个案已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="83"/>
        <source>Please choose the person this case is about.</source>
        <translation>请选择此个案的服务对象。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="87"/>
        <location filename="../../app/services/cases.py" line="117"/>
        <source>Please choose the risk level.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="113"/>
        <source>This case is waiting for review or closed; it cannot be edited.</source>
        <translation>此个案正在等待审核或已结案，不能编辑。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="126"/>
        <source>Only the case&apos;s own worker may change it.</source>
        <translation>只有负责此个案的社工可以修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="132"/>
        <source>Please fill in this stage before moving on.</source>
        <translation>请先填写本阶段，再进入下一步。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="141"/>
        <source>This stage needs the supervisor&apos;s approval to move on.</source>
        <translation>本阶段需经督导批准后才能进入下一步。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="154"/>
        <source>Only a service plan or a closure is submitted for review.</source>
        <translation>只有服务计划或结案需要提交审核。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="156"/>
        <source>This case is already waiting for review.</source>
        <translation>此个案已在等待审核。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="170"/>
        <source>Only a supervisor may review case files.</source>
        <translation>只有督导可以审核个案。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="174"/>
        <source>This case is not waiting for review.</source>
        <translation>此个案不在待审核状态。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="176"/>
        <source>You cannot review a case file of your own.</source>
        <translation>不能审核自己负责的个案。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="221"/>
        <source>Services are recorded once the service plan is approved.</source>
        <translation>服务计划通过后才能记录服务。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="224"/>
        <location filename="../../app/services/corrections.py" line="104"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>分钟数必须在 0 到 1440 之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="227"/>
        <location filename="../../app/services/corrections.py" line="107"/>
        <source>A service cannot be before the case was opened.</source>
        <translation>服务日期不能早于接案日期。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="242"/>
        <source>This task no longer exists.</source>
        <translation>此任务已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/models/catalog.py" line="48"/>
        <source>This file is not a service catalogue.</source>
        <translation>此文件不是服务目录。</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="60"/>
        <source>Please choose a valid entry from the list.</source>
        <translation>请从列表中选择有效的条目。</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog.py" line="63"/>
        <source>This service item does not belong to the chosen service domain.</source>
        <translation>此服务事项不属于所选的服务领域。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="60"/>
        <source>Please enter the name in Chinese or in Tibetan.</source>
        <translation>请输入中文或藏文姓名。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="62"/>
        <source>Please choose the sex.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="42"/>
        <location filename="../../app/services/household_facts.py" line="65"/>
        <location filename="../../app/services/households.py" line="64"/>
        <source>Please choose the relation to the head of household.</source>
        <translation>请选择与户主的关系。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="68"/>
        <source>The birth date cannot be in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="79"/>
        <source>The birth date does not match the ID number (%1).</source>
        <translation>出生日期与身份证号码（%1）不符。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="85"/>
        <source>The sex does not match the ID number.</source>
        <translation>性别与身份证号码不符。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="111"/>
        <source>The ID number %1 is already registered for %2.</source>
        <translation>身份证号码 %1 已登记在 %2 名下。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="118"/>
        <location filename="../../app/services/records.py" line="124"/>
        <source>Please choose the village.</source>
        <translation>请选择村（社区）。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="134"/>
        <source>A household needs at least one member.</source>
        <translation>每户至少需要一名成员。</translation>
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
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="24"/>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="72"/>
        <location filename="../../app/services/records.py" line="51"/>
        <location filename="../../app/services/records.py" line="188"/>
        <source>Please choose the household.</source>
        <translation>请选择户。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="56"/>
        <source>Please choose at least one service item.</source>
        <translation>请至少选择一个服务事项。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="63"/>
        <source>The follow-up date must be after the visit.</source>
        <translation>回访日期必须晚于走访日期。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="66"/>
        <source>People served must be between 1 and 50.</source>
        <translation>服务人数必须在 1 到 50 之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="115"/>
        <source>Please choose the kind of activity.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="129"/>
        <source>A person on the roster no longer exists.</source>
        <translation>名单中有人员已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="133"/>
        <source>The headcount must be between 0 and 5000.</source>
        <translation>人数必须在 0 到 5000 之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="136"/>
        <source>Please add participants or enter the headcount.</source>
        <translation>请添加参与者或填写人数。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="184"/>
        <source>Enter an amount of money or describe what was given in kind.</source>
        <translation>请填写金额或说明实物内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/records.py" line="191"/>
        <source>Please choose the person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="78"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名由 2 到 32 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="117"/>
        <location filename="../../app/services/join.py" line="100"/>
        <location filename="../../app/services/restore.py" line="75"/>
        <location filename="../../app/services/station.py" line="135"/>
        <source>A station is already set up in %1.</source>
        <translation>%1 中已设置了站点。</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="145"/>
        <source>Please fill in the station name and your name.</source>
        <translation>请填写站点名称和您的姓名。</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="203"/>
        <source>No station is set up in %1.</source>
        <translation>%1 中没有设置站点。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="63"/>
        <source>The lock time must be between 1 and 120 minutes.</source>
        <translation>锁定时间必须在 1 到 120 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="82"/>
        <location filename="../../app/services/station.py" line="268"/>
        <source>Please choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="271"/>
        <source>Please enter the person&apos;s name.</source>
        <translation>请输入人员姓名。</translation>
    </message>
    <message>
        <location filename="../../app/services/restore.py" line="135"/>
        <location filename="../../app/services/staff.py" line="190"/>
        <location filename="../../app/services/station.py" line="304"/>
        <source>There is no user %1 at this station.</source>
        <translation>本站没有用户 %1。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="115"/>
        <location filename="../../app/services/workspace.py" line="47"/>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="83"/>
        <source>Please enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="87"/>
        <source>&quot;%1&quot; is not a date. Please write it like 1958-03-07, 1958年3月7日, 1958-03 or just the year 1958.</source>
        <translation>“%1”不是日期。请按 1958-03-07、1958年3月7日、1958-03 或仅年份 1958 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="92"/>
        <source>The year %1 is not possible here: please enter a year between %2 and %3.</source>
        <translation>此处不能填写 %1 年：请输入 %2 到 %3 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="95"/>
        <source>%1 is not a real date: there is no month %2.</source>
        <translation>%1 不是有效日期：没有 %2 月。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="98"/>
        <source>%1 is not a real date: month %2 of %3 has only %4 days.</source>
        <translation>%1 不是有效日期：%3 年 %2 月只有 %4 天。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="109"/>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="110"/>
        <source>The date %1 is too late: the latest date allowed here is %2.</source>
        <translation>日期 %1 太晚：此处最晚允许 %2。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="113"/>
        <source>The date %1 is too early: the earliest date allowed here is %2.</source>
        <translation>日期 %1 太早：此处最早允许 %2。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="123"/>
        <source>Please enter the full date with year, month and day, for example 2024-03-07.</source>
        <translation>请输入包含年、月、日的完整日期，例如 2024-03-07。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="141"/>
        <source>Please enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="146"/>
        <source>The amount %1 is negative. Please enter an amount of 0 or more.</source>
        <translation>金额 %1 为负数。请输入 0 或以上的金额。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="151"/>
        <source>The commas in %1 are in the wrong place. Please write the amount without commas, for example 1200.50.</source>
        <translation>%1 中的逗号位置不对。请不带逗号填写金额，例如 1200.50。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="156"/>
        <source>&quot;%1&quot; is not an amount of money. Please use digits only, for example 1200 or 1200.50.</source>
        <translation>“%1”不是金额。请只使用数字，例如 1200 或 1200.50。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="162"/>
        <source>The amount %1 has too many digits after the decimal point: at most 2 are allowed (jiao and fen).</source>
        <translation>金额 %1 的小数位太多：最多允许 2 位（角和分）。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="166"/>
        <source>The amount %1 is too large: the most that can be entered is 100,000,000 yuan.</source>
        <translation>金额 %1 太大：最多可输入 100,000,000 元。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="180"/>
        <location filename="../../app/validation/fields.py" line="194"/>
        <source>Please fill in this field.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="188"/>
        <source>This is too long: %1 characters, but at most %2 are allowed. Please shorten it.</source>
        <translation>内容太长：共 %1 个字符，最多允许 %2 个。请缩短。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="201"/>
        <source>A name cannot contain digits (%1).</source>
        <translation>姓名中不能包含数字（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="216"/>
        <source>The Chinese name contains Tibetan script. Please put the Tibetan name in the Tibetan name field.</source>
        <translation>中文姓名中含有藏文。请将藏文姓名填入藏文姓名栏。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="219"/>
        <source>The Chinese name must be written in Chinese characters.</source>
        <translation>中文姓名必须用汉字书写。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="224"/>
        <source>The Chinese name cannot contain &quot;%1&quot;. Use only Chinese characters and the middle dot ·.</source>
        <translation>中文姓名中不能包含“%1”。请只使用汉字和间隔号 ·。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="240"/>
        <source>The Tibetan name contains Chinese characters. Please put the Chinese name in the Chinese name field.</source>
        <translation>藏文姓名中含有汉字。请将中文姓名填入中文姓名栏。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="245"/>
        <source>The Tibetan name must be written in Tibetan script. Please put a Latin spelling such as Tashi in the Latin name field.</source>
        <translation>藏文姓名必须用藏文书写。拉丁字母拼写（如 Tashi）请填入拉丁文姓名栏。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="249"/>
        <source>The Tibetan name cannot contain &quot;%1&quot;. Use only Tibetan script.</source>
        <translation>藏文姓名中不能包含“%1”。请只使用藏文。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="274"/>
        <source>The phone number %1 has no area code. Please add the area code in front, for example 0891-6321234.</source>
        <translation>电话号码 %1 没有区号。请在前面加上区号，例如 0891-6321234。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="277"/>
        <source>A mobile number has 11 digits, but %1 has %2.</source>
        <translation>手机号码应为 11 位，但 %1 有 %2 位。</translation>
    </message>
    <message>
        <location filename="../../app/validation/fields.py" line="280"/>
        <source>%1 is not a phone number that can be used. Please enter an 11-digit mobile number, or a landline number with its area code, for example 0891-6321234.</source>
        <translation>%1 不是可用的电话号码。请输入 11 位手机号码，或带区号的固定电话号码，例如 0891-6321234。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="87"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, does not exist.</source>
        <translation>身份证号码 %1 无效：其中的出生日期 %2 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="92"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is before 1900.</source>
        <translation>身份证号码 %1 无效：其中的出生日期 %2 早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="97"/>
        <source>The ID number %1 is not valid: the birth date in it, %2, is in the future.</source>
        <translation>身份证号码 %1 无效：其中的出生日期 %2 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="113"/>
        <source>Please enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="116"/>
        <source>%1 is an old 15-digit ID number. Please enter the 18-digit number from the person&apos;s current ID card.</source>
        <translation>%1 是旧的 15 位身份证号码。请输入本人现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="122"/>
        <source>The ID number %1 has %2 characters, but an ID number must have 18.</source>
        <translation>身份证号码 %1 有 %2 位，但身份证号码必须是 18 位。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="128"/>
        <source>The ID number %1 is not valid: it may contain only digits, and only the last character may be X.</source>
        <translation>身份证号码 %1 无效：只能包含数字，仅最后一位可以是 X。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="136"/>
        <source>The ID number %1 is not valid: with these first 17 digits its last character should be %2. Please compare every digit with the ID card.</source>
        <translation>身份证号码 %1 无效：按前 17 位计算，最后一位应为 %2。请逐位与身份证核对。</translation>
    </message>
    <message>
        <location filename="../../app/reports/figures.py" line="34"/>
        <source>Please give the month as YYYY-MM, e.g. 2026-10.</source>
        <translation>请按 YYYY-MM 格式填写月份，例如 2026-10。</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="14"/>
        <source>Monthly service summary</source>
        <translation>月度服务汇总</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="16"/>
        <source>County roll-up</source>
        <translation>全县汇总</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="72"/>
        <location filename="../../app/reports/strings.py" line="18"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="73"/>
        <location filename="../../app/reports/sheets.py" line="122"/>
        <location filename="../../app/reports/strings.py" line="20"/>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="22"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="24"/>
        <location filename="../../app/reports/strings.py" line="224"/>
        <source>Households visited</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="26"/>
        <location filename="../../app/reports/strings.py" line="224"/>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="28"/>
        <location filename="../../app/reports/strings.py" line="225"/>
        <source>Case files established</source>
        <translation>建立个案数</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="30"/>
        <location filename="../../app/reports/strings.py" line="225"/>
        <source>Case services</source>
        <translation>个案服务</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="32"/>
        <location filename="../../app/reports/strings.py" line="226"/>
        <source>Group activities</source>
        <translation>小组活动</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="34"/>
        <location filename="../../app/reports/strings.py" line="227"/>
        <source>Themed and community activities</source>
        <translation>主题活动和社区活动</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="36"/>
        <location filename="../../app/reports/strings.py" line="228"/>
        <source>Resources linked</source>
        <translation>链接资源</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="38"/>
        <location filename="../../app/reports/strings.py" line="228"/>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Money (yuan)</source>
        <translation>资金（元）</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="40"/>
        <location filename="../../app/reports/strings.py" line="229"/>
        <source>In kind (yuan)</source>
        <translation>实物折价（元）</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="42"/>
        <location filename="../../app/reports/strings.py" line="230"/>
        <location filename="../../app/reports/strings.py" line="231"/>
        <source>Resource amount (yuan)</source>
        <translation>资源金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="44"/>
        <location filename="../../app/reports/strings.py" line="232"/>
        <source>Person-times served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="46"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="48"/>
        <location filename="../../app/reports/strings.py" line="238"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="50"/>
        <location filename="../../app/reports/strings.py" line="238"/>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="52"/>
        <location filename="../../app/reports/strings.py" line="239"/>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="54"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="56"/>
        <location filename="../../app/reports/strings.py" line="234"/>
        <source>By service domain</source>
        <translation>按服务领域</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="58"/>
        <location filename="../../app/reports/strings.py" line="234"/>
        <source>By target group</source>
        <translation>按服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="60"/>
        <location filename="../../app/reports/strings.py" line="235"/>
        <source>By village</source>
        <translation>按村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="62"/>
        <location filename="../../app/reports/strings.py" line="235"/>
        <source>By resource source</source>
        <translation>按资源来源</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="64"/>
        <location filename="../../app/reports/strings.py" line="236"/>
        <location filename="../../app/services/history.py" line="32"/>
        <source>Service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="66"/>
        <location filename="../../app/reports/strings.py" line="236"/>
        <source>Target group</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="68"/>
        <location filename="../../app/reports/strings.py" line="237"/>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="70"/>
        <location filename="../../app/reports/strings.py" line="237"/>
        <source>Resource source</source>
        <translation>资源来源</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="72"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="74"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="76"/>
        <source>A household or record can belong to several target groups: rows overlap.</source>
        <translation>一户或一条记录可属于多个服务对象类别，各行有重叠。</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="78"/>
        <source>Person-times served by service domain</source>
        <translation>各服务领域服务人次</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="80"/>
        <source>Contract targets</source>
        <translation>合同指标</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="82"/>
        <source>Measure</source>
        <translation>指标项</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="84"/>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="86"/>
        <source>Yearly target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="88"/>
        <source>Progress</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="90"/>
        <source>Expected by now</source>
        <translation>按时序应完成</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="92"/>
        <source>No contract targets have been entered for this year.</source>
        <translation>本年度尚未录入合同指标。</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="94"/>
        <source>Record manifest</source>
        <translation>记录清单</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="96"/>
        <source>SHA-256 of the records counted</source>
        <translation>所统计记录的 SHA-256 摘要</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="116"/>
        <location filename="../../app/reports/strings.py" line="98"/>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="100"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>The digest is SHA-256 over the lines &quot;kind TAB id TAB hlc&quot; of every record counted, sorted. The XLSX and CSV exports list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translation type="vanished">摘要是对每条所统计记录的“kind TAB id TAB hlc”行排序后计算的 SHA-256。XLSX 和 CSV 导出文件列出了这些记录，审计人员可据此核对报告提交后没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="104"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="106"/>
        <source>%1 stations</source>
        <translation>%1 个站点</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="171"/>
        <location filename="../../app/reports/strings.py" line="108"/>
        <location filename="../../app/services/history.py" line="44"/>
        <source>Case file</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="110"/>
        <location filename="../../app/services/access_request.py" line="211"/>
        <source>Case number</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="172"/>
        <location filename="../../app/reports/strings.py" line="112"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="114"/>
        <location filename="../../app/services/history.py" line="42"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="116"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="118"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="120"/>
        <location filename="../../app/services/access_request.py" line="212"/>
        <source>Opened on</source>
        <translation>接案日期</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="122"/>
        <location filename="../../app/services/history.py" line="44"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="124"/>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="126"/>
        <location filename="../../app/reports/strings.py" line="212"/>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="128"/>
        <location filename="../../app/services/access_request.py" line="213"/>
        <source>Intake source</source>
        <translation>案主来源</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="130"/>
        <source>Intake reason</source>
        <translation>接案原因</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="132"/>
        <location filename="../../app/reports/strings.py" line="212"/>
        <location filename="../../app/services/history.py" line="47"/>
        <source>Needs assessment</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="134"/>
        <location filename="../../app/reports/strings.py" line="213"/>
        <source>Service plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="136"/>
        <location filename="../../app/services/history.py" line="48"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="138"/>
        <location filename="../../app/services/history.py" line="48"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="140"/>
        <source>Services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="142"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="31"/>
        <location filename="../../app/services/history.py" line="32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="144"/>
        <location filename="../../app/services/history.py" line="33"/>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="146"/>
        <location filename="../../app/services/history.py" line="43"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="148"/>
        <location filename="../../app/services/history.py" line="34"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="150"/>
        <location filename="../../app/services/access_request.py" line="222"/>
        <source>Supervisor&apos;s reviews</source>
        <translation>督导审核</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="152"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="154"/>
        <location filename="../../app/services/access_request.py" line="213"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="156"/>
        <location filename="../../app/services/access_request.py" line="214"/>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="158"/>
        <location filename="../../app/reports/strings.py" line="214"/>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="160"/>
        <source>Closure reason</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="162"/>
        <source>Closure summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="164"/>
        <location filename="../../app/services/access_request.py" line="212"/>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="96"/>
        <location filename="../../app/reports/strings.py" line="166"/>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="190"/>
        <source>Printed by %1 on %2</source>
        <translation>由 %1 于 %2 打印</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="194"/>
        <location filename="../../app/reports/strings.py" line="214"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="196"/>
        <location filename="../../app/reports/strings.py" line="215"/>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="198"/>
        <location filename="../../app/reports/strings.py" line="215"/>
        <source>Submitted</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="200"/>
        <location filename="../../app/reports/strings.py" line="216"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="202"/>
        <location filename="../../app/reports/strings.py" line="216"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="204"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="206"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="208"/>
        <location filename="../../app/reports/strings.py" line="217"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="vanished">报告已取消。</translation>
    </message>
    <message>
        <location filename="../../app/server/keys.py" line="43"/>
        <source>County keys already exist in %1; refusing to overwrite them.</source>
        <translation>%1 中已有县级密钥，拒绝覆盖。</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="235"/>
        <location filename="../../app/services/settings.py" line="66"/>
        <source>Please choose a language.</source>
        <translation>请选择语言。</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="49"/>
        <source>There is no case file %1 at this station.</source>
        <translation>本站没有个案 %1。</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="57"/>
        <source>This device is not yet enrolled with the county server.</source>
        <translation>本设备尚未在县服务器注册。</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="106"/>
        <source>Please choose one of the two values.</source>
        <translation>请在两个值中选择一个。</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="110"/>
        <source>This conflict no longer exists.</source>
        <translation>此冲突已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/sync/status.py" line="114"/>
        <source>The record of this conflict no longer exists.</source>
        <translation>此冲突所涉及的记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="33"/>
        <source>The county server refused: %1</source>
        <translation>县服务器拒绝：%1</translation>
    </message>
    <message>
        <source>The county server cannot be reached (%1).</source>
        <translation type="vanished">无法连接县服务器（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="84"/>
        <location filename="../../app/reports/export.py" line="113"/>
        <source>Please choose PDF, XLSX or CSV.</source>
        <translation>请选择 PDF、XLSX 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="192"/>
        <location filename="../../app/reports/strings.py" line="213"/>
        <source>Service delivery</source>
        <translation>服务开展</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="157"/>
        <source>The station&apos;s own computer has not synced yet; sync it first, then join this device.</source>
        <translation>本站的主电脑尚未同步；请先同步它，再加入本设备。</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="84"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，没有保存任何内容。请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="86"/>
        <source>The disk could not be written: nothing was saved. Check the disk or USB stick and try again.</source>
        <translation>无法写入磁盘，没有保存任何内容。请检查磁盘或U盘后再试。</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="89"/>
        <source>The data store is damaged. Nothing was saved; restore the latest backup or ask the county for help.</source>
        <translation>数据存储已损坏，没有保存任何内容。请恢复最近的备份，或请县里帮助。</translation>
    </message>
    <message>
        <location filename="../../app/services/diagnostics.py" line="90"/>
        <source>The diagnostics could not be written to %1: %2</source>
        <translation>无法将诊断信息写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/services/updates.py" line="41"/>
        <source>This computer is not enrolled with a county yet: choose a folder that holds an update.</source>
        <translation>此电脑尚未在县里注册：请选择存有更新的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="74"/>
        <source>Updates are not set up in this build of the program.</source>
        <translation>此版本的程序未设置更新。</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="97"/>
        <source>The county&apos;s update folder could not be reached (%1).</source>
        <translation>无法连接县里的更新文件夹（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="101"/>
        <source>An update was offered that is not signed by the release keys. It was refused; tell your county.</source>
        <translation>收到的更新没有发布密钥的签名，已拒绝。请告知县里。</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="127"/>
        <source>There is no newer version than %1.</source>
        <translation>没有比 %1 更新的版本。</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="131"/>
        <location filename="../../app/updates/client.py" line="140"/>
        <source>The update could not be downloaded completely (%1). It goes on from where it stopped next time.</source>
        <translation>更新未能完整下载（%1）。下次会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../app/updates/client.py" line="137"/>
        <source>The downloaded update does not match its signature and was deleted. Tell your county.</source>
        <translation>下载的更新与其签名不符，已删除。请告知县里。</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="259"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translation>本机时钟早于它最新的一条记录：日期或时间被改过。请检查；您输入的日期会按原样保留。</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="263"/>
        <source>This computer&apos;s clock differs from the county server&apos;s by %1 minutes. Please set the date and time; records still go through.</source>
        <translation>本机时钟与县服务器相差 %1 分钟。请调整日期和时间；记录仍会正常发送。</translation>
    </message>
    <message>
        <location filename="../../app/models/migrate.py" line="77"/>
        <source>This data was saved by a newer version of Station Ledger (data format %1; this version knows up to %2). Please install the newer version; nothing has been changed.</source>
        <translation>这些数据是由更新版本的社工站台账保存的（数据格式 %1；本版本最高只认识 %2）。请安装新版本；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="18"/>
        <source>The change is damaged (not a change record).</source>
        <translation>此修改已损坏（不是修改记录）。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="19"/>
        <source>The change has no valid change id.</source>
        <translation>此修改没有有效的修改编号。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="20"/>
        <source>The county server does not know this kind of record (%1).</source>
        <translation>县服务器不认识这类记录（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="21"/>
        <source>The change has no valid record id.</source>
        <translation>此修改没有有效的记录编号。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="22"/>
        <source>The change has an unknown operation.</source>
        <translation>此修改的操作类型未知。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="23"/>
        <source>The change was made on another device.</source>
        <translation>此修改是在另一台设备上做的。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="24"/>
        <source>The list of changed fields is damaged.</source>
        <translation>修改过的字段列表已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="25"/>
        <source>The record sent with the change is missing or is another record.</source>
        <translation>随修改发送的记录缺失，或是另一条记录。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="26"/>
        <source>The earlier values sent with the change are damaged.</source>
        <translation>随修改发送的原值已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="27"/>
        <source>The county server does not know these fields of %1: %2.</source>
        <translation>县服务器不认识 %1 的这些字段：%2。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="28"/>
        <source>The county server must be updated first: this device uses a newer record format (%1; the county knows up to %2). The change will be sent again after the update.</source>
        <translation>需要先更新县服务器：本设备使用较新的记录格式（%1；县里最高只认识 %2）。更新后此修改会自动重新发送。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="31"/>
        <source>The change has a damaged clock stamp.</source>
        <translation>此修改的时钟戳已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="32"/>
        <source>The record belongs to another station.</source>
        <translation>此记录属于另一个社工站。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="33"/>
        <source>A value is not valid for %1: %2</source>
        <translation>%1 中有一个值无效：%2</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="52"/>
        <source>%1 is the number of %2 case files (made on different laptops before case numbers carried the laptop&apos;s letter). Print it from the case&apos;s own page, or give one of these ids instead: %3</source>
        <translation>%1 是 %2 份个案的编号（在个案编号带有电脑字母之前，由不同的笔记本电脑生成）。请从该个案自己的页面打印，或改用以下编号之一：%3</translation>
    </message>
    <message>
        <location filename="../../app/sync/outbox.py" line="273"/>
        <source>This refused change no longer exists.</source>
        <translation>这条被拒绝的修改已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="53"/>
        <source>The first six digits of this ID number, %1, are not a region code of China. Please compare them with the ID card; the record can still be saved.</source>
        <translation>此身份证号码的前六位 %1 不是中国的行政区划代码。请与身份证核对；此记录仍可保存。</translation>
    </message>
    <message>
        <location filename="../../app/validation/id_number.py" line="142"/>
        <source>The ID number %1 is not valid: %2 is not a region code of China. Please compare the first six digits with the ID card.</source>
        <translation>身份证号码 %1 无效：%2 不是中国的行政区划代码。请将前六位数字与身份证核对。</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="120"/>
        <location filename="../../app/reports/export.py" line="163"/>
        <source>The monthly summary for %1 could not be written as %2. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</source>
        <translation>%1 的月度汇总无法写成 %2 文件，未保存任何内容。请点击“复制详细信息”并告知县里。</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="205"/>
        <source>Case file %1 could not be printed. Nothing was saved. Please use &quot;Copy details&quot; and tell your county.</source>
        <translation>个案 %1 无法打印，未保存任何内容。请点击“复制详细信息”并告知县里。</translation>
    </message>
    <message>
        <location filename="../../app/text/policy.py" line="97"/>
        <source>This text contains characters that cannot be printed or exported: %1. Please delete them and type the text again.</source>
        <translation>这段文字含有无法打印或导出的字符：%1。请删除这些字符后重新输入。</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="54"/>
        <source>Write each change as field=value (%1).</source>
        <translation>每项修改请写成 字段=值（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="62"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="87"/>
        <location filename="../../app/services/merging.py" line="58"/>
        <source>There is no field %1 in this record.</source>
        <translation>此记录没有字段 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="119"/>
        <source>(another device)</source>
        <translation>（另一台设备）</translation>
    </message>
    <message>
        <location filename="../../app/cli/records.py" line="121"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="118"/>
        <source>There is no case file %1.</source>
        <translation>没有个案 %1。</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="18"/>
        <source>Undone right after saving</source>
        <translation>保存后立即撤销</translation>
    </message>
    <message>
        <location filename="../../app/services/authorship.py" line="32"/>
        <location filename="../../app/services/corrections.py" line="226"/>
        <source>This kind of record cannot be changed here.</source>
        <translation>此类记录不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="315"/>
        <location filename="../../app/services/authorship.py" line="61"/>
        <source>Only the worker who recorded this and the station admin may change it.</source>
        <translation>只有记录此条目的社工和站点管理员可以修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="24"/>
        <source>Please say why this record is deleted.</source>
        <translation>请说明删除此记录的原因。</translation>
    </message>
    <message>
        <location filename="../../app/services/deletion.py" line="40"/>
        <source>This household still has members: move or delete them first.</source>
        <translation>该户仍有成员：请先迁出或删除成员。</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="127"/>
        <source>This record is not deleted.</source>
        <translation>此记录未被删除。</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="130"/>
        <source>Restore the household this record belongs to first.</source>
        <translation>请先恢复此记录所属的户。</translation>
    </message>
    <message>
        <location filename="../../app/services/corrections.py" line="133"/>
        <source>The ID number %1 is now registered for someone else.</source>
        <translation>身份证号码 %1 现已登记在他人名下。</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="219"/>
        <location filename="../../app/services/history.py" line="29"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="30"/>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="30"/>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="33"/>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="34"/>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="35"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="36"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="37"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="38"/>
        <source>Goods in kind</source>
        <translation>实物</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="38"/>
        <source>Value of goods (yuan)</source>
        <translation>实物价值（元）</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="39"/>
        <source>Address (Chinese)</source>
        <translation>地址（汉文）</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="39"/>
        <source>Address (Tibetan)</source>
        <translation>地址（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="40"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Name (Tibetan)</source>
        <translation>姓名（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Name (Latin letters)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="41"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="42"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="43"/>
        <source>Target groups</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="44"/>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="45"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="47"/>
        <source>Reason for intake</source>
        <translation>接案原因</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="49"/>
        <source>Reason for closing</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="49"/>
        <source>Closing summary</source>
        <translation>结案总结</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="50"/>
        <source>Since</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="51"/>
        <source>Kept record</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="51"/>
        <source>Merged-away record</source>
        <translation>被合并的记录</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="55"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="56"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="34"/>
        <source>This household already has a head. To change the head, use “Make head of household”.</source>
        <translation>该户已有户主。如需更换户主，请使用“设为户主”。</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="49"/>
        <source>Someone who died or moved away cannot be the head.</source>
        <translation>已去世或已迁出的人不能担任户主。</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="74"/>
        <source>This person already lives in this household.</source>
        <translation>此人已在该户。</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="80"/>
        <location filename="../../app/services/household_facts.py" line="104"/>
        <source>Make someone else the head of this household first.</source>
        <translation>请先将其他成员设为该户户主。</translation>
    </message>
    <message>
        <location filename="../../app/services/household_facts.py" line="96"/>
        <source>Please choose what happened.</source>
        <translation>请选择发生的情况。</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="136"/>
        <source>A household has exactly one head.</source>
        <translation>每户只能有一名户主。</translation>
    </message>
    <message>
        <location filename="../../app/services/merging.py" line="54"/>
        <source>Only persons and households can be merged.</source>
        <translation>只有人员和户可以合并。</translation>
    </message>
    <message>
        <location filename="../../app/services/merging.py" line="61"/>
        <location filename="../../app/services/merging.py" line="139"/>
        <source>Choose two different records to merge.</source>
        <translation>请选择两条不同的记录进行合并。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="25"/>
        <source>There is no such user at this station.</source>
        <translation>本站没有这个用户。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="58"/>
        <source>You cannot switch off your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="61"/>
        <location filename="../../app/services/staff.py" line="89"/>
        <source>The station needs at least one active admin.</source>
        <translation>本站至少需要一名启用的管理员。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="131"/>
        <source>Please choose another worker to hand the cases to.</source>
        <translation>请选择另一名社工来接手个案。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="134"/>
        <source>%1 is switched off and cannot take cases.</source>
        <translation>%1 已停用，不能接手个案。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="142"/>
        <source>A chosen case file is not an open case of this worker.</source>
        <translation>所选个案不是该社工的在办个案。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="342"/>
        <location filename="../../app/services/station.py" line="189"/>
        <source>This account has been switched off. Ask the station admin.</source>
        <translation>此账户已停用，请联系站点管理员。</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>Tibetan</source>
        <translation>藏文</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="52"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="53"/>
        <source>Chinese and Tibetan</source>
        <translation>中藏双语</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="71"/>
        <source>About this report</source>
        <translation>报表说明</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="75"/>
        <source>Report language</source>
        <translation>报表语言</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="77"/>
        <location filename="../../app/reports/sheets.py" line="121"/>
        <source>Check number (SHA-256)</source>
        <translation>校验码（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="78"/>
        <source>Records counted</source>
        <translation>统计的记录数</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="114"/>
        <source>Record list</source>
        <translation>记录清单</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="116"/>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../app/reports/sheets.py" line="117"/>
        <source>Time stamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="102"/>
        <source>The check number is SHA-256 over one line per record counted (its kind, record number and time stamp), sorted. The Excel workbook (its hidden sheet, the record list) and the CSV export list these records, so an auditor can check that nothing changed after the report was submitted.</source>
        <translation>校验码是对每条所统计记录的一行（类型、记录编号和时间戳）排序后计算的 SHA-256。Excel 工作簿（其隐藏的“记录清单”工作表）和 CSV 导出文件列出了这些记录，审计人员可据此核对报告提交后没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="219"/>
        <source>Found during outreach</source>
        <translation>走访中发现</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="220"/>
        <source>Referred by another office</source>
        <translation>其他部门转介</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="221"/>
        <source>Came to the station</source>
        <translation>主动来站求助</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="222"/>
        <source>Applied for help</source>
        <translation>本人申请</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="176"/>
        <source>The county server did not answer in time. It will be tried again.</source>
        <translation>县服务器没有及时响应，稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="178"/>
        <source>There is no connection to the county server (check the network and the server address). It will be tried again.</source>
        <translation>无法连接县服务器（请检查网络和服务器地址），稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="155"/>
        <location filename="../../app/sync/transport.py" line="180"/>
        <source>The connection to the county server broke off. It will be tried again.</source>
        <translation>与县服务器的连接中断了，稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../../app/security/keyring.py" line="204"/>
        <source>The key file %1 is busy; try again.</source>
        <translation>密钥文件 %1 正在使用中，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="111"/>
        <source>The backup %1 is damaged or incomplete (%2); it cannot be used.</source>
        <translation>备份 %1 已损坏或不完整（%2），不能使用。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="172"/>
        <source>The folder %1 is not a Station Ledger backup.</source>
        <translation>文件夹 %1 不是社工站台账的备份。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="239"/>
        <location filename="../../app/services/backup.py" line="346"/>
        <source>Keep between 1 and 100 backups.</source>
        <translation>保留的备份数须在 1 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="241"/>
        <location filename="../../app/services/backup.py" line="337"/>
        <source>The backup folder %1 is not there. Is the USB stick or disk connected?</source>
        <translation>备份文件夹 %1 不存在。U盘或硬盘接上了吗？</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="248"/>
        <source>Another backup into %1 is still running; try again later.</source>
        <translation>另一个备份正在写入 %1，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="251"/>
        <location filename="../../app/services/backup.py" line="268"/>
        <source>The backup could not be written to %1 (%2). The earlier backups are unchanged.</source>
        <translation>备份无法写入 %1（%2）。以前的备份没有改变。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="279"/>
        <source>The key file does not fit this station&apos;s data; no backup was made.</source>
        <translation>密钥文件与本站数据不符，没有做备份。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="309"/>
        <source>Choose a folder for the backup.</source>
        <translation>请选择保存备份的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="341"/>
        <source>Choose a second location for automatic backups, not the data folder itself.</source>
        <translation>自动备份请选择另一个位置，不要选数据文件夹本身。</translation>
    </message>
    <message>
        <location filename="../../app/services/backup.py" line="344"/>
        <source>Back up every 1 to 168 hours.</source>
        <translation>备份间隔须在 1 到 168 小时之间。</translation>
    </message>
    <message>
        <location filename="../../app/cli/rights.py" line="30"/>
        <location filename="../../app/services/exports.py" line="33"/>
        <source>This file holds personal data (names, ID numbers, assessments) and is not encrypted. Print it, then delete it; do not leave copies on shared computers or USB sticks.</source>
        <translation>此文件含有个人信息（姓名、身份证号、评估），没有加密。打印后请删除；不要在共用电脑或U盘上留副本。</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="37"/>
        <source>This file is not encrypted. Keep it only where it is needed, and delete it when it is no longer needed.</source>
        <translation>此文件没有加密。只放在需要的地方，不再需要时请删除。</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="59"/>
        <source>The file %1 is not there any more.</source>
        <translation>文件 %1 已经不在了。</translation>
    </message>
    <message>
        <location filename="../../app/services/station.py" line="200"/>
        <source>Joining this computer to the station did not finish. Run the join again (same code and password) to finish it.</source>
        <translation>这台电脑加入本站没有完成。请用同样的加入码和密码再做一次加入，把它完成。</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="125"/>
        <source>This folder is being joined for the user %1; finish that join or choose an empty folder.</source>
        <translation>这个文件夹正在为用户 %1 加入本站；请先完成那次加入，或选择一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="134"/>
        <source>To finish joining this computer, give the same password as in the first attempt.</source>
        <translation>要完成这台电脑的加入，请输入与第一次相同的密码。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="35"/>
        <source>The change has no author.</source>
        <translation>这条修改没有作者。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="36"/>
        <source>The author of the change is not a user of this station.</source>
        <translation>这条修改的作者不是本站的用户。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="37"/>
        <source>The author of the change is not an active user of this station.</source>
        <translation>这条修改的作者不是本站在用的用户。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="40"/>
        <source>Only the station admin may change %1 records (this change acts as %2).</source>
        <translation>只有站点管理员可以修改 %1 记录（这条修改的身份是 %2）。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="41"/>
        <source>The unit is not this station, its county or one of its villages.</source>
        <translation>该单位不是本站、本县或本站的村。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="42"/>
        <source>Only a supervisor may record a review (this change acts as %1).</source>
        <translation>只有督导可以记录审核（这条修改的身份是 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="43"/>
        <source>A review must be recorded by its own reviewer.</source>
        <translation>审核必须由审核人本人记录。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="46"/>
        <source>Only a supervisor may approve or return a case file (this change acts as %1).</source>
        <translation>只有督导可以批准或退回个案（这条修改的身份是 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="48"/>
        <source>Only a supervisor&apos;s approval moves a case to %1.</source>
        <translation>只有督导批准后，个案才能进入 %1。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="49"/>
        <source>Only the case&apos;s own worker, a supervisor or the admin may change it.</source>
        <translation>只有该个案的社工本人、督导或管理员可以修改它。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="50"/>
        <source>The user has an unknown role (%1).</source>
        <translation>该用户的角色未知（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="138"/>
        <source>The server answered with other keys than the county&apos;s. Enrolment stopped; nothing was stored.</source>
        <translation>服务器返回的密钥与县里的不一致。登记已停止，没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="371"/>
        <source>The server did not show county keys; it is not a county server of this version.</source>
        <translation>该服务器没有提供县里的密钥，它不是本版本的县服务器。</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="45"/>
        <source>The county server failed on this request (HTTP %1). Tell the county; sync will try again later.</source>
        <translation>县服务器处理此请求时出错（HTTP %1）。请告知县里；稍后会再次同步。</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="90"/>
        <source>The county server is busy or cannot be reached (%1).</source>
        <translation>县服务器繁忙或无法连接（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="172"/>
        <source>The county server&apos;s certificate is not trusted; nothing was sent. Check the address, or ask the county for its certificate authority.</source>
        <translation>县服务器的证书不受信任，没有发送任何内容。请核对地址，或向县里索取其证书颁发机构。</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="34"/>
        <source>Please type the county key fingerprint from the enrolment sheet (six groups of four letters and digits).</source>
        <translation>请输入登记单上的县密钥指纹（六组，每组四个字母或数字）。</translation>
    </message>
    <message>
        <source>The server&apos;s keys do not match the county key fingerprint on the enrolment sheet (it shows %1). Nothing was sent. Check the address and the fingerprint, or ask the county.</source>
        <translation type="vanished">服务器的密钥与登记单上的县密钥指纹不符（服务器显示的是 %1）。没有发送任何内容。请核对地址和指纹，或询问县里。</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="66"/>
        <source>Please give the county server&apos;s address, starting with https://.</source>
        <translation>请填写县服务器的地址，以 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="72"/>
        <source>The county server must be reached over https://. Plain http:// is only for a trial (switch it on explicitly).</source>
        <translation>必须通过 https:// 连接县服务器。普通 http:// 仅用于试用（需明确开启）。</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="76"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translation>警告：与县服务器的这个连接没有加密（http://）。仅限试用。</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="69"/>
        <source>Station key: use 1 to 64 ASCII letters, digits, - or _.</source>
        <translation>站点代码：请用 1 到 64 个英文字母、数字、- 或 _。</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="72"/>
        <source>Hours: a code is valid for 1 to 8784 hours.</source>
        <translation>小时数：注册码的有效期为 1 到 8784 小时。</translation>
    </message>
    <message>
        <location filename="../../app/server/enrollment.py" line="75"/>
        <source>Station name: at most 200 characters, without control characters.</source>
        <translation>站点名称：最多 200 个字符，不能含控制字符。</translation>
    </message>
    <message>
        <location filename="../../app/progress.py" line="25"/>
        <source>Cancelled. Nothing more was done.</source>
        <translation>已取消，没有再做其他操作。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="39"/>
        <source>Please choose a valid value.</source>
        <translation>请选择一个有效的值。</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="91"/>
        <source>Please enter the server address.</source>
        <translation>请填写服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/sync.py" line="93"/>
        <source>Please enter the enrolment code.</source>
        <translation>请填写注册码。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="38"/>
        <source>Contract targets are the county&apos;s terms: only the county sets them, a station cannot change them.</source>
        <translation>合同指标是县里的合同条款：只能由县里设定，社工站不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="44"/>
        <source>Only a supervisor or the station admin may erase a person&apos;s data (this change acts as %1).</source>
        <translation>只有督导或站点管理员可以删除个人信息（此变更的身份为 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="84"/>
        <location filename="../../app/reports/access_pdf.py" line="127"/>
        <source>Answer to an access request</source>
        <translation>查阅请求答复</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="85"/>
        <source>Everything this station holds about %1, as of %2.</source>
        <translation>截至 %2，本站保存的关于 %1 的全部信息。</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="87"/>
        <source>Made by %1.</source>
        <translation>制作人：%1。</translation>
    </message>
    <message>
        <location filename="../../app/reports/access_pdf.py" line="106"/>
        <source>History of changes</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../../app/reports/export.py" line="185"/>
        <location filename="../../app/services/sensitivity.py" line="66"/>
        <source>This is a child&apos;s record: only the worker who serves the child, a supervisor and the admin may open it.</source>
        <translation>这是儿童的档案：只有为该儿童服务的社工、督导和管理员可以打开。</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="219"/>
        <location filename="../../app/services/consent.py" line="19"/>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="220"/>
        <source>Other members of the household (relation only)</source>
        <translation>家庭其他成员（仅关系）</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="221"/>
        <source>Household visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="221"/>
        <source>Case files</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="222"/>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="223"/>
        <source>Activities attended</source>
        <translation>参加的活动</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="223"/>
        <source>Resources received</source>
        <translation>获得的资源</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="19"/>
        <source>A guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="20"/>
        <source>Someone else (e.g. a relative)</source>
        <translation>其他人（如亲属）</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="21"/>
        <source>Providing services</source>
        <translation>提供服务</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="21"/>
        <source>Case records</source>
        <translation>个案记录</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="22"/>
        <source>Referral to other services</source>
        <translation>转介其他服务</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="23"/>
        <source>Reports to the county</source>
        <translation>向县里报告</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="23"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="37"/>
        <source>Please choose who gave consent.</source>
        <translation>请选择同意人。</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="42"/>
        <source>Please enter the day consent was given as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写同意日期。</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="45"/>
        <source>The day consent was given cannot be in the future.</source>
        <translation>同意日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="49"/>
        <source>Please choose what the consent is for.</source>
        <translation>请选择同意的用途。</translation>
    </message>
    <message>
        <location filename="../../app/services/consent.py" line="52"/>
        <source>For a child under 14, consent is given by a guardian.</source>
        <translation>不满 14 周岁的儿童由监护人同意。</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="36"/>
        <source>The purpose of processing is achieved or no longer needed</source>
        <translation>处理目的已实现或不再必要</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="37"/>
        <source>The retention period has ended or the service has stopped</source>
        <translation>保存期限已届满或服务已停止</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="38"/>
        <source>The person withdrew consent</source>
        <translation>本人撤回同意</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="39"/>
        <source>The data was processed against laws or regulations</source>
        <translation>违反法律、行政法规处理个人信息</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="40"/>
        <source>The data was processed against what was agreed</source>
        <translation>违反约定处理个人信息</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="60"/>
        <source>Please choose the lawful ground of this erasure.</source>
        <translation>请选择删除的法定事由。</translation>
    </message>
    <message>
        <location filename="../../app/services/erasure.py" line="63"/>
        <source>Please confirm the erasure: it cannot be undone.</source>
        <translation>请确认删除：此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="52"/>
        <source>Consent given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="52"/>
        <source>Consent given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="53"/>
        <source>Consent for</source>
        <translation>同意用途</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="53"/>
        <source>Personal data erased</source>
        <translation>个人信息已删除</translation>
    </message>
    <message>
        <location filename="../../app/services/retention.py" line="27"/>
        <source>Case file closed more than %1 years ago</source>
        <translation>个案结案已超过 %1 年</translation>
    </message>
    <message>
        <location filename="../../app/services/retention.py" line="28"/>
        <source>Nothing recorded for more than %1 years</source>
        <translation>超过 %1 年没有任何记录</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="71"/>
        <location filename="../../app/services/settings.py" line="74"/>
        <source>The number of years must be between 0 and 50.</source>
        <translation>年数须在 0 到 50 之间。</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="169"/>
        <location filename="../../app/reports/strings.py" line="182"/>
        <source>Photo (JPEG)</source>
        <translation>照片（JPEG）</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="169"/>
        <location filename="../../app/reports/strings.py" line="184"/>
        <source>Image (PNG)</source>
        <translation>图片（PNG）</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="170"/>
        <location filename="../../app/reports/strings.py" line="186"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../app/reports/case_print.py" line="171"/>
        <location filename="../../app/reports/strings.py" line="188"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="168"/>
        <location filename="../../app/services/access_request.py" line="224"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="170"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="172"/>
        <location filename="../../app/services/history.py" line="60"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="174"/>
        <source>Belongs to</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="176"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="178"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/reports/strings.py" line="180"/>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="65"/>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="83"/>
        <source>The file %1 is too large (%2); at most %3 can be attached.</source>
        <translation>文件 %1 太大（%2），最多只能添加 %3。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="71"/>
        <source>The photo %1 is in %2 format, which cannot be attached. Set the camera or phone to %3, or save the photo as %3 first.</source>
        <translation>照片 %1 是 %2 格式，不能添加。请把相机或手机设为 %3，或先把照片另存为 %3。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="99"/>
        <source>The image %1 has too many pixels to be attached.</source>
        <translation>图片 %1 的像素太多，不能添加。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="102"/>
        <source>The scan %1 has %2 pages; save it as one PDF to attach all of them.</source>
        <translation>扫描件 %1 有 %2 页，请把它保存为一个 PDF，才能全部添加。</translation>
    </message>
    <message>
        <source>The file %1 is neither a photo or scan (JPEG, PNG) nor a PDF, so it cannot be attached.</source>
        <translation type="vanished">文件 %1 既不是照片或扫描件（JPEG、PNG），也不是 PDF，不能添加。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="112"/>
        <source>The file %1 is damaged and cannot be read.</source>
        <translation>文件 %1 已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="158"/>
        <location filename="../../app/services/attachment_content.py" line="169"/>
        <source>The PDF %1 is damaged or locked with a password and cannot be attached.</source>
        <translation>PDF %1 已损坏或有密码保护，不能添加。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="162"/>
        <source>The PDF %1 has no pages.</source>
        <translation>PDF %1 没有页面。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="83"/>
        <source>Files cannot be attached to this kind of record.</source>
        <translation>这类记录不能添加附件。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="100"/>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="177"/>
        <location filename="../../app/services/attachments.py" line="284"/>
        <source>The file %1 is not on this computer yet; it is fetched from the county at the next sync.</source>
        <translation>文件 %1 还不在本电脑上，下次同步时将从县里获取。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="180"/>
        <source>The stored file %1 is damaged.</source>
        <translation>保存的文件 %1 已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="249"/>
        <source>The folder %1 cannot be read.</source>
        <translation>无法读取文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="296"/>
        <source>The file %1 has not reached the county yet: the computer it was added on sends it at its next sync.</source>
        <translation>文件 %1 还没有到达县里：添加它的电脑会在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>Attached to</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="215"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../app/services/access_request.py" line="216"/>
        <source>Size in bytes</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="85"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="86"/>
        <source>No such folder: %1. Is the USB stick or disk connected?</source>
        <translation>文件夹 %1 不存在。U盘或硬盘接上了吗？</translation>
    </message>
    <message>
        <location filename="../../app/protocol/reasons.py" line="52"/>
        <source>The user name %1 was also given to another person on another computer of the station. An admin can rename the user of this computer (then both are kept) or discard the other one here.</source>
        <translation>用户名 %1 在本站另一台电脑上也给了另一个人。管理员可以给本机的这个用户改名（两个用户都保留），或在本机放弃另一台电脑的那个用户。</translation>
    </message>
    <message>
        <location filename="../../app/server/api.py" line="259"/>
        <source>Port: give a number from 1 to 65535.</source>
        <translation>端口：请填写 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../app/server/folder.py" line="82"/>
        <source>%1 holds nothing from a station (no to-county folder). Choose the folder the station wrote to.</source>
        <translation>%1 里没有社工站写出的内容（没有 to-county 文件夹）。请选择社工站写入的那个文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/services/cases.py" line="77"/>
        <source>This computer was restored from a backup. Connect it to the county server again (Sync page) before opening case files: its case numbers need a new letter, the lost computer&apos;s may still be in use.</source>
        <translation>这台电脑是从备份恢复的。请先重新连接县服务器（同步页面）再新建个案：它的个案编号需要一个新字母，丢失的那台电脑的字母可能仍在使用。</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="113"/>
        <source>Households: a demo station has 1 to 5000 households.</source>
        <translation>户数：演示站点的户数为 1 到 5000。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="78"/>
        <source>Check for a newer program every 1 to 168 hours.</source>
        <translation>检查新版本程序的间隔为 1 到 168 小时。</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="65"/>
        <source>Give %1 a new password to switch the account on again.</source>
        <translation>请给 %1 设一个新密码，才能重新启用这个账户。</translation>
    </message>
    <message>
        <location filename="../../app/services/ui_queries.py" line="153"/>
        <source>Type a name, pinyin, Tibetan, ID number or case number to search for.</source>
        <translation>请输入要查找的姓名、拼音、藏文、身份证号或个案编号。</translation>
    </message>
    <message>
        <location filename="../../app/services/ui_queries.py" line="156"/>
        <source>Show 1 to 500 records of each kind.</source>
        <translation>每类显示 1 到 500 条记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="50"/>
        <source>Choose rename, merge or discard.</source>
        <translation>请选择改名、合并或放弃。</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="55"/>
        <source>Give the person a password for this computer.</source>
        <translation>请给这个人设一个本机密码。</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="63"/>
        <source>This record from the county is no longer waiting.</source>
        <translation>县里发来的这条记录已不在等待中。</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="78"/>
        <source>You cannot fold your own account into another; rename it instead.</source>
        <translation>不能把自己的账户合并到别的账户；请改名。</translation>
    </message>
    <message>
        <location filename="../../app/services/user_names.py" line="98"/>
        <source>The user from the county still cannot be added here.</source>
        <translation>县里发来的这个用户仍然无法加到本机。</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="338"/>
        <source>%1 holds nothing from the county (no from-county folder). Choose the folder the county wrote to.</source>
        <translation>%1 里没有县里写回的内容（没有 from-county 文件夹）。请选择县里写入的那个文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/services/join.py" line="167"/>
        <source>There is no user %1 at this station. Check the user name and run the join again in the same folder with the same code.</source>
        <translation>本站没有用户 %1。请核对用户名，然后在同一文件夹中用同一个注册码重新加入。</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="65"/>
        <source>%1 attachment(s) were not sent or fetched this time (for example the county refused them); sync will try again. Details: %2</source>
        <translation>本次有 %1 个附件未能发送或获取（例如被县里拒绝）；同步时会再次尝试。详情：%2</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="47"/>
        <source>The server&apos;s keys give a different fingerprint from the one you typed. Nothing was sent. Check the fingerprint against the enrolment sheet and the server address, or call the county.</source>
        <translation>服务器密钥的指纹与您输入的不一致。没有发送任何内容。请对照登记单核对指纹和服务器地址，或致电县里。</translation>
    </message>
    <message>
        <location filename="../../app/services/attachment_content.py" line="109"/>
        <source>The file %1 cannot be attached: only photos, scans and PDFs (%2) can be.</source>
        <translation>文件 %1 不能添加：只能添加照片、扫描件和 PDF（%2）。</translation>
    </message>
    <message>
        <source>The file %1 is already attached to this record.</source>
        <translation type="vanished">文件 %1 已附在此记录上，未重复添加。</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="58"/>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="58"/>
        <source>File changed</source>
        <translation>修改附件</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="59"/>
        <source>File removed</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="59"/>
        <source>File restored</source>
        <translation>恢复附件</translation>
    </message>
    <message>
        <location filename="../../app/services/attachments.py" line="127"/>
        <source>The file %1 is already attached to this record as %2.</source>
        <translation>文件 %1 已作为 %2 附在此记录上，未重复添加。</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="142"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="143"/>
        <source>Why is this record deleted? The reason is kept in its history; the station admin can restore it.</source>
        <translation>为什么删除此记录？原因会保存在记录的历史中；站点管理员可以恢复它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="145"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="146"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="297"/>
        <source>Deleted records</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="298"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="299"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="300"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="301"/>
        <source>Deleted on</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="301"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="302"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="309"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="309"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="310"/>
        <source>Resource link</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="310"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="311"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="311"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="312"/>
        <source>Case file</source>
        <translation>个案</translation>
    </message>
</context>
<context>
    <name>DueForReviewDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="294"/>
        <source>Due for review</source>
        <translation>待审视的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="295"/>
        <source>The station&apos;s retention policy lists records kept longer than it says. Nothing is deleted by this list: decide for each record. 0 years switches a rule off.</source>
        <translation>本站的保存期限规定列出保存时间超过规定的记录。此列表不会删除任何内容：请逐条决定。0 年表示关闭该规则。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="299"/>
        <source>Closed &amp;case files, after years</source>
        <translation>已结案个案，年数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="301"/>
        <source>&amp;People with nothing recorded, after years</source>
        <translation>无任何记录的人员，年数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="302"/>
        <source>&amp;Save the policy</source>
        <translation>保存规定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="303"/>
        <source>&amp;Erase the person…</source>
        <translation>删除此人信息(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="304"/>
        <source>&amp;Delete the case file…</source>
        <translation>删除此个案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="305"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="306"/>
        <source>Last recorded</source>
        <translation>最后记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="306"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="307"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="307"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="322"/>
        <source>Case file</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="322"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="52"/>
        <source>This person may already be registered. Please check:</source>
        <translation>此人可能已经登记过。请核对：</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="53"/>
        <source>It is a different person: create</source>
        <translation>是另一个人：新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="54"/>
        <source>Open the registered person</source>
        <translation>打开已登记的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="57"/>
        <source>same ID number</source>
        <translation>身份证号码相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="58"/>
        <source>same name and birth year</source>
        <translation>姓名和出生年份相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="59"/>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../app/ui/text.py" line="42"/>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="43"/>
        <source>Needs assessment</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="44"/>
        <source>Service plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="45"/>
        <source>Services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="46"/>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="47"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="48"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="49"/>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="50"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="51"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="52"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="53"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="54"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="55"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="56"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="57"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="58"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="59"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="60"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="61"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="62"/>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="63"/>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="64"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="66"/>
        <source>Group activity</source>
        <translation>小组活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="67"/>
        <source>Themed activity</source>
        <translation>主题活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="68"/>
        <source>Community activity</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="69"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="70"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="71"/>
        <source>Administrator</source>
        <translation>站点管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="72"/>
        <source>Died</source>
        <translation>去世</translation>
    </message>
    <message>
        <location filename="../../app/ui/text.py" line="73"/>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="162"/>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="163"/>
        <source>The person&apos;s personal data is removed from this computer, from the county and from the station&apos;s other computers, with every old version. Only anonymous figures for the monthly reports and a note that an erasure was made are kept. Backups made before today still hold the data: see the user guide.</source>
        <translation>此人的个人信息（连同所有旧版本）将从本机、县里和本站其他电脑上删除。只保留月报所需的匿名数字和一条“已删除”的记录。今天以前的备份仍含有这些信息：请见用户手册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="169"/>
        <source>Lawful &amp;ground</source>
        <translation>法定事由(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="176"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>我明白此操作无法撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="177"/>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/rights_dialogs.py" line="178"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../app/ui/errors.py" line="52"/>
        <source>Something went wrong. Your saved work is safe. Please tell your administrator and give them the details.</source>
        <translation>出现了问题。您已保存的内容是安全的。请告知管理员，并把详细信息交给他们。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="69"/>
        <source>Station Ledger</source>
        <translation>社工站台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="72"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="46"/>
        <source>Look in</source>
        <translation>查找范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="47"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="48"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="50"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="51"/>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialogs.py" line="52"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="144"/>
        <source>Station Ledger — set up the station</source>
        <translation>社工站台账 — 设置站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="145"/>
        <source>Welcome. No station is set up on this computer yet. Fill in the station&apos;s details once; everything is kept encrypted. Or try the demo station first.</source>
        <translation>欢迎使用。本电脑上还没有设置站点。请填写一次站点信息，所有内容都会加密保存。也可以先试用演示站点。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="148"/>
        <source>County (Chinese)</source>
        <translation>县（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="148"/>
        <source>County (Tibetan)</source>
        <translation>县（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="149"/>
        <source>Station name (Chinese)</source>
        <translation>站点名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="150"/>
        <source>Station name (Tibetan)</source>
        <translation>站点名称（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="151"/>
        <source>Villages, one per line
(Chinese|Tibetan)</source>
        <translation>村（社区），每行一个
（中文|藏文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="152"/>
        <source>Your user name</source>
        <translation>您的用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="152"/>
        <source>Your full name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="153"/>
        <source>Password (at least 8 characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="154"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="154"/>
        <location filename="../../app/ui/first_run.py" line="178"/>
        <source>County recovery key file</source>
        <translation>县级恢复密钥文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="157"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="158"/>
        <source>&amp;Set up the station</source>
        <translation>设置站点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="159"/>
        <source>Try the &amp;demo station</source>
        <translation>试用演示站点(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="160"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="162"/>
        <source>Replacing a lost or broken computer? Choose the backup folder and give a user name and that user&apos;s password as it was when the backup was made. Afterwards connect to the county again with a new enrolment code; the old computer is then shut out.</source>
        <translation>要替换丢失或损坏的电脑？请选择备份文件夹，输入一个用户名和该用户在做备份时的密码。之后用新的注册码重新连接县里；旧电脑随即被拒之门外。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="165"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="166"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="167"/>
        <source>Password at the time of the backup</source>
        <translation>做备份时的密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="169"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="170"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="180"/>
        <source>County public key</source>
        <translation>县级公钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="200"/>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="210"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="233"/>
        <source>Making the demo station…</source>
        <translation>正在创建演示站点…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="64"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="65"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="66"/>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="67"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="68"/>
        <source>Every change to this record, newest first, from the change log.</source>
        <translation>此记录的每一次修改（最新的在前），来自变更日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="70"/>
        <source>%1 from %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="72"/>
        <source>Held by: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="84"/>
        <source>(another device)</source>
        <translation>（另一台设备）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="85"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="86"/>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_actions.py" line="89"/>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>HouseholdEditForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="303"/>
        <source>&amp;Village</source>
        <translation>村（社区）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="305"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="306"/>
        <source>Address (Tibetan)</source>
        <translation>地址（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="307"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="308"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="313"/>
        <source>Choose the village</source>
        <translation>选择村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="317"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="192"/>
        <source>&amp;Village</source>
        <translation>村（社区）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="194"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="195"/>
        <source>Address (Tibetan)</source>
        <translation>地址（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="196"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="205"/>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="206"/>
        <source>Choose the village</source>
        <translation>选择村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="207"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>Station Ledger</source>
        <translation>社工站台账</translation>
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
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Sess&amp;ion</source>
        <translation>会话(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="vanished">会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248"/>
        <source>E&amp;xit</source>
        <translation>退出程序(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="vanished">已撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
</context>
<context>
    <name>MergeForm</name>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="38"/>
        <source>People with the same ID number</source>
        <translation>身份证号码相同的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="43"/>
        <source>The &amp;duplicate</source>
        <translation>重复的记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="48"/>
        <source>Values</source>
        <translation>各项内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="52"/>
        <source>Merge duplicates</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="54"/>
        <source>The selected record is kept. Everything of the duplicate (visits, case files, attendance, resource links, members) moves to it; the duplicate stays in the history as “merged into”. Tick a value to take it from the duplicate.</source>
        <translation>保留所选记录。重复记录的全部内容（走访、个案、活动参与、资源链接、成员）都转到它名下；重复记录以“已合并到”留在历史中。勾选某项即采用重复记录中的值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="57"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="57"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="58"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/merge_form.py" line="58"/>
        <source>Take</source>
        <translation>采用</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="348"/>
        <source>To &amp;household</source>
        <translation>迁入的户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="351"/>
        <source>&amp;Relation to head</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="355"/>
        <source>Move to another household</source>
        <translation>迁到另一户</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="357"/>
        <source>Choose the relation</source>
        <translation>请选择与户主关系</translation>
    </message>
</context>
<context>
    <name>OpenCaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="25"/>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>Service &amp;domain</source>
        <translation type="vanished">服务领域(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="32"/>
        <source>Ser&amp;vice domain</source>
        <translation>服务领域(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="34"/>
        <source>&amp;Risk level</source>
        <translation>风险等级(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="35"/>
        <source>&amp;Opened on</source>
        <translation>接案日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="36"/>
        <source>&amp;Why is the case opened?</source>
        <translation>接案原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="47"/>
        <source>Open a case file</source>
        <translation>新建个案</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/models/people_model.py" line="107"/>
        <source>A child&apos;s record (sensitive): shown masked to workers who do not serve the child.</source>
        <translation>儿童档案（敏感信息）：对不为该儿童服务的社工隐去显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_model.py" line="109"/>
        <source>A child&apos;s record (sensitive): only those who serve the child, supervisors and the admin see it in full.</source>
        <translation>儿童档案（敏感信息）：只有为该儿童服务的人、督导和管理员能看到全部内容。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../app/ui/pages/people.py" line="192"/>
        <location filename="../../app/ui/pages/people.py" line="195"/>
        <source>Households and people</source>
        <translation>户和人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="196"/>
        <source>&amp;New household</source>
        <translation>新建户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="197"/>
        <source>Search: name, pinyin (zs), Tibetan, Wylie or ID number</source>
        <translation>搜索：姓名、拼音（如 zs）、藏文、威利转写或身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="198"/>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="199"/>
        <source>All target groups</source>
        <translation>全部服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="200"/>
        <source>Any sex</source>
        <translation>不限性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="201"/>
        <source>All service domains</source>
        <translation>全部服务领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="202"/>
        <source>All social workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="203"/>
        <source>Has an open case file</source>
        <translation>有在办个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="204"/>
        <source>Case file waiting for review</source>
        <translation>个案待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="205"/>
        <source>No case file</source>
        <translation>无个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="206"/>
        <source>Any case status</source>
        <translation>不限个案状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="207"/>
        <source>Visited &amp;between</source>
        <translation>走访日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="208"/>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="210"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="211"/>
        <source>People whose household had a visit in these dates. Delete: any date.</source>
        <translation>只显示在这段日期内户被入户走访过的人员。按 Delete 键：不限日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="213"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="214"/>
        <source>&amp;Add household member</source>
        <translation>添加家庭成员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="215"/>
        <source>&amp;Edit person</source>
        <translation>编辑人员信息(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="216"/>
        <source>Edit house&amp;hold</source>
        <translation>编辑户信息(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="217"/>
        <source>Ma&amp;ke head of household</source>
        <translation>设为户主(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="218"/>
        <source>&amp;Move to another household…</source>
        <translation>迁到另一户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="219"/>
        <source>Died or moved a&amp;way…</source>
        <translation>去世或迁出(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="220"/>
        <source>Merge a d&amp;uplicate into this person…</source>
        <translation>将重复记录合并到此人(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="221"/>
        <source>Merge a duplicate into this househ&amp;old…</source>
        <translation>将重复的户合并到此户(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="222"/>
        <source>New &amp;visit to this household</source>
        <translation>新建对该户的走访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="223"/>
        <source>Consen&amp;t…</source>
        <translation>知情同意(&amp;T)…</translation>
    </message>
    <message>
        <source>Co&amp;nsent…</source>
        <translation type="vanished">知情同意(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="224"/>
        <source>Access re&amp;quest…</source>
        <translation>查阅请求(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="225"/>
        <source>Erase personal &amp;data…</source>
        <translation>删除个人信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="226"/>
        <source>Open a &amp;case file</source>
        <translation>新建个案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="228"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="228"/>
        <source>Tibetan name</source>
        <translation>藏文姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="229"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="229"/>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="230"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="230"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="231"/>
        <source>Target groups</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="305"/>
        <source>Choose a person in the list to see their household.</source>
        <translation>在列表中选择一个人，查看其家庭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="359"/>
        <source>%1+ people (more match: type more to narrow)</source>
        <translation>%1+ 人（还有更多匹配，继续输入可缩小范围）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="357"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="362"/>
        <source>More than %1 people (choose more filters or type a name to narrow the list)</source>
        <translation>超过 %1 人（再选筛选条件或输入姓名可缩小范围）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/people.py" line="384"/>
        <source>Household of %1 · %2 · %3 members</source>
        <translation>%1 户 · %2 · %3 人</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="261"/>
        <location filename="../../app/ui/forms/people_forms.py" line="282"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="261"/>
        <source>New household member</source>
        <translation>新建家庭成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="292"/>
        <source>Person added</source>
        <translation>已添加人员</translation>
    </message>
</context>
<context>
    <name>PersonStatusDialog</name>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="378"/>
        <source>&amp;What happened</source>
        <translation>情况(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="379"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="383"/>
        <source>Died or moved away</source>
        <translation>去世或迁出</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="384"/>
        <source>Died</source>
        <translation>去世</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="385"/>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="386"/>
        <source>Lives here (again)</source>
        <translation>（重新）在本户居住</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/widgets/progress.py" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="205"/>
        <source>Your unsaved draft was restored.</source>
        <translation>已恢复您未保存的草稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="206"/>
        <source>Photos, scans and PDFs can be attached once this is saved: open it again to attach them.</source>
        <translation>保存后即可添加照片、扫描件和 PDF：再次打开此记录即可添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="208"/>
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="209"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="211"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="212"/>
        <source>Histor&amp;y</source>
        <translation>历史记录(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="vanished">历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="213"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="152"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="153"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="157"/>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
</context>
<context>
    <name>RemoveAttachmentDialog</name>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="388"/>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="389"/>
        <source>Why is %1 removed? The reason is kept in the record&apos;s history.</source>
        <translation>为什么移除 %1？原因会保存在记录的历史中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="391"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/attachments.py" line="392"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="140"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation type="vanished">走访户数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="vanished">走访</translation>
    </message>
    <message>
        <source>Case files opened</source>
        <translation type="vanished">新开个案数</translation>
    </message>
    <message>
        <source>Case services</source>
        <translation type="vanished">个案服务</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation type="vanished">小组活动</translation>
    </message>
    <message>
        <source>Themed and community activities</source>
        <translation type="vanished">主题活动和社区活动</translation>
    </message>
    <message>
        <source>Resource links</source>
        <translation type="vanished">资源链接</translation>
    </message>
    <message>
        <source>Resources linked (yuan)</source>
        <translation type="vanished">链接资源（元）</translation>
    </message>
    <message>
        <source>Person-times served</source>
        <translation type="vanished">服务人次</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="vanished">本年累计</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="156"/>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="157"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="158"/>
        <source>Report &amp;language:</source>
        <translation>报表语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="167"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="168"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="169"/>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="170"/>
        <source>Save as &amp;CSV…</source>
        <translation>另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="171"/>
        <source>&amp;Open folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="173"/>
        <source>Breakdown for:</source>
        <translation>分项统计时段：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="179"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="180"/>
        <source>By service domain</source>
        <translation>按服务领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="181"/>
        <source>By village</source>
        <translation>按村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="182"/>
        <source>Contract targets</source>
        <translation>合同指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="183"/>
        <source>The county sets the contract targets; they arrive with a sync and cannot be changed here.</source>
        <translation>合同指标由县里设定，随同步送达，在这里不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="186"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="285"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="286"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="287"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="vanished">本月</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="49"/>
        <source>Chinese and Tibetan (bilingual)</source>
        <translation>中文和藏文（双语）</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="vanished">上月</translation>
    </message>
    <message>
        <source>Reports are not available yet in this version.</source>
        <translation type="vanished">此版本暂不提供报表功能。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="214"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="242"/>
        <source>Monthly summary of %1</source>
        <translation>%1 月度汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="275"/>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="vanished">Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="vanished">CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="293"/>
        <source>Save the monthly summary</source>
        <translation>保存月度汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="303"/>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="314"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="288"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="vanished">来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="292"/>
        <source>&amp;Provider</source>
        <translation>提供方(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="293"/>
        <source>For &amp;household</source>
        <translation>受益户(&amp;H)</translation>
    </message>
    <message>
        <source>Or for a &amp;person</source>
        <translation type="vanished">或给个人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="299"/>
        <source>&amp;Money (yuan)</source>
        <translation>资金（元）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="300"/>
        <source>&amp;Goods in kind</source>
        <translation>实物(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Value of goods (yuan)</source>
        <translation type="vanished">实物折价（元）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="290"/>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="296"/>
        <source>Or for a p&amp;erson</source>
        <translation>或给个人(&amp;E)</translation>
    </message>
    <message>
        <source>Value of goods (&amp;yuan)</source>
        <translation type="vanished">实物折价（元）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="301"/>
        <source>V&amp;alue of goods (yuan)</source>
        <translation>实物折价（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="303"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="309"/>
        <source>New resource link</source>
        <translation>新建资源链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="310"/>
        <source>Who gave it (company, charity, office)</source>
        <translation>提供者（企业、慈善组织、单位）</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="311"/>
        <source>e.g. 500 or 1200.50</source>
        <translation>例如 500 或 1200.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="349"/>
        <source>Resource link saved</source>
        <translation>资源链接已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="352"/>
        <source>Resource link</source>
        <translation>资源链接</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="17"/>
        <location filename="../../app/ui/pages/resources.py" line="21"/>
        <source>Resource links</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="22"/>
        <source>&amp;New resource link</source>
        <translation>新建资源链接(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">提供方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="23"/>
        <source>Recipient ← provider</source>
        <translation>受助方 ← 提供方</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="24"/>
        <source>Source and amount</source>
        <translation>来源和金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/resources.py" line="24"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
</context>
<context>
    <name>ReturnCaseForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="144"/>
        <source>&amp;What should be fixed?</source>
        <translation>需要修改什么？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="161"/>
        <source>Return the case to the worker</source>
        <translation>将个案退回社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="162"/>
        <source>The worker sees these comments on their Today page.</source>
        <translation>社工会在“今日”页面看到这些意见。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="164"/>
        <source>Return case %1. The worker sees these comments on their Today page.</source>
        <translation>退回个案 %1。社工会在“今天”页面看到这些意见。</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="168"/>
        <source>&amp;Return case</source>
        <translation>退回个案(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ServiceRecordForm</name>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="90"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="91"/>
        <source>Service &amp;item</source>
        <translation>服务事项(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="94"/>
        <source>&amp;Minutes</source>
        <translation>分钟(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="97"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="102"/>
        <source>Record a service</source>
        <translation>记录一次服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/case_forms.py" line="125"/>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="133"/>
        <location filename="../../app/ui/pages/settings.py" line="136"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="137"/>
        <source>Language and text size</source>
        <translation>语言和字号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="138"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="vanished">大字体(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="140"/>
        <source>Lar&amp;ger text</source>
        <translation>大字体(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="141"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="142"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="142"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="143"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="145"/>
        <source>Change &amp;password</source>
        <translation>修改密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="146"/>
        <source>Station administration</source>
        <translation>站点管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>Lock after minutes without use</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="149"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="149"/>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="151"/>
        <source>Save lock time</source>
        <translation>保存锁定时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="152"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="154"/>
        <source>A backup is an encrypted copy of this station&apos;s records with its key file. It opens only with a user&apos;s password or the county recovery key. Keep it on a USB stick or a second disk, away from this computer.</source>
        <translation>备份是本站记录的加密副本，连同密钥文件。只有用户的密码或县里的恢复密钥才能打开。请把它存放在U盘或另一块硬盘上，不要和这台电脑放在一起。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="157"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="158"/>
        <source>Automatic backups to</source>
        <translation>自动备份到</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="159"/>
        <source>Every (hours)</source>
        <translation>间隔（小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="160"/>
        <source>Backups to keep</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="162"/>
        <source>No second location: automatic backups off</source>
        <translation>没有第二个位置：自动备份已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="163"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="164"/>
        <source>Save backup settings</source>
        <translation>保存备份设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="166"/>
        <source>Add &amp;user</source>
        <translation>添加用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="167"/>
        <source>Lock the screen now (Ctrl+L)</source>
        <translation>立即锁屏（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="168"/>
        <source>About Station Ledger, diagnostics (F1)</source>
        <translation>关于本软件、诊断信息（F1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="170"/>
        <source>Undo (Ctrl+Z) takes back the last visit, activity, resource link or household member you saved, for as long as the status bar offers it. Other changes are corrected by editing the record.</source>
        <translation>撤销（Ctrl+Z）可以撤回您最后保存的走访、活动、资源链接或家庭成员，只要状态栏仍提示可以撤销。其他修改请通过编辑记录来更正。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="204"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="215"/>
        <source>Saved: the screen locks after %1 minutes without use.</source>
        <translation>已保存：%1 分钟无操作后锁定屏幕。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="243"/>
        <source>Choose where to save the backup</source>
        <translation>选择备份保存的位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="255"/>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并检查备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="276"/>
        <source>Backup written and checked: %1</source>
        <translation>备份已写入并检查：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="279"/>
        <source>Choose a second location</source>
        <translation>选择第二个位置</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../app/ui/sign_in.py" line="90"/>
        <source>Station Ledger</source>
        <translation>社工站台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="91"/>
        <source>Station Ledger — sign in</source>
        <translation>社工站台账 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="92"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="92"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="93"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="95"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="96"/>
        <source>Demo station: user zhuoma, lihua, wangfang (supervisor) or admin, password demo1234.</source>
        <translation>演示站点：用户 zhuoma、lihua、wangfang（督导）或 admin，密码 demo1234。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in.py" line="123"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="22"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="23"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="24"/>
        <source>Household visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="25"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="26"/>
        <source>Activity participant</source>
        <translation>活动参与者</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="27"/>
        <source>Resource link</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="28"/>
        <source>Case file</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="29"/>
        <source>Case service</source>
        <translation>个案服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="30"/>
        <source>Case review</source>
        <translation>个案审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="31"/>
        <source>Task</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="32"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="33"/>
        <location filename="../../app/ui/pages/conflicts.py" line="50"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="34"/>
        <source>Contract target</source>
        <translation>合同指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="37"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="38"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="39"/>
        <source>Address (Chinese)</source>
        <translation>地址（汉文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="40"/>
        <source>Address (Tibetan)</source>
        <translation>地址（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="41"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="42"/>
        <source>Name (Tibetan)</source>
        <translation>姓名（藏文）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="43"/>
        <source>Name (Latin letters)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="44"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="45"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="46"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="47"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="48"/>
        <source>Target groups</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="49"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="51"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="52"/>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="53"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="54"/>
        <source>Needs assessment</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="55"/>
        <source>Plan goals</source>
        <translation>计划目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="56"/>
        <source>Plan actions</source>
        <translation>计划措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="57"/>
        <source>Why the case was opened</source>
        <translation>接案原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="58"/>
        <source>Closure summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="60"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/conflicts.py" line="75"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="127"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="130"/>
        <source>Sending to the county</source>
        <translation>正在发送到县里</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="131"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="132"/>
        <source>Copy to a USB &amp;folder…</source>
        <translation>复制到 U 盘文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="133"/>
        <source>Read from a USB f&amp;older…</source>
        <translation>从 U 盘文件夹读取(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="134"/>
        <source>Connect this computer to the county server</source>
        <translation>将本电脑连接到县服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="135"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="136"/>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="137"/>
        <source>County key fingerprint</source>
        <translation>县密钥指纹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="138"/>
        <source>as printed under the enrolment code</source>
        <translation>即登记码下方印的那一串</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="139"/>
        <source>Trial only: allow an unencrypted http:// address</source>
        <translation>仅限试用：允许未加密的 http:// 地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="140"/>
        <source>Warning: this connection to the county server is not encrypted (http://). Use it only for a trial.</source>
        <translation>警告：与县服务器的这个连接没有加密（http://）。仅限试用。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="vanished">连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="144"/>
        <source>Only the station&apos;s administrator can connect this computer to the county server.</source>
        <translation>只有社工站管理员可以把这台电脑连接到县服务器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="146"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="147"/>
        <source>Records the county could not accept</source>
        <translation>县里无法接收的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="148"/>
        <source>&amp;Discard the chosen change…</source>
        <translation>放弃选中的修改(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="149"/>
        <source>&amp;Rename the user of this computer…</source>
        <translation>给本机用户改名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="151"/>
        <source>For a user name given to two people on two computers: this computer&apos;s user gets a new name (same password), then both users are kept.</source>
        <translation>同一个用户名在两台电脑上给了两个人时：本机的用户改用新名字（密码不变），两个用户都保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="153"/>
        <source>The same &amp;person: merge…</source>
        <translation>是同一个人：合并(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="155"/>
        <source>For one person added on two computers: the other computer&apos;s user takes the name, this computer&apos;s is switched off and hands over its open case files.</source>
        <translation>同一个人在两台电脑上都被添加时：另一台电脑的用户使用这个名字，本机的用户停用，并移交其未结个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="158"/>
        <source>Refused changes are sent again at every sync. Discard one only if it should never reach the county; the audit log records who discarded it.</source>
        <translation>被拒绝的修改在每次同步时都会重新发送。只有确定它永远不该送到县里时才放弃；审计日志会记录是谁放弃的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="163"/>
        <source>Look at &amp;conflicts</source>
        <translation>查看冲突(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="177"/>
        <source>Attachments waiting to be sent: %1 (%2)</source>
        <translation>等待发送的附件：%1 个（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="186"/>
        <source>The county server must be updated before %1 changes can be taken in; they wait here and go out by themselves after the update.</source>
        <translation>县服务器需要更新后才能接收 %1 条修改；它们会在本机等待，更新后自动发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="191"/>
        <source>The last try did not get through; your records are safe on this computer.</source>
        <translation>上次同步没有成功；您的记录安全地保存在本机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="202"/>
        <source>Look at &amp;conflicts (%1)</source>
        <translation>查看冲突(&amp;C)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="206"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="211"/>
        <source>%1 · %2 “%3”: %4</source>
        <translation>%1 · %2“%3”：%4</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="220"/>
        <source>None: the county accepted everything.</source>
        <translation>没有：县里全部接收了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="229"/>
        <source>Once this computer is connected to the county server, it sends and receives by itself whenever the server can be reached.</source>
        <translation>本机连接县服务器后，只要能连上服务器，就会自动发送和接收。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="232"/>
        <source>Sends and receives by itself every %1 seconds when the county server can be reached.</source>
        <translation>能连上县服务器时，每 %1 秒自动发送和接收一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="236"/>
        <source>The county server cannot be reached now: it will try again by itself.</source>
        <translation>现在无法连接县服务器，稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="239"/>
        <source>The county server refused: %1</source>
        <translation>县服务器拒绝了：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="244"/>
        <source>Sent %1 changes, received %2 records</source>
        <translation>发送了 %1 项更改，接收了 %2 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="247"/>
        <source>Sent and received</source>
        <translation>已发送和接收</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="248"/>
        <source>Connected to the county server</source>
        <translation>已连接县服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="249"/>
        <source>Stopped by a problem; it will be tried again</source>
        <translation>因出现问题而中断，会再次尝试</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="250"/>
        <source>The county server could not be reached</source>
        <translation>无法连接县服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="251"/>
        <source>Copied to a USB folder</source>
        <translation>已复制到 U 盘文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="252"/>
        <source>Read from a USB folder</source>
        <translation>已从 U 盘文件夹读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="253"/>
        <source>Restored from a backup: connect to the county again with a new code</source>
        <translation>已从备份恢复：请用新的注册码重新连接县里</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="276"/>
        <source>Discard the other user here?</source>
        <translation>在本机放弃另一个用户？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="277"/>
        <source>The user from the other computer will not be added on this computer; the county keeps it. Discard it here?</source>
        <translation>另一台电脑的用户不会加到本机；县里仍保留它。在本机放弃它吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="281"/>
        <source>Discard this change?</source>
        <translation>放弃这条修改吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="282"/>
        <source>This change will never be sent to the county. The record on this computer stays as it is. Discard it?</source>
        <translation>这条修改将永远不会发送到县里。本机上的记录保持不变。确定放弃吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="308"/>
        <source>Rename the user of this computer</source>
        <translation>给本机用户改名</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="309"/>
        <source>New user name for the user of this computer (the password stays):</source>
        <translation>本机用户的新用户名（密码不变）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="326"/>
        <source>The same person: merge</source>
        <translation>是同一个人：合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="327"/>
        <source>The person&apos;s password on this computer from now on:</source>
        <translation>此人今后在本机使用的密码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="337"/>
        <source>it holds information the county server does not know (a newer or older version)</source>
        <translation>其中有县服务器不认识的信息（版本较新或较旧）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="339"/>
        <source>the clock of this computer was wrong: check the date and time</source>
        <translation>本机的时钟不对：请检查日期和时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="340"/>
        <source>it was made on another device</source>
        <translation>它是在另一台设备上做的</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="341"/>
        <source>this computer could not take in this change from the county</source>
        <translation>本机无法接收县里发来的这项更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="342"/>
        <source>it was damaged on the way</source>
        <translation>它在传送途中损坏了</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="343"/>
        <source>the county server must be updated first</source>
        <translation>需要先更新县服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="344"/>
        <source>a value in it is not valid</source>
        <translation>其中有一个值无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="345"/>
        <source>the county could not accept it</source>
        <translation>县里无法接收</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="173"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="33"/>
        <source>This computer&apos;s clock is %1 minutes behind the county server&apos;s. Please set the date and time; records still go through.</source>
        <translation>本机时钟比县服务器慢 %1 分钟。请调整日期和时间；记录仍会正常发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="36"/>
        <source>This computer&apos;s clock is %1 minutes ahead of the county server&apos;s. Please set the date and time; records still go through.</source>
        <translation>本机时钟比县服务器快 %1 分钟。请调整日期和时间；记录仍会正常发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="41"/>
        <source>This computer&apos;s clock is earlier than its newest record: the date or time was changed. Please check them; dates you type are kept as typed.</source>
        <translation>本机时钟早于它最新的一条记录：日期或时间被改过。请检查；您输入的日期会按原样保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="143"/>
        <source>Conn&amp;ect</source>
        <translation>连接(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="174"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>待发送的更改：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="175"/>
        <source>Last contact with the county: %1</source>
        <translation>最近一次与县里联系：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="181"/>
        <source>Conflicts to look at: %1</source>
        <translation>待处理的冲突：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="183"/>
        <source>Records the county could not accept: %1</source>
        <translation>县里无法接收的记录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="352"/>
        <location filename="../../app/ui/pages/sync.py" line="357"/>
        <source>Sending and receiving…</source>
        <translation>正在发送和接收…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="388"/>
        <source>Choose the USB folder</source>
        <translation>选择 U 盘文件夹</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="84"/>
        <location filename="../../app/ui/pages/team.py" line="87"/>
        <source>Team and caseload</source>
        <translation>团队与个案量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="88"/>
        <source>Open case files per worker (select a row to see them)</source>
        <translation>每名社工的在办个案（选中一行查看）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="89"/>
        <source>Case files (double-click or Enter opens one)</source>
        <translation>个案（双击或回车打开）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="91"/>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="92"/>
        <source>Waiting for review (longest)</source>
        <translation>待审核（最长等待）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="93"/>
        <source>Overdue follow-ups</source>
        <translation>逾期回访</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="93"/>
        <location filename="../../app/ui/pages/team.py" line="98"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="96"/>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="97"/>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="99"/>
        <source>With overdue tasks</source>
        <translation>有逾期任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="100"/>
        <source>All open case files</source>
        <translation>全部在办个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="101"/>
        <source>Search: case number or person (name, pinyin, ID number)</source>
        <translation>搜索：个案编号或服务对象（姓名、拼音、身份证号码）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="104"/>
        <source>Staff changes for the selected user</source>
        <translation>所选用户的人员变动</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="105"/>
        <source>Switch &amp;off</source>
        <translation>停用(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="105"/>
        <source>Switch o&amp;n</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="106"/>
        <source>Change &amp;role</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="106"/>
        <source>&amp;Hand cases and tasks to</source>
        <translation>将个案和任务移交给(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="107"/>
        <source>&amp;Deleted records…</source>
        <translation>已删除的记录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="108"/>
        <source>D&amp;ue for review…</source>
        <translation>待审视的记录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="134"/>
        <source>%1 (switched off)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="135"/>
        <source>%1 (%2 days)</source>
        <translation>%1（%2 天）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="161"/>
        <source>%1 (%2 open cases)</source>
        <translation>%1（%2 个进行中的个案）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="165"/>
        <source>Choose a colleague</source>
        <translation>选择一位同事</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="206"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="232"/>
        <source>Switch on again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="233"/>
        <source>A new password for this user (their old one was removed when they were switched off):</source>
        <translation>这个用户的新密码（停用时旧密码已删除）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="240"/>
        <source>Switched on.</source>
        <translation>已启用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="241"/>
        <source>Switched off: this user can no longer sign in.</source>
        <translation>已停用：该用户不能再登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="248"/>
        <source>Role changed.</source>
        <translation>角色已更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="257"/>
        <source>%1 case files and %2 tasks handed over.</source>
        <translation>已移交 %1 个个案和 %2 项任务。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/pages/today.py" line="82"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="92"/>
        <source>Good day, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="94"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="95"/>
        <source>Case files waiting for your review</source>
        <translation>等待您审核的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="96"/>
        <location filename="../../app/ui/pages/today.py" line="167"/>
        <source>Sending to the county</source>
        <translation>正在发送到县里</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="97"/>
        <source>Nothing to do. Well done!</source>
        <translation>没有待办事项。做得好！</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="98"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="99"/>
        <source>Mark &amp;done</source>
        <translation>标记为完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="100"/>
        <source>New &amp;visit</source>
        <translation>新建走访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="101"/>
        <source>New &amp;household</source>
        <translation>新建户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="102"/>
        <source>New &amp;activity</source>
        <translation>新建活动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="103"/>
        <source>New resource &amp;link</source>
        <translation>新建资源链接(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="117"/>
        <source>Fix case %1 returned by the supervisor: %2</source>
        <translation>修改被督导退回的个案 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="119"/>
        <source>Follow-up visit to %1 (due %2) %3</source>
        <translation>回访 %1（应于 %2）%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="161"/>
        <source>County server</source>
        <translation>县服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="163"/>
        <source>This computer is not connected to a county server yet, so your records stay on this computer. The administrator connects it on the Sync page.</source>
        <translation>这台电脑还没有连接县服务器，记录只保存在这台电脑上。管理员可以在“同步”页面连接。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="168"/>
        <source>%1 changes not yet sent to the county.</source>
        <translation>还有 %1 项更改未发送到县里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="169"/>
        <source>Everything has been sent to the county.</source>
        <translation>所有内容都已发送到县里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="171"/>
        <source>Last contact with the county: %1</source>
        <translation>最近一次与县里联系：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="172"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/today.py" line="174"/>
        <source>Conflicts to look at on the Sync page: %1</source>
        <translation>同步页上待处理的冲突：%1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="90"/>
        <source>&amp;Household</source>
        <translation>户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="94"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="96"/>
        <source>&amp;People served</source>
        <translation>服务人数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="98"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="110"/>
        <source>&amp;Follow-up</source>
        <translation>回访(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="115"/>
        <source>New household visit</source>
        <translation>新建入户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="116"/>
        <source>Visit again on</source>
        <translation>再次走访日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="152"/>
        <source>Visit saved</source>
        <translation>走访已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="155"/>
        <source>Household visit</source>
        <translation>入户走访</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="35"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="39"/>
        <source>Household visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="40"/>
        <source>&amp;New visit</source>
        <translation>新建走访(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="41"/>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="42"/>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="43"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="44"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="45"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="46"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="46"/>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/visits.py" line="47"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
</context>
<context>
    <name>_DomainItems</name>
    <message>
        <source>Service &amp;domain</source>
        <translation type="vanished">服务领域(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="30"/>
        <source>Ser&amp;vice domain</source>
        <translation>服务领域(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/record_forms.py" line="31"/>
        <source>Service &amp;items</source>
        <translation>服务事项(&amp;I)</translation>
    </message>
</context>
<context>
    <name>_PersonFields</name>
    <message>
        <source>Name (&amp;Chinese)</source>
        <translation type="vanished">姓名（中文）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="88"/>
        <source>Name (&amp;Tibetan)</source>
        <translation>姓名（藏文）(&amp;T)</translation>
    </message>
    <message>
        <source>Name (&amp;Latin letters)</source>
        <translation type="vanished">姓名（拉丁字母）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="87"/>
        <source>Name (C&amp;hinese)</source>
        <translation>姓名（中文）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="89"/>
        <source>Name (Lati&amp;n letters)</source>
        <translation>姓名（拉丁字母）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="90"/>
        <source>Se&amp;x</source>
        <translation>性别(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="91"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="92"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="93"/>
        <source>&amp;Relation to head</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="95"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="97"/>
        <source>Target &amp;groups</source>
        <translation>服务对象类别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Target groups</source>
        <translation type="vanished">服务对象类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="105"/>
        <source>Choose the relation</source>
        <translation>请选择与户主关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="106"/>
        <source>e.g. 1958-03-07, 1958-03 or 1958</source>
        <translation>例如 1958-03-07、1958-03 或 1958</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/people_forms.py" line="107"/>
        <source>18 digits (the last may be X)</source>
        <translation>18 位（最后一位可以是 X）</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/widgets/pickers.py" line="43"/>
        <source>Type a name, pinyin (zs), Wylie or ID number</source>
        <translation>输入姓名、拼音（如 zs）、威利转写或身份证号码</translation>
    </message>
</context>
</TS>
