"""Report headings and static text: English sources marked with N_() (context "Core"), and a
built-in Chinese/Tibetan rendering used only while app.i18n has no translation for them.

FALLBACK's values are written by scripts/apply_glossary.py from the .ts catalogues (so a report
never shows a second, older wording); add a new entry with your draft and re-run the script
once the catalogues translate it. tests/test_glossary_consistency.py checks they agree.
"""
from __future__ import annotations

from app.errors import N_

# source: (zh_CN, bo)
FALLBACK: dict[str, tuple[str, str]] = {
    N_("Monthly service summary"):
        ("月度服务汇总", "ཟླ་རེའི་ཞབས་ཞུའི་ཕྱོགས་བསྡོམས"),
    N_("County roll-up"):
        ("全县汇总", "རྫོང་ཡོངས་ཀྱི་ཕྱོགས་བསྡོམས"),
    N_("Month"):
        ("月份", "ཟླ་བ"),
    N_("Station"):
        ("社工站", "སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས"),
    N_("Generated"):
        ("生成时间", "བཟོས་དུས"),
    N_("Households visited"):
        ("走访户数", "བཅར་འདྲི་བྱས་པའི་ཁྱིམ་ཚང"),
    N_("Visits"):
        ("走访次数", "བཅར་འདྲིའི་ཐེངས་གྲངས"),
    N_("Case files established"):
        ("建立个案数", "གསར་འཛུགས་བྱས་པའི་སྒེར་དོན་ཡིག་ཚགས"),
    N_("Case services"):
        ("个案服务", "སྒེར་དོན་ཞབས་ཞུ"),
    N_("Group activities"):
        ("小组活动", "ཚོགས་ཆུང་གི་བྱེད་སྒོ"),
    N_("Themed and community activities"):
        ("主题活动和社区活动", "བརྗོད་གཞི་ཅན་དང་སྡེ་ཁུལ་གྱི་བྱེད་སྒོ"),
    N_("Resources linked"):
        ("链接资源", "འབྲེལ་མཐུད་བྱས་པའི་ཐོན་ཁུངས"),
    N_("Money (yuan)"):
        ("资金（元）", "དངུལ་ (སྒོར)"),
    N_("In kind (yuan)"):
        ("实物折价（元）", "དངོས་པོའི་རིན་ཐང་ (སྒོར)"),
    N_("Resource amount (yuan)"):
        ("资源金额（元）", "ཐོན་ཁུངས་ཀྱི་དངུལ་འབོར་ (སྒོར)"),
    N_("Person-times served"):
        ("服务人次", "ཞབས་ཞུའི་མི་ཐེངས"),
    N_("Figure"):
        ("指标", "གྲངས་ཀ"),
    N_("This month"):
        ("本月", "ཟླ་བ་འདི"),
    N_("Previous month"):
        ("上月", "ཟླ་བ་སྔོན་མ"),
    N_("Year to date"):
        ("本年累计", "ལོ་འདིའི་བསྡོམས"),
    N_("Overview"):
        ("概览", "མདོར་བསྟན"),
    N_("By service domain"):
        ("按服务领域", "ཞབས་ཞུའི་ཁྱབ་ཁོངས་ལྟར"),
    N_("By target group"):
        ("按服务对象类别", "ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས་ལྟར"),
    N_("By village"):
        ("按村（社区）", "གྲོང་ཚོ (སྡེ་ཁུལ) ལྟར"),
    N_("By resource source"):
        ("按资源来源", "ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས་ལྟར"),
    N_("Service domain"):
        ("服务领域", "ཞབས་ཞུའི་ཁྱབ་ཁོངས"),
    N_("Target group"):
        ("服务对象类别", "ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས"),
    N_("Village"):
        ("村（社区）", "གྲོང་ཚོ (སྡེ་ཁུལ)"),
    N_("Resource source"):
        ("资源来源", "ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས"),
    N_("(none)"):
        ("（无）", "(མེད)"),
    N_("Total"):
        ("合计", "བསྡོམས"),
    N_("A household or record can belong to several target groups: rows overlap."):
        ("一户或一条记录可属于多个服务对象类别，各行有重叠。", "ཁྱིམ་ཚང་ངམ་ཟིན་ཐོ་གཅིག་ཞབས་ཞུའི་བྱ་ཡུལ་གྱི་རིགས་མང་པོར་གཏོགས་སྲིད་པས་ཐིག་ཕྲེང་ཕན་ཚུན་ཟུང་འབྲེལ་ཡོད།"),
    N_("Person-times served by service domain"):
        ("各服务领域服务人次", "ཞབས་ཞུའི་ཁྱབ་ཁོངས་སོ་སོའི་ཞབས་ཞུའི་མི་ཐེངས"),
    N_("Contract targets"):
        ("合同指标", "གན་རྒྱའི་དམིགས་འབེན"),
    N_("Measure"):
        ("指标项", "ཚད་གཞི"),
    N_("All domains"):
        ("全部领域", "ཁྱབ་ཁོངས་ཡོངས"),
    N_("Yearly target"):
        ("年度目标", "ལོ་འཁོར་གྱི་དམིགས་འབེན"),
    N_("Progress"):
        ("完成进度", "ལེགས་གྲུབ་ཀྱི་ཚད"),
    N_("Expected by now"):
        ("按时序应完成", "ད་བར་ལེགས་གྲུབ་དགོས་པ"),
    N_("No contract targets have been entered for this year."):
        ("本年度尚未录入合同指标。", "ལོ་འདིའི་གན་རྒྱའི་དམིགས་འབེན་ད་དུང་འཇུག་མེད།"),
    N_("Record manifest"):
        ("记录清单", "ཟིན་ཐོའི་ཐོ་གཞུང"),
    N_("SHA-256 of the records counted"):
        ("所统计记录的 SHA-256 摘要", "བརྩིས་པའི་ཟིན་ཐོའི་ SHA-256"),
    N_("Kind"):
        ("类型", "རིགས"),
    N_("Records"):
        ("记录数", "ཟིན་ཐོ"),
    N_("The check number is SHA-256 over one line per record counted (its kind, record number and time stamp), sorted. The Excel workbook (its hidden sheet, the record list) and the CSV export list these records, so an auditor can check that nothing changed after the report was submitted."):
        ("校验码是对每条所统计记录的一行（类型、记录编号和时间戳）排序后计算的 SHA-256。Excel 工作簿（其隐藏的“记录清单”工作表）和 CSV 导出文件列出了这些记录，审计人员可据此核对报告提交后没有任何改动。", "ཞིབ་བཤེར་ཨང་རྟགས་ནི་བརྩིས་པའི་ཟིན་ཐོ་རེ་རེའི་ཐིག་ཕྲེང་གཅིག (རིགས་དང་། ཟིན་ཐོའི་ཨང་གྲངས། དུས་ཚོད་རྟགས) གོ་རིམ་ལྟར་བསྒྲིགས་རྗེས་བརྩིས་པའི་ SHA-256 ཡིན། Excel ཡིག་ཆ (དེའི་ནང་གི་སྦས་པའི་ཟིན་ཐོའི་ཐོ་གཞུང) དང་ CSV ཕྱིར་འདོན་ཡིག་ཆའི་ནང་ཟིན་ཐོ་དེ་དག་ཡོད་པས་རྩིས་ཞིབ་པས་སྙན་ཞུ་ཕུལ་རྗེས་བཟོ་བཅོས་གང་ཡང་བྱས་མེད་པ་ཞིབ་བཤེར་བྱེད་ཐུབ།"),
    N_("Page %1"):
        ("第 %1 页", "ཤོག་ངོས་ %1"),
    N_("%1 stations"):
        ("%1 个站点", "ས་ཚིགས་ %1"),
    N_("Case file"):
        ("个案", "སྒེར་དོན་ཡིག་ཚགས"),
    N_("Case number"):
        ("个案编号", "སྒེར་དོན་ཨང་གྲངས"),
    N_("Person"):
        ("人员", "མི་སྣ"),
    N_("ID number"):
        ("身份证号码", "ཐོབ་ཐང་ལག་ཁྱེར་གྱི་ཨང་གྲངས"),
    N_("Worker"):
        ("社工", "སྤྱི་ཚོགས་ལས་ཀ་བ"),
    N_("Risk level"):
        ("风险等级", "ཉེན་ཁའི་རིམ་པ"),
    N_("Opened on"):
        ("接案日期", "དང་ལེན་ཚེས་གྲངས"),
    N_("Stage"):
        ("阶段", "གོམ་རིམ"),
    N_("Review"):
        ("审核", "ཞིབ་བཤེར"),
    N_("Intake"):
        ("接案", "སྒེར་དོན་དང་ལེན"),
    N_("Intake source"):
        ("案主来源", "སྒེར་དོན་གྱི་འབྱུང་ཁུངས"),
    N_("Intake reason"):
        ("接案原因", "དང་ལེན་གྱི་རྒྱུ་མཚན"),
    N_("Needs assessment"):
        ("需求评估", "དགོས་མཁོ་དཔྱད་དཔོག"),
    N_("Service plan"):
        ("服务计划", "ཞབས་ཞུའི་འཆར་གཞི"),
    N_("Goals"):
        ("目标", "དམིགས་ཡུལ"),
    N_("Actions"):
        ("行动", "བྱ་སྤྱོད"),
    N_("Services"):
        ("服务记录", "ཞབས་ཞུ"),
    N_("Date"):
        ("日期", "ཚེས་གྲངས"),
    N_("Service item"):
        ("服务事项", "ཞབས་ཞུའི་དོན་ཚན"),
    N_("Minutes"):
        ("分钟", "སྐར་མ"),
    N_("Notes"):
        ("备注", "མཆན"),
    N_("Supervisor's reviews"):
        ("督导审核", "ལྟ་ཞིབ་སློབ་སྟོན་པའི་ཞིབ་བཤེར"),
    N_("Decision"):
        ("审核结果", "ཐག་གཅོད"),
    N_("Reviewer"):
        ("审核人", "ཞིབ་བཤེར་བ"),
    N_("Comments"):
        ("意见", "བསམ་འཆར"),
    N_("Closure"):
        ("结案", "སྒེར་དོན་མཇུག་སྒྲིལ"),
    N_("Closure reason"):
        ("结案原因", "མཇུག་སྒྲིལ་རྒྱུ་མཚན"),
    N_("Closure summary"):
        ("结案小结", "མཇུག་སྒྲིལ་གྱི་སྙིང་བསྡུས"),
    N_("Closed on"):
        ("结案日期", "མཇུག་སྒྲིལ་ཚེས་གྲངས"),
    N_("None recorded."):
        ("无记录。", "ཟིན་ཐོ་མེད།"),
    N_("Attachments"):
        ("附件", "ཟུར་སྦྱར"),
    N_("Preview"):
        ("预览", "སྔོན་ལྟ"),
    N_("File"):
        ("文件", "ཡིག་ཆ"),
    N_("Belongs to"):
        ("所属记录", "འབྲེལ་ཡོད་ཟིན་ཐོ"),
    N_("Type"):
        ("类型", "རིགས"),
    N_("Size"):
        ("大小", "ཆེ་ཆུང"),
    N_("Added on"):
        ("添加日期", "ཁ་སྣོན་ཚེས་གྲངས"),
    N_("Photo (JPEG)"):
        ("照片（JPEG）", "པར་རིས"),
    N_("Image (PNG)"):
        ("图片（PNG）", "རི་མོ"),
    N_("PDF document"):
        ("PDF 文档", "PDF ཡིག་ཆ"),
    N_("Service record"):
        ("服务记录", "ཞབས་ཞུའི་ཟིན་ཐོ"),
    N_("Printed by %1 on %2"):
        ("由 %1 于 %2 打印", "%1 ཡིས་ %2 ལ་པར་བཏབ"),
    N_("Service delivery"):
        ("服务开展", "ཞབས་ཞུ་སྒྲུབ་པ"),
    N_("Closed"):
        ("已结案", "མཇུག་སྒྲིལ་ཟིན"),
    N_("Not submitted"):
        ("未提交", "ཕུལ་མེད"),
    N_("Submitted"):
        ("待审核", "ཞིབ་བཤེར་སྒུག་བཞིན་པ"),
    N_("Approved"):
        ("已通过", "ཆོག་མཆན་ཐོབ་ཟིན"),
    N_("Returned"):
        ("已退回", "ཕྱིར་སློག་བྱས་ཟིན"),
    N_("Low"):
        ("低", "དམའ"),
    N_("Medium"):
        ("中", "འབྲིང"),
    N_("High"):
        ("高", "མཐོ"),
}

STAGE_LABELS = {"intake": N_("Intake"), "assessment": N_("Needs assessment"),
                "planning": N_("Service plan"), "service": N_("Service delivery"),
                "closure": N_("Closure"), "closed": N_("Closed")}
REVIEW_LABELS = {"none": N_("Not submitted"), "submitted": N_("Submitted"),
                 "approved": N_("Approved"), "returned": N_("Returned")}
RISK_LABELS = {"low": N_("Low"), "medium": N_("Medium"), "high": N_("High")}
# how a case came to the station (CaseFile.intake_source); a printed case file never shows the code
INTAKE_SOURCE_LABELS = {"outreach": N_("Found during outreach"),
                        "referral": N_("Referred by another office"),
                        "walk_in": N_("Came to the station"),
                        "application": N_("Applied for help")}
MEASURE_LABELS = {
    "households_visited": N_("Households visited"), "visits": N_("Visits"),
    "case_files": N_("Case files established"), "case_services": N_("Case services"),
    "group_activities": N_("Group activities"),
    "themed_activities": N_("Themed and community activities"),
    "resource_links": N_("Resources linked"), "resource_money_fen": N_("Money (yuan)"),
    "resource_in_kind_fen": N_("In kind (yuan)"),
    "resource_amount_fen": N_("Resource amount (yuan)"),
    "resource_amount_yuan": N_("Resource amount (yuan)"),
    "person_times": N_("Person-times served"),
}
DIMENSION_LABELS = {"domain": N_("By service domain"), "target_group": N_("By target group"),
                    "village": N_("By village"), "resource_source": N_("By resource source")}
DIMENSION_COLUMN = {"domain": N_("Service domain"), "target_group": N_("Target group"),
                    "village": N_("Village"), "resource_source": N_("Resource source")}
PERIOD_LABELS = {"current": N_("This month"), "previous": N_("Previous month"),
                 "year_to_date": N_("Year to date")}
