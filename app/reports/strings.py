"""Report headings and static text: English sources marked with N_() (context "Core"), and a
built-in Chinese/Tibetan rendering used only while app.i18n has no translation for them.

The Tibetan here awaits review by a Tibetan-speaking colleague (as the catalogue's review_bo
entries do); the translation files win as soon as they translate a string.
"""
from __future__ import annotations

from app.errors import N_

# source: (zh_CN, bo)
FALLBACK: dict[str, tuple[str, str]] = {
    N_("Monthly service summary"): ("月度服务工作汇总", "ཟླ་རེའི་ཞབས་ཞུའི་སྡོམ་ཐོ།"),
    N_("County roll-up"): ("县（区）汇总", "རྫོང་གི་བསྡོམས་ཐོ།"),
    N_("Month"): ("月份", "ཟླ་བ།"),
    N_("Station"): ("社工站", "ས་ཚིགས།"),
    N_("Generated"): ("生成时间", "བཟོས་པའི་དུས་ཚོད།"),
    N_("Households visited"): ("走访入户（户）", "བཅར་འདྲི་བྱས་པའི་ཁྱིམ་ཚང་།"),
    N_("Visits"): ("走访（次）", "བཅར་འདྲིའི་ཐེངས་གྲངས།"),
    N_("Case files established"): ("建立档案", "ཡིག་ཚགས་བཙུགས་པ།"),
    N_("Case services"): ("个案服务", "སྒེར་གྱི་ཞབས་ཞུ།"),
    N_("Group activities"): ("小组活动", "ཚོགས་ཆུང་གི་བྱེད་སྒོ།"),
    N_("Themed and community activities"): ("主题活动", "བརྗོད་གཞི་དང་སྡོད་ཁུལ་གྱི་བྱེད་སྒོ།"),
    N_("Resources linked"): ("资源链接（次）", "ཐོན་ཁུངས་མཐུད་སྦྲེལ།"),
    N_("Money (yuan)"): ("资金（元）", "དངུལ། (སྒོར)"),
    N_("In kind (yuan)"): ("物资折价（元）", "དངོས་པོའི་རིན་ཐང་། (སྒོར)"),
    N_("Resource amount (yuan)"): ("资源总额（元）", "ཐོན་ཁུངས་ཀྱི་བསྡོམས་འབོར། (སྒོར)"),
    N_("Person-times served"): ("累计服务人次", "ཞབས་ཞུའི་མི་ཐེངས།"),
    N_("Figure"): ("项目", "རྣམ་གྲངས།"),
    N_("This month"): ("本月", "ཟླ་བ་འདི།"),
    N_("Previous month"): ("上月", "ཟླ་བ་སྔ་མ།"),
    N_("Year to date"): ("本年累计", "ལོ་འདིའི་བསྡོམས།"),
    N_("Overview"): ("总体情况", "སྤྱི་ཡོངས།"),
    N_("By service domain"): ("按服务领域", "ཞབས་ཞུའི་ཁྱབ་ཁོངས་ལྟར།"),
    N_("By target group"): ("按服务对象", "ཞབས་ཞུ་བྱ་ཡུལ་ལྟར།"),
    N_("By village"): ("按村（社区）", "གྲོང་ཚོ་ལྟར།"),
    N_("By resource source"): ("按资源来源", "ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས་ལྟར།"),
    N_("Service domain"): ("服务领域", "ཞབས་ཞུའི་ཁྱབ་ཁོངས།"),
    N_("Target group"): ("服务对象", "ཞབས་ཞུ་བྱ་ཡུལ།"),
    N_("Village"): ("村（社区）", "གྲོང་ཚོ།"),
    N_("Resource source"): ("资源来源", "ཐོན་ཁུངས་ཀྱི་འབྱུང་ཁུངས།"),
    N_("(none)"): ("（未指定）", "(མ་བཀོད།)"),
    N_("Total"): ("合计", "བསྡོམས།"),
    N_("A household or record can belong to several target groups: rows overlap."): (
        "同一户或同一记录可属于多个服务对象类别，各行之和不等于合计。",
        "ཁྱིམ་ཚང་ངམ་ཟིན་ཐོ་གཅིག་བྱ་ཡུལ་རིགས་མང་པོར་གཏོགས་སྲིད།"),
    N_("Person-times served by service domain"): ("各服务领域服务人次",
                                                  "ཞབས་ཞུའི་ཁྱབ་ཁོངས་སོ་སོའི་མི་ཐེངས།"),
    N_("Contract targets"): ("合同指标完成情况", "གན་རྒྱའི་དམིགས་ཚད།"),
    N_("Measure"): ("指标", "ཚད་གཞི།"),
    N_("All domains"): ("全部领域", "ཁྱབ་ཁོངས་ཡོངས།"),
    N_("Yearly target"): ("年度目标", "ལོ་རེའི་དམིགས་ཚད།"),
    N_("Progress"): ("完成率", "ལེགས་གྲུབ་ཚད།"),
    N_("Expected by now"): ("按进度应完成", "ད་བར་གྲུབ་དགོས་ཚད།"),
    N_("No contract targets have been entered for this year."): (
        "本年度尚未录入合同指标。", "ལོ་འདིའི་གན་རྒྱའི་དམིགས་ཚད་བཀོད་མེད།"),
    N_("Record manifest"): ("统计记录校验清单", "ཟིན་ཐོའི་ཐོ་གཞུང་།"),
    N_("SHA-256 of the records counted"): ("所统计记录的 SHA-256 校验值",
                                           "རྩིས་པའི་ཟིན་ཐོའི་ SHA-256"),
    N_("Kind"): ("类型", "རིགས།"),
    N_("Records"): ("记录数", "ཟིན་ཐོ།"),
    N_("The digest is SHA-256 over the lines \"kind TAB id TAB hlc\" of every record "
       "counted, sorted. The XLSX and CSV exports list these records, so an auditor can check "
       "that nothing changed after the report was submitted."): (
        "校验值为所统计全部记录的“类型 TAB 编号 TAB 时间戳”行排序后计算的 SHA-256。"
        "XLSX 与 CSV 导出中列出了这些记录，审计人员可据此核对报表提交后数据是否被改动。",
        "SHA-256 ནི་རྩིས་པའི་ཟིན་ཐོ་ཡོངས་ཀྱི་ཐིག་ཕྲེང་ལས་བརྩིས་པ་ཡིན། XLSX དང་ CSV ནང་ཟིན་ཐོའི་ཐོ་གཞུང་ཡོད།"),
    N_("Page %1"): ("第 %1 页", "ཤོག་ངོས། %1"),
    N_("%1 stations"): ("%1 个社工站", "ས་ཚིགས། %1"),
    # case file print
    N_("Case file"): ("个案档案", "སྒེར་གྱི་ཡིག་ཚགས།"),
    N_("Case number"): ("档案编号", "ཡིག་ཚགས་ཨང་།"),
    N_("Person"): ("服务对象", "ཞབས་ཞུ་བྱ་ཡུལ།"),
    N_("ID number"): ("身份证号", "ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།"),
    N_("Worker"): ("社工", "ལས་བྱེད་པ།"),
    N_("Risk level"): ("风险等级", "ཉེན་ཁའི་རིམ་པ།"),
    N_("Opened on"): ("建档日期", "བཙུགས་པའི་ཚེས་གྲངས།"),
    N_("Stage"): ("阶段", "གོ་རིམ།"),
    N_("Review"): ("审核状态", "ཞིབ་བཤེར།"),
    N_("Intake"): ("接案", "ཡིག་ཚགས་དང་ལེན།"),
    N_("Intake source"): ("来源", "འབྱུང་ཁུངས།"),
    N_("Intake reason"): ("接案原因", "དང་ལེན་རྒྱུ་མཚན།"),
    N_("Needs assessment"): ("需求评估", "དགོས་མཁོའི་དཔྱད་བརྟག"),
    N_("Service plan"): ("服务计划", "ཞབས་ཞུའི་འཆར་གཞི།"),
    N_("Goals"): ("服务目标", "དམིགས་ཡུལ།"),
    N_("Actions"): ("服务措施", "བྱ་ཐབས།"),
    N_("Services"): ("服务记录", "ཞབས་ཞུའི་ཟིན་ཐོ།"),
    N_("Date"): ("日期", "ཚེས་གྲངས།"),
    N_("Service item"): ("服务事项", "ཞབས་ཞུའི་རྣམ་གྲངས།"),
    N_("Minutes"): ("时长（分钟）", "སྐར་མ།"),
    N_("Notes"): ("记录", "ཟིན་བྲིས།"),
    N_("Supervisor's reviews"): ("督导审核", "ལྟ་སྐུལ་བའི་ཞིབ་བཤེར།"),
    N_("Decision"): ("意见", "ཐག་གཅོད།"),
    N_("Reviewer"): ("审核人", "ཞིབ་བཤེར་བ།"),
    N_("Comments"): ("审核意见", "བསམ་འཆར།"),
    N_("Closure"): ("结案", "མཇུག་སྒྲིལ།"),
    N_("Closure reason"): ("结案原因", "མཇུག་སྒྲིལ་རྒྱུ་མཚན།"),
    N_("Closure summary"): ("结案小结", "མཇུག་སྒྲིལ་སྙིང་བསྡུས།"),
    N_("Closed on"): ("结案日期", "མཇུག་སྒྲིལ་ཚེས་གྲངས།"),
    N_("None recorded."): ("暂无记录。", "ཟིན་ཐོ་མེད།"),
    N_("Printed by %1 on %2"): ("打印人：%1，打印时间：%2", "པར་སྐྲུན་པ། %1  དུས་ཚོད། %2"),
    N_("Service delivery"): ("服务实施", "ཞབས་ཞུ་ལག་བསྟར།"),
    N_("Closed"): ("已结案", "མཇུག་སྒྲིལ་ཟིན།"),
    N_("Not submitted"): ("未提交", "ཕུལ་མེད།"),
    N_("Submitted"): ("待审核", "ཕུལ་ཟིན།"),
    N_("Approved"): ("已通过", "ཆོག་མཆན་ཐོབ།"),
    N_("Returned"): ("已退回", "ཕྱིར་སློག"),
    N_("Low"): ("低", "དམའ།"),
    N_("Medium"): ("中", "འབྲིང་།"),
    N_("High"): ("高", "མཐོ།"),
}

STAGE_LABELS = {"intake": N_("Intake"), "assessment": N_("Needs assessment"),
                "planning": N_("Service plan"), "service": N_("Service delivery"),
                "closure": N_("Closure"), "closed": N_("Closed")}
REVIEW_LABELS = {"none": N_("Not submitted"), "submitted": N_("Submitted"),
                 "approved": N_("Approved"), "returned": N_("Returned")}
RISK_LABELS = {"low": N_("Low"), "medium": N_("Medium"), "high": N_("High")}
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
