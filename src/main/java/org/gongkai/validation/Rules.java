package org.gongkai.validation;

import static org.gongkai.validation.RuleCategory.AMOUNT;
import static org.gongkai.validation.RuleCategory.CLASSIFICATION;
import static org.gongkai.validation.RuleCategory.CROSS;
import static org.gongkai.validation.RuleCategory.EXPLANATION;
import static org.gongkai.validation.RuleCategory.INTERNAL;
import static org.gongkai.validation.RuleCategory.STRUCTURE;
import static org.gongkai.validation.RuleCategory.TABLE;
import static org.gongkai.validation.Severity.ERROR;
import static org.gongkai.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;

/** The rule definitions. Ids are stable: add rules, never rename or reuse an id. */
public final class Rules {

    private static final List<RuleDefinition> ALL = new ArrayList<>();

    private static final String LAW_14 = "《预算法》第十四条（部门预算批复后二十日内公开）；财预〔2016〕143号第四条（内容准确、形式规范）";
    private static final String EQUATION = "会计恒等式：合计（小计）等于各分项之和；金额按声明的小数位四舍五入，容差见 RoundingTolerance";
    private static final String FORMAT = "gongkai 提交格式第1版（docs/submission-format.md）";

    // ---- structure
    public static final RuleDefinition FORMAT_VERSION = def("structure.format-version", ERROR, STRUCTURE,
            "格式版本必须为1", FORMAT, "formatVersion 必须存在且等于 1。");
    public static final RuleDefinition PROFILE = def("structure.profile", ERROR, STRUCTURE,
            "公开口径必须是已知口径", FORMAT + "；各省公开表样不同，由公开口径（profile）定义",
            "profile 必须是已知的公开口径之一：gongkai 提供的（src/main/resources/profiles/）或财政局口径文件夹"
                    + "（gongkai.profile.dir）中的；错误信息列出当时已知的全部口径。口径未知时不再核对各表。");
    public static final RuleDefinition FISCAL_YEAR = def("structure.fiscal-year", ERROR, STRUCTURE,
            "预算年度必须合理", FORMAT, "fiscalYear 必须存在，且在 2000 至 2100 之间。");
    public static final RuleDefinition AMOUNT_UNIT = def("structure.amount-unit", ERROR, STRUCTURE,
            "金额单位必须为万元或元", FORMAT, "amountUnit 必须为“万元”或“元”；公开口径规定了单位时（上海区级口径为元）必须与之相同。");
    public static final RuleDefinition PRECISION = def("structure.precision", ERROR, STRUCTURE,
            "小数位数必须在0到4之间", FORMAT, "precision 必须存在，且为 0 到 4 之间的整数。");
    public static final RuleDefinition APPROVAL_DATE = def("structure.approval-date", ERROR, STRUCTURE,
            "批复日期必须有效", "《预算法》第十四条、第五十二条（公开时限自批复之日起算）",
            "approvalDate 必须是 ISO 日期（YYYY-MM-DD），不早于预算年度的上一年1月1日，不晚于预算年度12月31日。");
    public static final RuleDefinition DEPARTMENT = def("structure.department", ERROR, STRUCTURE,
            "部门编码和名称必须填写", FORMAT, "department 必须存在，且 code 和 name 不为空。");
    public static final RuleDefinition DEPARTMENT_CODE = def("structure.department-code", ERROR, STRUCTURE,
            "部门编码和预算单位代码必须是1至12位数字", FORMAT + "；编码用作存档目录和公开网站的目录名",
            "department.code 和 department.units 中每个单位的 code 必须是 1 至 12 位半角数字（0-9），"
                    + "不得含空格、斜杠、点、字母、全角数字或中文数字。");
    public static final RuleDefinition CONTACT_EMAIL = def("structure.contact-email", ERROR, STRUCTURE,
            "联系人邮箱必须有效", FORMAT + "；退回通知发送给提交人",
            "department.contact.email 必须存在且格式正确（如 name@example.gov.cn）。");
    public static final RuleDefinition BUDGET_UNITS = def("structure.budget-units", ERROR, STRUCTURE,
            "至少一个预算单位", "《预算法实施条例》第六条（所属单位预算公开）；财预〔2016〕143号（部门预算单位构成）",
            "department.units 至少有一个预算单位，每个单位有代码和名称。");
    public static final RuleDefinition TABLE_MISSING = def("structure.table-missing", ERROR, STRUCTURE,
            "公开口径的每张表都必须提交", "《地方预决算公开操作规程》：没有数据的表格应当列出空表并说明",
            "公开口径中的每张数据表都必须出现在 tables 中；没有数据的表提交为空表（无行或只有合计行）。");
    public static final RuleDefinition TABLE_UNKNOWN = def("structure.table-unknown", ERROR, STRUCTURE,
            "不得提交未知的表", FORMAT, "tables 中的每个表标识都必须是公开口径中的数据表。");
    public static final RuleDefinition ROW_KIND = def("structure.row-kind", ERROR, STRUCTURE,
            "行类型必须为该表允许的类型", FORMAT,
            "分组表的行类型（合计/单位/科目）必须是公开口径为该表允许的类型；固定行表的每行必须有 item。");
    public static final RuleDefinition FIXED_ROW = def("structure.fixed-row", ERROR, STRUCTURE,
            "固定行必须完整且已知", FORMAT + "；表样由公开口径规定",
            "收支总表等固定行表的每一行 item 必须是公开口径中的行，且每个固定行都要提交（空表除外）。");
    public static final RuleDefinition ROW_KEY = def("structure.row-key", ERROR, STRUCTURE,
            "行编码必须完整", "《预算法》第三十二条、第四十六条（功能分类到项，经济分类到款）",
            "单位行必须有单位代码；功能分类表的科目行必须有3、5或7位功能分类编码；经济分类表的科目行必须有3或5位经济分类编码。");
    public static final RuleDefinition UNIT_UNKNOWN = def("structure.unit-unknown", ERROR, STRUCTURE,
            "单位代码必须属于本部门", FORMAT,
            "单位行的单位代码必须是部门代码或 department.units 中的单位代码。");
    public static final RuleDefinition COLUMN_UNKNOWN = def("structure.column-unknown", ERROR, STRUCTURE,
            "不得使用未知的列", FORMAT, "行的金额列（values）和文字列（text）必须是公开口径为该表（收支总表为该侧）定义的列。");
    public static final RuleDefinition DUPLICATE_ROW = def("structure.duplicate-row", ERROR, STRUCTURE,
            "不得有重复行", "财预〔2016〕143号第四条（内容准确）",
            "同一表中不得重复：同一固定行、同一单位代码、同一单位下的同一功能/经济分类编码（或同一项目）、多个合计行。");
    public static final RuleDefinition LEGACY_ROW = def("structure.legacy-row", ERROR, STRUCTURE,
            "旧表样保留行必须为零", "2024年政府收支分类科目（210 卫生健康支出取代“医疗卫生与计划生育支出”）",
            "表样中保留的旧科目行（如“医疗卫生与计划生育支出”）金额必须为零，支出应列在现行科目下。");

    public static final RuleDefinition TEXT_LENGTH = def("structure.text-length", ERROR, STRUCTURE,
            "文字长度不得超过上限", FORMAT + "；公开文件的版面和处理时间有限（上限见 PublishableText）",
            "名称类文字（部门、单位、科目、项目、联系人名称等）不超过" + PublishableText.NAME_MAX_CHARS + "个字；编码、日期、邮箱、电话等不超过"
                    + PublishableText.SHORT_MAX_CHARS + "个字；说明类文字（职责、原因、目标、说明）每段不超过" + PublishableText.PARAGRAPH_MAX_CHARS + "个字。");
    public static final RuleDefinition TEXT_CHARACTERS = def("structure.text-characters", ERROR, STRUCTURE,
            "文字中不得有无法公开的字符", FORMAT + "；公开文件（网页、PDF、开放数据）只能包含可显示的 Unicode 字符",
            "文字中不得含有控制字符（如 NUL；说明类文字中的换行和制表符除外）、不成对的代理项、非字符、私用区字符、未分配字符、"
                    + "替换字符（�，通常是编码错误所致）或改变文字方向的格式控制符；名称类文字只能有一行。");

    // ---- amounts
    public static final RuleDefinition AMOUNT_NEGATIVE = def("amount.negative", ERROR, AMOUNT,
            "金额不得为负数", "部门预算收支表均为预算安排数，不存在负数安排",
            "表中金额、上年预算数、机关运行经费、绩效目标表预算数、国有资产数量等均不得为负。");
    public static final RuleDefinition AMOUNT_PRECISION = def("amount.precision", ERROR, AMOUNT,
            "小数位数不得超过声明的精度", FORMAT + "；财预〔2016〕143号（形式规范）",
            "金额的小数位数不得超过 precision。恰好为零的金额不论写成 0 还是 0.00 都接受（零没有舍入误差）。");
    public static final RuleDefinition AMOUNT_MAGNITUDE = def("amount.magnitude", ERROR, AMOUNT,
            "金额数量级必须合理", "常见错误：元与万元混用（GovBudgetChecker R001）",
            "任一金额的绝对值不得超过 1亿万元（以元为单位时 1万亿元），小数位数不得超过100位；有此类金额时不再进行求和核对。");

    // ---- inside a table
    public static final RuleDefinition ROW_SUM = def("table.row-sum", ERROR, TABLE,
            "行内合计等于分项之和", EQUATION,
            "每一行按公开口径的行内关系核对，如 合计 = 基本支出 + 项目支出，基本支出 = 工资福利 + 对个人和家庭的补助 + 商品和服务 + 资本性支出。");
    public static final RuleDefinition PART_OF = def("table.part-of", ERROR, TABLE,
            "“其中”数不得大于所属数", EQUATION,
            "“其中：财政拨款”等“其中”列或行不得大于其所属的列或行。");
    public static final RuleDefinition TOTAL_ROW = def("table.total-row", ERROR, TABLE,
            "合计行等于各单位（或各科目）之和", EQUATION,
            "合计行每一列等于顶层单位行之和；没有单位行时等于各末级科目行之和（空表的合计为零）。");
    public static final RuleDefinition UNIT_ROW = def("table.unit-row", ERROR, TABLE,
            "单位行等于其下属单位或科目之和", EQUATION,
            "单位行每一列等于其下属单位（单位代码以其为前缀）之和；没有下属单位时等于其后所列的末级科目行之和。");
    public static final RuleDefinition SUBTOTAL_ROW = def("table.subtotal-row", ERROR, TABLE,
            "类、款小计等于其下各项之和", EQUATION,
            "功能分类的类（3位）、款（5位）行，经济分类的类（3位）行，等于同一单位下以其编码开头的末级科目行之和。");
    public static final RuleDefinition BALANCE_ROW = def("table.balance-row", ERROR, TABLE,
            "收支总表的合计行等于其组成行之和", EQUATION,
            "收支总表中的本年收入合计、本年支出合计、收入总计、支出总计等行等于公开口径规定的组成行之和（“其中”行不计入）。");

    // ---- across tables
    public static final RuleDefinition T1_BALANCE = def("cross.t1-balance", ERROR, CROSS,
            "部门收支总表：收入总计等于支出总计", "部门预算收支平衡（《预算法》第十二条）；GovBudgetChecker BUD-C001",
            "部门收支总体情况表的收入总计与支出总计必须相同。");
    public static final RuleDefinition T1_T3_CLASSES = def("cross.t1-t3-classes", ERROR, CROSS,
            "收支总表各类支出等于支出总表该类各项之和", "budget-rules.md §2.3 表1/表3",
            "部门收支总体情况表每个功能分类类的支出，等于部门支出总体情况表中该类各项（7位科目）合计列之和；支出总表中出现的类必须在收支总表中列示。");
    public static final RuleDefinition T1_T4_CLASSES = def("cross.t1-t4-classes", ERROR, CROSS,
            "收支总表各类支出与财政拨款收支总表一致", "budget-rules.md §2.3 表1/表4",
            "收入全部为财政拨款时，部门收支总体情况表每类支出等于财政拨款收支总体情况表该类的合计列；否则不小于后者。");
    public static final RuleDefinition T1_T3_TOTAL = def("cross.t1-t3-total", ERROR, CROSS,
            "支出总表合计等于收支总表本年支出合计", "budget-rules.md §2.3 表1/表3；BUD-C002",
            "部门支出总体情况表合计行的合计列，等于部门收支总体情况表的本年支出合计（同一数字，须完全相同）。");
    public static final RuleDefinition T2_T1 = def("cross.t2-t1", ERROR, CROSS,
            "收入总表合计与收支总表一致", "budget-rules.md §2.3 表2（合计 = 表1 本年收入）",
            "部门收入总体情况表合计行的总计、本年收入合计、各收入来源和上年结转结余，等于部门收支总体情况表的对应数（须完全相同）。");
    public static final RuleDefinition T4_BALANCE = def("cross.t4-balance", ERROR, CROSS,
            "财政拨款收支总表：收入合计等于支出合计", "budget-rules.md §2.3 表4；BUD-C005/6",
            "财政拨款收支总体情况表的收入合计等于支出合计（合计列）。");
    public static final RuleDefinition T4_T5_TOTAL = def("cross.t4-t5-total", ERROR, CROSS,
            "一般公共预算支出表合计等于财政拨款收支总表一般公共预算列", "budget-rules.md §2.3 表5；BUD-C007",
            "一般公共预算支出情况表合计行的合计列，等于财政拨款收支总体情况表“本年支出”行的一般公共预算小计（须完全相同）。");
    public static final RuleDefinition T4_T5_CLASSES = def("cross.t4-t5-classes", ERROR, CROSS,
            "一般公共预算支出表各类之和等于财政拨款收支总表该类一般公共预算数", "budget-rules.md §2.3 表4/表5",
            "一般公共预算支出情况表每类各项之和，等于财政拨款收支总体情况表该类行的一般公共预算小计。");
    public static final RuleDefinition T5_T3 = def("cross.t5-t3", ERROR, CROSS,
            "一般公共预算支出不得超过部门支出总表", "一般公共预算是部门支出的一部分（《预算法实施条例》第五条）",
            "一般公共预算支出情况表的合计行和每一项，各列不得大于部门支出总体情况表同一科目的对应数；表5的科目必须在表3中出现。");
    public static final RuleDefinition T6_T5_BASIC = def("cross.t6-t5-basic", ERROR, CROSS,
            "基本支出表合计等于一般公共预算基本支出", "budget-rules.md §2.3 表6；BUD-C004",
            "一般公共预算基本支出表合计行的合计列，等于一般公共预算支出情况表合计行的基本支出小计（须完全相同）。");
    public static final RuleDefinition T6_T5_PERSONNEL = def("cross.t6-t5-personnel-public", ERROR, CROSS,
            "人员经费、公用经费与一般公共预算支出表一致", "《预算法实施条例》第五条（基本支出包括人员经费和公用经费）；BUD-C003",
            "基本支出表的人员经费等于表5合计行的工资福利支出 + 对个人和家庭的补助；公用经费等于商品和服务支出 + 资本性支出。");
    public static final RuleDefinition T6_ECON_SPLIT = def("cross.t6-econ-split", ERROR, CROSS,
            "经济分类与人员经费、公用经费的归属一致", "budget-rules.md §4（人员经费 = 301 + 303，公用经费 = 302 + 310）",
            "基本支出表中 301、303 类科目全部计入人员经费，302、310 类科目全部计入公用经费。");
    public static final RuleDefinition T7_T3_TOTAL = def("cross.t7-t3-total", ERROR, CROSS,
            "经济分类汇总表总计等于部门支出总表合计", "budget-rules.md §2.3 表7",
            "支出经济分类汇总表合计行的总计列，等于部门支出总体情况表合计行的合计列（须完全相同）。");
    public static final RuleDefinition T7_T6_ECON = def("cross.t7-t6-econ", ERROR, CROSS,
            "经济分类汇总表一般公共预算不小于基本支出表", "budget-rules.md §2.3 表7（基本支出列 = 表6）",
            "每个经济分类款，支出经济分类汇总表的一般公共预算小计不小于一般公共预算基本支出表的合计；一般公共预算没有项目支出时两者相等。");
    public static final RuleDefinition T3_T7_TYPES = def("cross.t3-t7-econ-types", ERROR, CROSS,
            "支出总表基本支出各经济类与经济分类汇总表一致", "budget-rules.md §2.3 表3/表7、§4",
            "部门支出总体情况表没有项目支出时，其合计行的工资福利支出、对个人和家庭的补助、商品和服务支出、资本性支出分别等于支出经济分类汇总表 301、303、302、310 类各款总计之和。");
    public static final RuleDefinition T9_T4 = def("cross.t9-t4", ERROR, CROSS,
            "政府性基金支出表合计等于财政拨款收支总表政府性基金列", "budget-rules.md §2.3 表9；BUD-C010",
            "政府性基金预算支出情况表合计等于财政拨款收支总体情况表“本年支出”行的政府性基金数（须完全相同；空表为零）。");
    public static final RuleDefinition T13_T4 = def("cross.t13-t4", ERROR, CROSS,
            "国有资本经营预算支出表合计等于财政拨款收支总表国有资本经营预算列", "budget-rules.md §2.3 表13；BUD-C010",
            "国有资本经营预算支出情况表合计等于财政拨款收支总体情况表“本年支出”行的国有资本经营预算数（须完全相同；空表为零）。");
    public static final RuleDefinition T10_T3 = def("cross.t10-t3", ERROR, CROSS,
            "项目支出表合计等于部门支出总表项目支出", "budget-rules.md §2.3 表10",
            "项目支出预算表合计行的合计列，等于部门支出总体情况表合计行的项目支出小计（须完全相同；空表为零）。");
    public static final RuleDefinition T12_T10 = def("cross.t12-t10", ERROR, CROSS,
            "项目绩效目标的金额不得超过项目支出", "budget-rules.md §2.3 表11、12；GovBudgetChecker BUD-T005",
            "部门预算项目绩效目标表的资金总额之和不得大于项目支出预算表合计；同名项目的资金总额不得大于该项目的合计。");
    public static final RuleDefinition T11_T3 = def("cross.t11-t3", ERROR, CROSS,
            "整体绩效目标表预算情况与部门支出总表一致", "budget-rules.md §2.3 表11",
            "部门（单位）整体绩效目标表的部门预算总额、基本支出、项目支出（空白为零），等于部门支出总体情况表合计行的合计、基本支出、项目支出；"
                    + "资金来源之和与资金结构之和都等于部门预算总额。");
    public static final RuleDefinition THREE_PUBLIC_ECON = def("cross.three-public-econ", ERROR, CROSS,
            "“三公”经费不小于基本支出中的对应经济科目", "《机关事务管理条例》第七条；GovBudgetChecker OBL-CROSS-SAN-GONG-ECON（部分不大于整体）",
            "一般公共预算基本支出表中 30212 不大于因公出国（境）费，30217 不大于公务接待费，30231 不大于公务用车运行费，31013 不大于公务用车购置费。");
    public static final RuleDefinition OPERATING_COSTS = def("cross.operating-costs", ERROR, CROSS,
            "机关运行经费必须填写且不大于公用经费", "《预算法》第十四条（对机关运行经费的安排作出说明）；《机关事务管理条例》第九条",
            "otherMatters.operatingCosts 必须填写，且不大于一般公共预算基本支出表的公用经费合计。");
    public static final RuleDefinition PROFILE_EQUATION = def("cross.profile-equation", ERROR, CROSS,
            "公开口径声明的表间关系成立", EQUATION + "；表间关系由公开口径文件（profiles/*.json 的 equations）声明",
            "公开口径中声明的、没有写自己规则编号的每条表间等式（左边各项之和 = 右边各项之和，或不大于、不小于）都必须成立；"
                    + "各表金额按本表单位精确换算后比较，未公开（空白）的单元格不计入，全部为空白的等式不核对。各口径的等式见本文末尾。");
    public static final RuleDefinition PRIOR_ITEMS_SUM = def("cross.prior-items-sum", WARNING, CROSS,
            "上年各项预算数之和等于上年一般公共预算支出", EQUATION,
            "priorYear.items 之和应等于 priorYear.generalBudgetExpenditure（上年比较数自相矛盾时说明中的增减会不一致）。");

    public static final RuleDefinition PRIOR_ARCHIVE_MISMATCH = def("cross.prior-year-archive", ERROR, CROSS,
            "上年数与上年公开的部门预算一致", "《预算法》第十四条；上年数以同一部门上年公开（或导入为参考）的部门预算为准",
            "gongkai 存有同一部门上一年度的部门预算（已受理公开，或用 import-reference 导入）时，priorYear 中填写的每个上年数"
                    + "都与上年预算表中的对应数一致（按本年金额单位和小数位换算）；不一致时指出两个数和上年文件、版本。"
                    + "公开口径的 priorYearMismatch 为 warning 时只作警告（预算年中可能调整）；比较基数为“上年预算执行数”的项不核对。");
    public static final RuleDefinition PRIOR_ARCHIVE_FILLED = def("cross.prior-year-filled", WARNING, CROSS,
            "未填的上年数取自上年公开的部门预算", "上年数以同一部门上年公开（或导入为参考）的部门预算为准",
            "priorYear 中未填写、而上年部门预算中有的上年数，按上年预算表填入（说明中的增减据此计算），报告列出填入的数。");
    public static final RuleDefinition PRIOR_ARCHIVE_UNMATCHED = def("cross.prior-year-unmatched", WARNING, CROSS,
            "上年数的科目在上年预算中找得到", "功能分类科目按各年度目录对应；对应不上的不猜测",
            "priorYear.items 中的功能分类科目在上年部门预算中没有（编码相同者），无法核对，报告列出该科目。");

    // ---- classification
    public static final RuleDefinition FUNCTION_CODE = def("class.function-code", ERROR, CLASSIFICATION,
            "功能分类编码的类必须存在", "《预算法》第三十二条；预算年度的政府收支分类科目（2024年：财预〔2023〕83号）",
            "表中每个支出功能分类编码所属的类必须在预算年度的目录中；款、项目录中没有时为警告 class.code-unlisted，"
                    + "gongkai.catalog.strict=true 时为本错误（目录见 docs/catalog.md）。");
    public static final RuleDefinition FUNCTION_NAME = def("class.function-name", ERROR, CLASSIFICATION,
            "功能分类项名称必须与科目一致", "2024年政府收支分类科目（财预〔2023〕83号）；GovBudgetChecker R002（编码与名称不符）",
            "7位功能分类项的名称必须与目录名称完全一致（忽略首尾空格和全角/半角括号的差别）。");
    public static final RuleDefinition ECON_CODE = def("class.econ-code", ERROR, CLASSIFICATION,
            "部门经济分类编码的类必须存在", "《预算法》第三十二条、第四十六条；财预〔2023〕83号",
            "表中每个部门预算支出经济分类编码所属的类必须在目录中；款目录中没有时为警告 class.code-unlisted，strict 时为本错误。");
    public static final RuleDefinition ECON_NAME = def("class.econ-name", ERROR, CLASSIFICATION,
            "部门经济分类名称必须与科目一致", "财预〔2023〕83号",
            "部门预算支出经济分类的科目名称必须与目录名称一致。");
    public static final RuleDefinition GOV_ECON_CODE = def("class.gov-econ-code", ERROR, CLASSIFICATION,
            "政府经济分类编码的类必须存在", "财预〔2023〕83号",
            "表中每个政府预算支出经济分类编码所属的类必须在目录中；款目录中没有时为警告 class.code-unlisted，strict 时为本错误。");
    public static final RuleDefinition GOV_ECON_NAME = def("class.gov-econ-name", ERROR, CLASSIFICATION,
            "政府经济分类名称必须与科目一致", "财预〔2023〕83号",
            "政府预算支出经济分类的科目名称必须与目录名称一致。");
    public static final RuleDefinition NAME_UNVERIFIED = def("class.name-unverified", WARNING, CLASSIFICATION,
            "科目名称与未核实的目录名称不同", "目录中标为[R]的条目尚未与财预〔2023〕83号核对（docs/catalog.md）",
            "编码存在但目录名称尚未核实、且与表中名称不同：请核对；不阻止公开。");
    public static final RuleDefinition GOV_ECON_MAPPING = def("class.gov-econ-mapping", ERROR, CLASSIFICATION,
            "政府经济分类必须与部门经济分类对应", "财预〔2023〕83号 部门预算支出经济分类与政府预算支出经济分类对应关系",
            "基本支出表、经济分类汇总表中每个部门经济分类款对应的政府经济分类，必须是目录中已核实的对应科目（事业单位可用 50501/50502）。");
    public static final RuleDefinition GOV_ECON_MAPPING_UNVERIFIED = def("class.gov-econ-mapping-unverified", WARNING,
            CLASSIFICATION, "政府经济分类与未核实的对应关系不同",
            "目录中标为[R]的对应关系尚未与财预〔2023〕83号核对",
            "部门经济分类款对应的政府经济分类与目录中未核实的对应关系不同：请核对；不阻止公开。");

    public static final RuleDefinition EDITION_FALLBACK = def("class.edition-fallback", WARNING, CLASSIFICATION,
            "预算年度没有对应版本的科目目录", "财政部每年修订政府收支分类科目；gongkai 按预算年度选择目录版本（docs/catalog.md）",
            "没有该预算年度的科目目录（随程序提供或财政局加载的）时，按最近的较早版本核对，并给出本警告；财政局可在目录文件夹中加载该年度目录。");
    public static final RuleDefinition CODE_UNLISTED = def("class.code-unlisted", WARNING, CLASSIFICATION,
            "目录中没有的科目编码", "随程序提供的目录不完整（docs/catalog.md）；所属的类存在即接受",
            "编码格式正确、所属的类存在，但该年度目录中没有此编码：写明最近的已知上级（目录或提交文件中的），公开文件使用表中的名称；"
                    + "设置 gongkai.catalog.strict=true 时改报错误。");
    public static final RuleDefinition CODE_RETIRED = def("class.code-retired", ERROR, CLASSIFICATION,
            "不得使用该年度已取消的科目", "财政部每年修订政府收支分类科目（取消、合并科目）",
            "编码在预算年度的目录版本中已取消：改用替代科目（已知时写明）。");
    public static final RuleDefinition GOV_ECON_DERIVED = def("class.gov-econ-derived", WARNING, CLASSIFICATION,
            "政府经济分类按对应关系推导", "财预〔2023〕83号 部门预算支出经济分类与政府预算支出经济分类对应关系",
            "部门经济分类款没有填写政府经济分类时，按目录的对应关系推导，公开文件和开放数据使用推导结果并注明“推导”；请核对。");

    // ---- explanations
    public static final RuleDefinition ITEM_CHANGE = def("explain.item-change", ERROR, EXPLANATION,
            "增减变化的项必须说明原因", "《地方预决算公开操作规程》（收支增减变化说明）；财预〔2016〕143号",
            "一般公共预算支出情况表中每个金额与上年预算数不同的项，必须在 explanations.itemChanges 中写明原因。");
    public static final RuleDefinition TOTAL_CHANGE = def("explain.total-change", ERROR, EXPLANATION,
            "收支总额增减必须说明原因", "财预〔2016〕143号（收支增减变化说明）",
            "收入总计或支出总计与上年不同的，必须填写 explanations.incomeChange / expenditureChange。");
    public static final RuleDefinition FISCAL_CHANGE = def("explain.fiscal-change", ERROR, EXPLANATION,
            "财政拨款增减必须说明原因", "财预〔2016〕143号（收支增减变化说明）",
            "财政拨款收入（一般公共预算、政府性基金、国有资本经营预算）任一与上年不同的，必须填写 explanations.fiscalAppropriationChange。");
    public static final RuleDefinition GENERAL_BUDGET_CHANGE = def("explain.general-budget-change", ERROR, EXPLANATION,
            "一般公共预算支出增减必须说明原因", "财预〔2016〕143号（收支增减变化说明）",
            "一般公共预算支出合计与上年不同的，必须填写 explanations.generalBudgetChange。");
    public static final RuleDefinition THREE_PUBLIC_CHANGE = def("explain.three-public-change", ERROR, EXPLANATION,
            "“三公”经费增减必须说明原因", "财预〔2016〕143号（“三公”经费增减变化说明）；2016年全国专项检查必查项",
            "“三公”经费合计及每一项（因公出国、公务用车及其购置、运行、公务接待）与上年不同的，必须在 explanations.threePublicChanges 中写明原因。");
    public static final RuleDefinition OPERATING_COST_CHANGE = def("explain.operating-cost-change", ERROR, EXPLANATION,
            "机关运行经费增减必须说明原因", "《预算法》第十四条（机关运行经费说明）",
            "机关运行经费与上年不同的，必须填写 explanations.operatingCostChange。");
    public static final RuleDefinition PRIOR_MISSING = def("explain.prior-missing", WARNING, EXPLANATION,
            "缺少上年比较数", "财预〔2016〕143号（同比说明需要上年数）",
            "说明中需要比较的数字（收支总计、财政拨款、一般公共预算支出及其各项、“三公”经费、机关运行经费）缺少上年预算数：说明将省略该比较。");
    public static final RuleDefinition EMPTY_TABLE_NOTE = def("explain.empty-table-note", ERROR, EXPLANATION,
            "空表必须有说明", "《地方预决算公开操作规程》：没有数据的表格应当列出空表并说明",
            "没有数据的表必须能得到一段说明：explanations.tableNotes 中的说明，否则公开口径的默认说明。");
    public static final RuleDefinition PLACEHOLDER = def("explain.placeholder", ERROR, EXPLANATION,
            "不得残留占位符", "GovBudgetChecker（占位符残留为严重错误）；财预〔2016〕143号第四条（内容准确）",
            "任何文字中不得出现占位符：XX、xx（不分大小写，不与其他字母相连）、ＸＸ、××、待填写、请填写、某某、TODO、{单位} 等花括号占位、（略）、"
                    + "连续三个以上的省略号（………）、只有省略号的文字。");
    public static final RuleDefinition DEPARTMENT_DUTIES = def("explain.department-duties", ERROR, EXPLANATION,
            "必须填写部门主要职责", "财预〔2016〕143号（说明应包括部门职责、机构设置）",
            "department.duties 至少有一条非空的职责。");
    public static final RuleDefinition PERFORMANCE_GOAL = def("explain.performance-goal", ERROR, EXPLANATION,
            "必须填写部门整体绩效目标", "《中共中央 国务院关于全面实施预算绩效管理的意见》；河南省部门整体绩效目标表",
            "performance.department.goal（年度履职目标）不为空。");

    public static final RuleDefinition ITEM_PURPOSE = def("explain.item-purpose", ERROR, EXPLANATION,
            "财政拨款支出的每一项都写明用途", "上海市区级部门预算公开格式（财政拨款支出主要内容逐项说明“主要用于…”）",
            "公开口径要求时（requires 含 itemPurposes），财政拨款支出各表中每个功能分类项（7位）在 explanations.itemPurposes 中写明用途。");
    public static final RuleDefinition COMPARISON_BASE = def("explain.comparison-base", ERROR, EXPLANATION,
            "每项比较写明比较基数", "上海市区级部门预算公开格式（“比2024年预算执行数增加…”与“比2024年预算增加…”并存）",
            "公开口径要求时（requires 含 comparisonBases），说明中每项与上年的比较在 explanations.comparisonBases 中写明基数："
                    + "“上年预算”或“上年预算执行数”。");
    public static final RuleDefinition PROFILE_CHANGE = def("explain.profile-change", ERROR, EXPLANATION,
            "公开口径中的每项比较都有上年数和原因", "《预算法》第十四条（对重要事项作出说明）",
            "公开口径声明的每项比较（comparisons）都要有上年数（priorYear 中的对应字段）；有增减时写明原因，"
                    + "口径要求“持平也说明原因”的比较（如上海“三公”经费各项）持平时也要写明原因。比较可在口径文件中以 rule 指定报告的规则"
                    + "（河南：explain.total-change、explain.fiscal-change、explain.item-change 等），共用一个原因字段的比较合并报告。");
    public static final RuleDefinition PROJECT_STATEMENT = def("explain.project-statement", ERROR, EXPLANATION,
            "项目经费情况说明七个部分齐全", "上海市区级部门预算公开格式（七、项目经费情况说明）",
            "公开口径要求时（requires 含 projectStatements），otherMatters.projectStatements 至少一个项目，每个项目写明名称及"
                    + "项目概述、立项依据、实施主体、实施方案、实施周期、年度预算安排、绩效目标。");
    public static final RuleDefinition OTHER_MATTERS_FIELDS = def("explain.other-matters", ERROR, EXPLANATION,
            "其他相关情况说明所需的数字齐全", "上海市区级部门预算公开格式（六、其他相关情况说明）",
            "公开口径要求时，填写车辆（八类，requires 含 vehicleCategories）、拟购置车辆和设备（plannedPurchases）、"
                    + "政府采购货物/工程/服务（procurement）、绩效目标覆盖（performanceCoverage）；数量为非负整数，没有时填 0。");
    public static final RuleDefinition GLOSSARY = def("explain.glossary", ERROR, EXPLANATION,
            "名词解释由部门填写", "上海市区级部门预算公开格式（三、名词解释随部门而异）",
            "公开口径要求时（requires 含 glossary），explanations.glossary 至少一条，每条有名词和解释。");

    // ---- issue 16: rules a practitioners' checker reveals (each catches its own mutant in MutatedExampleTest)
    public static final RuleDefinition NOTE_CONTRADICTS_TABLE = def("explain.note-contradicts-table", ERROR, EXPLANATION,
            "表下说明不得称有数据的表为空表", "财预〔2016〕143号第四条（内容准确）；《地方预决算公开操作规程》（空表才说明无数据）",
            "explanations.tableNotes 中某表的说明写着本表没有数据（“本表无数据”“故本表为空”“为空表”“没有……数据”等），"
                    + "而该表有数据行：说明与表自相矛盾。");
    public static final RuleDefinition PRIOR_CONSISTENCY = def("cross.prior-consistency", ERROR, CROSS,
            "上年比较数自身一致", EQUATION + "；上年预算同样收支平衡（《预算法》第十二条）",
            "priorYear 中的上年数不得自相矛盾：收入总计等于支出总计；“三公”经费合计等于因公出国（境）费、公务用车购置及运行费、"
                    + "公务接待费之和，公务用车购置及运行费等于购置费与运行费之和；财政拨款（一般公共预算、政府性基金、"
                    + "国有资本经营预算之和）不大于收入总计；一般公共预算支出不大于支出总计。");
    public static final RuleDefinition PRIOR_GENERAL_BUDGET = def("cross.prior-general-budget", ERROR, CROSS,
            "上年一般公共预算财政拨款等于上年一般公共预算支出", EQUATION + "；公开口径声明（requires 含 priorGeneralBudgetBalanced）",
            "公开口径声明上年一般公共预算拨款与一般公共预算支出为同一数时，priorYear.fiscalAppropriation.general_budget "
                    + "等于 priorYear.generalBudgetExpenditure。");
    public static final RuleDefinition UNIT_NAME = def("structure.unit-name", ERROR, STRUCTURE,
            "表中单位名称与预算单位名称一致", "财预〔2016〕143号第四条（内容准确）：同一单位在同一文件中只用一个名称",
            "单位行的名称必须与 department.units 中该单位代码的名称（部门代码行与 department.name）一致；"
                    + "忽略首尾空格、全角/半角括号的差别。");
    public static final RuleDefinition KEY_PROJECTS = def("cross.key-projects", ERROR, CROSS,
            "重点项目必须在项目支出表中且金额不超过该项目", "《预算法》第十四条（对重要事项作出说明）；说明中的项目须与表一致",
            "公开口径有项目支出表（有“项目名称”列）时，otherMatters.keyProjects 中每个项目的名称必须是该表的项目，"
                    + "金额不得大于该项目的合计。");
    public static final RuleDefinition ASSETS = def("explain.assets", ERROR, EXPLANATION,
            "国有资产占用情况必须填写且截至上年", "财预〔2016〕143号（部门预算公开应说明国有资产占用情况）",
            "otherMatters.assets 必须填写（没有资产时填 0，不得缺项）；asOf 中的年份必须是预算年度的上一年或本年"
                    + "（国有资产占用情况截至上年末或编制预算时）。");
    public static final RuleDefinition VEHICLE_COSTS = def("cross.vehicle-costs", WARNING, CROSS,
            "公务用车运行费与车辆数一致", "《党政机关公务用车管理办法》（运行维护费随车辆保有量核定）",
            "“三公”经费表有公务用车运行费而国有资产占用情况中车辆为 0，或有车辆而运行费为 0：请核对；不阻止公开"
                    + "（车辆可能由机关事务部门统一保障）。");
    public static final RuleDefinition PROCUREMENT_CATALOG = def("cross.procurement-catalog", ERROR, CROSS,
            "政府采购每一项都能归入货物、工程或服务", "《政府采购品目分类目录》（财库〔2022〕31号：A 货物、B 工程、C 服务）；" + EQUATION,
            "政府采购表中金额不为零的每一行，采购目录必须以 A、B、C 开头或写明货物、工程、服务；否则说明中的货物 + 工程 + 服务"
                    + "不等于采购总额。");
    public static final RuleDefinition ALL_ZERO = def("cross.all-zero-budget", ERROR, CROSS,
            "部门预算不得全部为零", "《预算法》第三十二条（部门预算应当编列收支）；全部为零的文件是空模板",
            "全部数据表的金额都是零或空白时，提交的是空模板而不是部门预算，不予公开。");
    public static final RuleDefinition REPEATED_CHAR = def("explain.repeated-char", WARNING, EXPLANATION,
            "文字中疑似多打了一个字", "财预〔2016〕143号第四条（形式规范）",
            "部门填写的文字中，同一个汉字连写两次（如“的的”“一一般”）且不属于常见叠词（常常、人人、年年、逐一的“一一”等）时提示核对；"
                    + "汉语叠词很多，只作提示，不阻止公开。");
    public static final RuleDefinition STRAY_YEAR = def("explain.stray-year", WARNING, EXPLANATION,
            "说明中的年份应为本年或上年", "财预〔2016〕143号第四条（内容准确）；常见错误：沿用往年说明",
            "增减原因、表下说明、用途说明等与上年比较的文字中出现预算年度和上一年以外的年份（“2019年”）时提示核对；"
                    + "书名号《》内的文件名和“2014年修正”“2018年修订”等法规版本不计。只作提示，不阻止公开。");

    // ---- internal
    public static final RuleDefinition INTERNAL_FAILURE = def("internal.check-failed", ERROR, INTERNAL,
            "核对程序内部错误", "gongkai 自身", "某组核对因程序错误未能完成；请将提交文件发给运维人员。");

    private Rules() {
    }

    private static RuleDefinition def(String id, Severity severity, RuleCategory category, String title, String basis,
                                      String description) {
        RuleDefinition d = new RuleDefinition(id, severity, category, title, basis, description);
        ALL.add(d);
        return d;
    }

    static List<RuleDefinition> all() {
        return List.copyOf(ALL);
    }
}
