package org.gongkai.xlsx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;

/**
 * Section titles, labels and column headers of the 基本信息与说明 sheet. The writer prints them, the reader
 * recognises them (after {@link TextNormalizer#key}); docs/workbook.md lists them for clerks.
 */
final class InfoLabels {
    private InfoLabels() {
    }

    // sections (printed with a numbering prefix "一、")
    static final String S_BASIC = "基本信息";
    static final String S_DUTIES = "部门职能";
    static final String S_UNITS = "预算单位";
    static final String S_DIVISIONS = "内设机构";
    static final String S_REASONS = "收支增减变化原因";
    static final String S_PRIOR = "上年预算数";
    static final String S_ITEMS = "功能分类项级科目上年数与变化原因";
    static final String S_THREE_PUBLIC = "“三公”经费上年数与变化原因";
    static final String S_TABLE_NOTES = "表格说明";
    static final String S_OTHER = "其他重要事项";
    static final String S_KEY_PROJECTS = "重点项目";
    static final String S_TRANSFERS = "专项转移支付项目";
    static final String S_TARGETS = "部门整体绩效目标";
    static final String S_TASKS = "年度主要任务";
    static final String S_INDICATORS = "整体绩效指标";

    static final List<String> SECTIONS = List.of(S_BASIC, S_DUTIES, S_UNITS, S_DIVISIONS, S_REASONS, S_PRIOR, S_ITEMS,
            S_THREE_PUBLIC, S_TABLE_NOTES, S_OTHER, S_KEY_PROJECTS, S_TRANSFERS, S_TARGETS, S_TASKS, S_INDICATORS);

    // 基本信息 (key/value)
    static final String FORMAT_VERSION = "格式版本";
    static final String PROFILE = "公开口径";
    static final String FISCAL_YEAR = "预算年度";
    static final String AMOUNT_UNIT = "金额单位";
    static final String PRECISION = "金额小数位数";
    static final String APPROVAL_DATE = "批复日期";
    static final String DEPT_CODE = "部门代码";
    static final String DEPT_NAME = "部门名称";
    static final String DEPT_LEVEL = "部门级次";
    static final String DEPT_REGION = "所属地区";
    static final String CONTACT_NAME = "联系人";
    static final String CONTACT_EMAIL = "联系人电子邮箱";
    static final String CONTACT_PHONE = "联系电话";

    // table sections: column headers
    static final String C_SEQ = "序号";
    static final String C_DUTY = "主要职能";
    static final String C_UNIT_CODE = "单位代码";
    static final String C_UNIT_NAME = "单位名称";
    static final String C_UNIT_KIND = "单位性质";
    static final String C_UNIT_HQ = "是否本级";
    static final String C_DIVISION = "内设机构名称";
    static final String C_ITEM_CODE = "科目编码";
    static final String C_ITEM_NAME = "科目名称";
    static final String C_PRIOR = "上年预算数";
    static final String C_REASON = "增减变化原因";
    static final String C_ITEM = "项目";
    static final String C_TABLE = "表名";
    static final String C_NOTE = "说明";
    static final String C_PROJECT = "项目名称";
    static final String C_AMOUNT = "金额";
    static final String C_TARGET = "绩效目标";
    static final String C_TASK = "任务名称";
    static final String C_CONTENT = "主要内容";
    static final String C_L1 = "一级指标";
    static final String C_L2 = "二级指标";
    static final String C_L3 = "三级指标";
    static final String C_VALUE = "指标值";
    static final String C_DESCRIPTION = "指标值说明";

    // 收支增减变化原因 (key/value)
    static final String R_INCOME = "收入增减变化原因";
    static final String R_EXPENDITURE = "支出增减变化原因";
    static final String R_FISCAL = "财政拨款收支增减变化原因";
    static final String R_GENERAL = "一般公共预算支出增减变化原因";
    static final String R_OPERATING = "机关运行经费增减变化原因";

    // 上年预算数 (key/value)
    static final String P_INCOME = "上年收入总计";
    static final String P_EXPENDITURE = "上年支出总计";
    static final String P_GENERAL_EXPENDITURE = "上年一般公共预算支出";
    static final String P_OPERATING = "上年机关运行经费";
    /** 上年财政拨款收入 by budget key. */
    static final Map<String, String> P_FISCAL = orderedMap(
            "general_budget", "上年财政拨款收入：一般公共预算",
            "gov_fund", "上年财政拨款收入：政府性基金预算",
            "state_capital", "上年财政拨款收入：国有资本经营预算");

    // 其他重要事项 (key/value)
    static final String O_OPERATING = "本年机关运行经费";
    static final String O_AS_OF = "国有资产统计时点";
    static final String O_V_GENERAL = "一般公务用车（辆）";
    static final String O_V_LAW = "执法执勤用车（辆）";
    static final String O_V_SPECIAL = "特种专业技术用车（辆）";
    static final String O_V_OTHER = "其他用车（辆）";
    static final String O_EQ_GENERAL = "单位价值50万元以上通用设备（台、套）";
    static final String O_EQ_SPECIAL = "单位价值100万元以上专用设备（台、套）";

    // 部门整体绩效目标 (key/value)
    static final String T_GOAL = "年度履职目标";
    static final String T_TOTAL = "部门预算总额";
    static final String T_GOV = "资金来源：政府预算资金";
    static final String T_SPECIAL = "资金来源：财政专户管理资金";
    static final String T_UNIT = "资金来源：单位资金";
    static final String T_BASIC = "资金结构：基本支出";
    static final String T_PROJECT = "资金结构：项目支出";

    /**
     * Three-public columns: id → printed label, from the profile's 三公经费表: the table of its derived “三公”经费
     * figure ({@code derived.threePublic.total.figure}), else its first fixed table.
     */
    static Map<String, String> threePublicLabels(DisclosureProfile profile) {
        Map<String, String> m = new LinkedHashMap<>();
        Optional<TableSpec> t = threePublicTable(profile)
                .or(() -> profile.tables().stream().filter(x -> x.layout() == TableSpec.Layout.FIXED).findFirst());
        if (t.isPresent()) {
            for (ColumnSpec c : t.get().columns()) {
                if (c.isValue()) {
                    m.put(c.id(), String.join("：", c.header()));
                }
            }
        }
        if (m.isEmpty()) {
            m.putAll(orderedMap("total", "“三公”经费合计", "outbound", "因公出国（境）费", "vehicle", "公务用车购置及运行费：小计",
                    "vehicle_purchase", "公务用车购置及运行费：公务用车购置费", "vehicle_operation", "公务用车购置及运行费：公务用车运行费",
                    "reception", "公务接待费"));
        }
        return m;
    }

    private static Optional<TableSpec> threePublicTable(DisclosureProfile profile) {
        if (profile.derived() == null || profile.derived().threePublic() == null || profile.derived().threePublic().total() == null) {
            return Optional.empty();
        }
        String term = org.gongkai.profile.Figures.firstTerm(profile.figures().get(profile.derived().threePublic().total().figure()));
        return term == null ? Optional.empty() : profile.table(term.split("/")[0]);
    }

    static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
