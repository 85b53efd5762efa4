package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.validation.ExampleFixture.row;
import static org.gongkai.validation.ExampleFixture.rows;
import static org.gongkai.validation.ExampleFixture.set;
import static org.gongkai.validation.HenanTables.*;
import static org.gongkai.validation.ExampleFixture.values;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutated variants of the acceptance fixture, each caught by the expected rule (and, where given, at the expected cell). */
class MutatedExampleTest {


    /**
     * @param expected when not null, some finding of the rule (at the table and column, when given) must report
     *                 exactly this expected value and {@code found}; the values come from the published disclosure
     */
    record Case(String name, Consumer<ObjectNode> mutation, String ruleId, String table, String column,
                String expected, String found, boolean alone) {
        Case expecting(String expectedValue, String foundValue) {
            return new Case(name, mutation, ruleId, table, column, expectedValue, foundValue, alone);
        }

        /** No other rule fires: the mutant shows the gap the rule closes. */
        Case onlyThisRule() {
            return new Case(name, mutation, ruleId, table, column, expected, found, true);
        }

        @Override
        public String toString() {
            return name + " → " + ruleId;
        }
    }

    static Case c(String name, String ruleId, Consumer<ObjectNode> m) {
        return new Case(name, m, ruleId, null, null, null, null, false);
    }

    static Case at(String name, String ruleId, String table, String column, Consumer<ObjectNode> m) {
        return new Case(name, m, ruleId, table, column, null, null, false);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ---- a changed cell in every one of the 13 data tables (and the form table 11)
                at("T1 收入总计 changed", "table.balance-row", T1, "amount",
                        r -> set(r, T1, "item", "income.grand_total", "amount", "121.9"))
                        .expecting("121.3", "121.9"),
                at("T2 合计行 政府性基金 changed", "table.row-sum", T2, "current_total",
                        r -> set(r, T2, "kind", "total", "gov_fund", "5")),
                at("T3 行政单位离退休 对个人和家庭的补助 changed", "table.row-sum", T3, "basic",
                        r -> set(r, T3, "functionCode", "2080501", "basic_family", "35.9")),
                at("T4 社会保障和就业 一般公共预算 changed", "table.row-sum", T4, "total",
                        r -> set(r, T4, "item", "expenditure.208", "general_budget", "46.9")),
                at("T5 行政单位医疗 合计 changed", "table.row-sum", T5, "total",
                        r -> set(r, T5, "functionCode", "2101101", "total", "6.6")),
                at("T6 办公费 公用经费 changed", "table.row-sum", T6, "total",
                        r -> set(r, T6, "econCode", "30201", "public", "4.6")),
                at("T7 邮电费 一般公共预算 changed", "table.row-sum", T7, "total",
                        r -> set(r, T7, "econCode", "30207", "general_budget", "2.2")),
                at("T8 公务接待费 changed", "table.row-sum", T8, "total",
                        r -> set(r, T8, "item", "current", "reception", "1")),
                at("T9 合计行 基本支出 changed", "table.row-sum", T9, "total",
                        r -> set(r, T9, "kind", "total", "basic", "1")),
                at("T10 合计行 一般公共预算 changed", "table.row-sum", T10, "total",
                        r -> set(r, T10, "kind", "total", "general_budget", "1")),
                c("T11 部门预算总额 changed", "cross.t11-t3",
                        r -> ((ObjectNode) r.path("performance").path("department").path("budget")).put("total", new BigDecimal("120.3"))),
                at("T12 project above T10", "cross.t12-t10", T12, null, r -> rows(r, T12).addObject()
                        .put("kind", "item").set("values", ExampleFixture.MAPPER.createObjectNode()
                                .put("total", new BigDecimal("5")).put("government_funds", new BigDecimal("5")))),
                at("T13 合计行 债务项目 changed", "table.row-sum", T13, "project",
                        r -> set(r, T13, "kind", "total", "project_debt", "1")),
                at("T14 合计 without items", "table.total-row", T14, "amount",
                        r -> set(r, T14, "kind", "total", "amount", "1.0")),
                // ---- inside a table
                at("T2 其中：财政拨款 above 一般公共预算", "table.part-of", T2, "general_budget_fiscal",
                        r -> set(r, T2, "kind", "total", "general_budget_fiscal", "130")),
                at("T1 其中：财政拨款 above 一般公共预算", "table.part-of", T1, "amount",
                        r -> set(r, T1, "item", "income.general_budget.fiscal", "amount", "122.0")),
                at("T3 unit row ≠ Σ items", "table.unit-row", T3, "basic_goods", r -> {
                    set(r, T3, "kind", "unit", "basic_goods", "10.5");
                    set(r, T3, "kind", "unit", "basic", "122.3");
                    set(r, T3, "kind", "unit", "total", "122.3");
                }),
                at("T3 类 subtotal ≠ Σ 项", "table.subtotal-row", T3, "total", r -> rows(r, T3).insert(2,
                        ExampleFixture.MAPPER.createObjectNode().put("kind", "item").put("functionCode", "208").put("name", "社会保障和就业支出")
                                .set("values", ExampleFixture.MAPPER.createObjectNode().put("total", 50).put("basic", 50)
                                        .put("basic_wages", new BigDecimal("9.7")).put("basic_family", new BigDecimal("35.2"))
                                        .put("basic_goods", new BigDecimal("5.1"))))),
                at("T3 合计 ≠ Σ units", "table.total-row", T3, "total", r -> {
                    set(r, T3, "kind", "total", "total", "130.3");
                    set(r, T3, "kind", "total", "basic", "130.3");
                    set(r, T3, "kind", "total", "basic_goods", "18.5");
                }).expecting("121.3", "130.3"),
                // ---- across tables
                at("T1 收入总计 ≠ 支出总计", "cross.t1-balance", T1, "amount", r -> {
                    set(r, T1, "item", "expenditure.carry_forward", "amount", "1.0");
                    set(r, T1, "item", "expenditure.grand_total", "amount", "122.3");
                }),
                at("T1 class ≠ T3 items", "cross.t1-t3-classes", T1, "amount",
                        r -> set(r, T1, "item", "expenditure.216", "amount", "62.0")),
                at("T1 class ≠ T4 class", "cross.t1-t4-classes", T1, "amount", r -> {
                    set(r, T4, "item", "expenditure.210", "total", "5.5");
                    set(r, T4, "item", "expenditure.210", "general_budget", "5.5");
                    set(r, T4, "item", "expenditure.210", "general_budget_fiscal", "5.5");
                }),
                at("T3 合计 ≠ T1 本年支出合计", "cross.t1-t3-total", T3, "total", r -> {
                    set(r, T3, "kind", "total", "total", "121.4");
                    set(r, T3, "kind", "total", "basic", "121.4");
                }).expecting("121.3", "121.4"),
                at("T2 总计 ≠ T1 收入总计", "cross.t2-t1", T2, "total", r -> set(r, T2, "kind", "total", "total", "121.2"))
                        .expecting("121.3", "121.2"),
                at("T4 收入合计 ≠ 支出合计", "cross.t4-balance", T4, "total",
                        r -> set(r, T4, "item", "income.total", "amount", "121.2")),
                at("T5 合计 ≠ T4 一般公共预算", "cross.t4-t5-total", T5, "total",
                        r -> set(r, T5, "kind", "total", "total", "121.2")),
                at("T5 class ≠ T4 class", "cross.t4-t5-classes", T4, "general_budget", r -> {
                    set(r, T5, "functionCode", "2169999", "total", "63.5");
                    set(r, T5, "functionCode", "2169999", "basic", "63.5");
                    set(r, T5, "functionCode", "2169999", "basic_goods", "9.5");
                }),
                c("T5 item not in T3", "cross.t5-t3", r -> {
                    row(r, T5, "functionCode", "2210201").put("functionCode", "2210203").put("name", "购房补贴");
                }),
                at("T6 合计 ≠ T5 基本支出", "cross.t6-t5-basic", T6, "total",
                        r -> set(r, T6, "kind", "total", "total", "121.2")),
                at("T6 人员经费 ≠ T5 工资福利 + 对个人和家庭", "cross.t6-t5-personnel-public", T6, "personnel", r -> {
                    set(r, T6, "kind", "total", "personnel", "111.5");
                    set(r, T6, "kind", "total", "public", "9.8");
                }).expecting("111.8", "111.5"),
                at("T6 302 in 人员经费", "cross.t6-econ-split", T6, "personnel", r -> {
                    set(r, T6, "econCode", "30201", "personnel", "3.6");
                    set(r, T6, "econCode", "30201", "public", "0");
                }),
                at("T7 总计 ≠ T3 合计", "cross.t7-t3-total", T7, "total", r -> set(r, T7, "kind", "total", "total", "121.4")),
                at("T7 一般公共预算 ≠ T6 per econ code", "cross.t7-t6-econ", T7, "general_budget", r -> {
                    for (String col : List.of("total", "general_budget", "general_budget_fiscal")) {
                        set(r, T7, "econCode", "30229", col, "1.3");
                        set(r, T7, "econCode", "30228", col, "1.2");
                    }
                }),
                at("T3 basic goods ≠ T7 302", "cross.t3-t7-econ-types", T3, "basic_goods", r -> row(r, T7, "econCode", "30299")
                        .put("econCode", "31002").put("name", "办公设备购置").put("govEconCode", "50306").put("govEconName", "设备购置")),
                at("T9 合计 ≠ T4 政府性基金", "cross.t9-t4", T9, "total", r -> {
                    ObjectNode v = values(r, T9, "kind", "total");
                    v.put("total", 5).put("basic", 5).put("basic_goods", 5);
                }),
                at("T13 合计 ≠ T4 国有资本经营预算", "cross.t13-t4", T13, "total", r -> {
                    ObjectNode v = values(r, T13, "kind", "total");
                    v.put("total", 3).put("project", 3).put("project_other", 3);
                }),
                at("T10 合计 ≠ T3 项目支出", "cross.t10-t3", T10, "total", r -> {
                    ObjectNode v = values(r, T10, "kind", "total");
                    v.put("total", 2).put("general_budget", 2);
                }),
                at("T6 30217 above 公务接待费", "cross.three-public-econ", T8, "reception", r -> row(r, T6, "econCode", "30299")
                        .put("econCode", "30217").put("name", "公务接待费").put("govEconCode", "50206").put("govEconName", "公务接待费")),
                c("机关运行经费 above 公用经费", "cross.operating-costs",
                        r -> ((ObjectNode) r.path("otherMatters")).put("operatingCosts", new BigDecimal("9.6"))),
                c("机关运行经费 missing", "cross.operating-costs", r -> ((ObjectNode) r.path("otherMatters")).remove("operatingCosts")),
                c("prior items do not add up", "cross.prior-items-sum",
                        r -> ((ObjectNode) r.path("priorYear").path("items")).put("2080501", new BigDecimal("8.5"))),
                // ---- classification
                at("function code of a class that does not exist", "class.function-code", T5, "fn.xiang", r -> {
                    row(r, T3, "functionCode", "2169999").put("functionCode", "2189999");
                    row(r, T5, "functionCode", "2169999").put("functionCode", "2189999");
                }),
                at("function code the catalogue lacks under a known class", "class.code-unlisted", T3, "fn.xiang", r -> {
                    row(r, T3, "functionCode", "2169999").put("functionCode", "2169998");
                    row(r, T5, "functionCode", "2169999").put("functionCode", "2169998");
                }).expecting("21699 其他商业服务业等支出", "2169998"),
                at("wrong name for a function code", "class.function-name", T5, "name",
                        r -> row(r, T5, "functionCode", "2101101").put("name", "事业单位医疗"))
                        .expecting("行政单位医疗", "事业单位医疗"),
                at("econ code of a class that does not exist", "class.econ-code", T6, "econCode",
                        r -> row(r, T6, "econCode", "30229").put("econCode", "30430")),
                at("econ code the catalogue lacks under a known class", "class.code-unlisted", T6, "econCode", r -> {
                    row(r, T6, "econCode", "30229").put("econCode", "30230");
                    row(r, T7, "econCode", "30229").put("econCode", "30230");
                }).expecting("302 商品和服务支出", "30230"),
                at("wrong econ name", "class.econ-name", T6, "name", r -> row(r, T6, "econCode", "30101").put("name", "基本工资奖金"))
                        .expecting("基本工资", "基本工资奖金"),
                at("unknown gov econ code", "class.gov-econ-code", T7, "govEcon.kuan",
                        r -> row(r, T7, "econCode", "30101").put("govEconCode", "51998")),
                at("wrong gov econ name", "class.gov-econ-name", T6, "govEconName",
                        r -> row(r, T6, "econCode", "30101").put("govEconName", "工资福利")),
                at("gov econ code against verified mapping", "class.gov-econ-mapping", T6, "govEconCode",
                        r -> row(r, T6, "econCode", "30101").put("govEconCode", "50102").put("govEconName", "社会保障缴费")),
                at("gov econ code against unverified mapping", "class.gov-econ-mapping-unverified", T6, "govEconCode",
                        r -> row(r, T6, "econCode", "30302").put("govEconCode", "50901").put("govEconName", "社会福利和救助")),
                at("name differs from an unverified catalogue name", "class.name-unverified", T7, "name", r -> {
                    for (String t : List.of(T6, T7)) {
                        row(r, t, "econCode", "30299").put("econCode", "30203").put("name", "咨询服务费")
                                .put("govEconCode", "50205").put("govEconName", "委托业务费");
                    }
                }),
                // ---- explanations
                at("missing item reason", "explain.item-change", T5, "total",
                        r -> ((ObjectNode) r.path("explanations").path("itemChanges")).remove("2080505"))
                        .expecting("增减原因", "上年 8.7，本年 9.7"),
                c("missing income change reason", "explain.total-change", r -> ((ObjectNode) r.path("explanations")).remove("incomeChange")),
                c("missing fiscal change reason", "explain.fiscal-change",
                        r -> ((ObjectNode) r.path("explanations")).put("fiscalAppropriationChange", " ")),
                at("missing general budget change reason", "explain.general-budget-change", T5, "total",
                        r -> ((ObjectNode) r.path("explanations")).remove("generalBudgetChange")),
                at("三公 changed without reason", "explain.three-public-change", T8, "reception", r -> {
                    set(r, T8, "item", "current", "reception", "1");
                    set(r, T8, "item", "current", "total", "1");
                }),
                c("机关运行经费 changed without reason", "explain.operating-cost-change",
                        r -> ((ObjectNode) r.path("explanations")).remove("operatingCostChange")),
                c("missing prior-year item", "explain.prior-missing",
                        r -> ((ObjectNode) r.path("priorYear").path("items")).remove("2101101")),
                at("empty table without note", "explain.empty-table-note", T2, null, r -> {
                    rows(r, T2).remove(2);
                    rows(r, T2).remove(1);
                }),
                c("placeholder in a reason", "explain.placeholder",
                        r -> ((ObjectNode) r.path("explanations").path("itemChanges")).put("2080501", "待填写")),
                at("placeholder in a table name", "explain.placeholder", T3, "name",
                        r -> row(r, T3, "kind", "unit").put("name", "XX市人民政府经济技术协作办公室")),
                c("no duties", "explain.department-duties", r -> ((ObjectNode) r.path("department")).putArray("duties")),
                c("no performance goal", "explain.performance-goal",
                        r -> ((ObjectNode) r.path("performance").path("department")).put("goal", "")),
                // ---- structure and amounts
                at("missing table", "structure.table-missing", T14, null, r -> ((ObjectNode) r.path("tables")).remove(T14)),
                c("unknown table", "structure.table-unknown", r -> ((ObjectNode) r.path("tables")).putObject("budget_extra").putArray("rows")),
                c("form table submitted as data", "structure.table-unknown",
                        r -> ((ObjectNode) r.path("tables")).putObject("department_performance").putArray("rows")),
                at("duplicate row", "structure.duplicate-row", T5, null, r -> rows(r, T5).add(row(r, T5, "functionCode", "2210201").deepCopy())),
                at("duplicate fixed row", "structure.duplicate-row", T1, null, r -> rows(r, T1).add(row(r, T1, "item", "income.other").deepCopy())),
                at("duplicate unit row", "structure.duplicate-row", T2, null, r -> rows(r, T2).add(row(r, T2, "unitCode", "701001").deepCopy())),
                at("duplicate econ row", "structure.duplicate-row", T6, null, r -> rows(r, T6).add(row(r, T6, "econCode", "30207").deepCopy())),
                at("unknown text column", "structure.column-unknown", T3, "projectName",
                        r -> row(r, T3, "functionCode", "2080501").putObject("text").put("projectName", "离退休人员经费")),
                at("negative amount", "amount.negative", T5, "basic_goods", r -> set(r, T5, "functionCode", "2080501", "basic_goods", "-1.0"))
                        .expecting("≥ 0", "-1.0"),
                at("too many decimals", "amount.precision", T6, "total", r -> set(r, T6, "econCode", "30201", "total", "3.65"))
                        .expecting("最多 1 位小数", "3.65"),
                at("absurd magnitude", "amount.magnitude", T3, "total", r -> set(r, T3, "kind", "total", "total", "1e999999999")),
                at("absurd scale", "amount.magnitude", T3, "total", r -> set(r, T3, "kind", "total", "total", "1e-999999999")),
                c("absurd prior-year figure", "amount.magnitude",
                        r -> ((ObjectNode) r.path("priorYear")).put("incomeTotal", new BigDecimal("945000000000"))),
                c("format version", "structure.format-version", r -> r.put("formatVersion", 2)),
                c("unknown profile", "structure.profile", r -> r.put("profile", "henan-17")),
                c("unit", "structure.amount-unit", r -> r.put("amountUnit", "千元")),
                c("precision", "structure.precision", r -> r.put("precision", 7)),
                c("approval date before the prior year", "structure.approval-date", r -> r.put("approvalDate", "2022-12-31")),
                c("approval date invalid", "structure.approval-date", r -> r.put("approvalDate", "2024-13-01")),
                c("contact email", "structure.contact-email",
                        r -> ((ObjectNode) r.path("department").path("contact")).put("email", "xiezuoban@")),
                c("contact email with a hyphen-led domain", "structure.contact-email",
                        r -> ((ObjectNode) r.path("department").path("contact")).put("email", "a@-x.cn"))
                        .expecting("name@example.gov.cn", "a@-x.cn"),
                c("contact email with a display name", "structure.contact-email",
                        r -> ((ObjectNode) r.path("department").path("contact")).put("email", "协作办 <xiezuoban@pds.gov.cn>")),
                c("no budget units", "structure.budget-units", r -> ((ObjectNode) r.path("department")).putArray("units")),
                c("department name missing", "structure.department", r -> ((ObjectNode) r.path("department")).remove("name")),
                c("department code with a slash", "structure.department-code", r -> ((ObjectNode) r.path("department")).put("code", "70/1"))
                        .expecting("1–12 位半角数字（0-9）", "70/1"),
                c("department code climbing folders", "structure.department-code",
                        r -> ((ObjectNode) r.path("department")).put("code", "../701")),
                c("department code in Chinese numerals", "structure.department-code",
                        r -> ((ObjectNode) r.path("department")).put("code", "七〇一")),
                c("budget unit code climbing folders", "structure.department-code",
                        r -> ((ObjectNode) r.path("department").path("units").get(0)).put("code", "../701001")),
                at("unknown fixed row", "structure.fixed-row", T1, null,
                        r -> rows(r, T1).addObject().put("item", "income.foreign_aid").putObject("values").put("amount", 0)),
                at("missing fixed row", "structure.fixed-row", T1, null, r -> rows(r, T1).remove(9)),
                at("legacy row not zero", "structure.legacy-row", T4, "total",
                        r -> set(r, T4, "item", "expenditure.legacy_health", "total", "1")),
                at("unknown value column", "structure.column-unknown", T3, "bogus",
                        r -> set(r, T3, "functionCode", "2080501", "bogus", "0")),
                at("unit row in a table without units", "structure.row-kind", T6, null,
                        r -> rows(r, T6).insert(1, ExampleFixture.MAPPER.createObjectNode().put("kind", "unit").put("unitCode", "701"))),
                at("unit code not of the department", "structure.unit-unknown", T3, "unitCode",
                        r -> row(r, T3, "kind", "unit").put("unitCode", "799"))
                        .expecting("701、701001", "799"),
                at("grid table rows without a 合计 row", "structure.row-kind", T3, null, r -> rows(r, T3).remove(0)),
                c("negative vehicle count", "amount.negative",
                        r -> ((ObjectNode) r.path("otherMatters").path("assets").path("vehicles")).put("general", -1)),
                c("T11 资金来源 do not add up", "cross.t11-t3",
                        r -> ((ObjectNode) r.path("performance").path("department").path("budget")).put("unitFunds", new BigDecimal("1.0"))),
                at("malformed function code", "structure.row-key", T3, "fn.xiang",
                        r -> row(r, T3, "functionCode", "2080501").put("functionCode", "20805011")),
                // ---- issue 16: gaps a practitioners' checker reveals
                at("T4 政府性基金 income while T1 and T2 show none", "cross.profile-equation", T4, "amount", r -> {
                    set(r, T4, "item", "income.current.general_budget", "amount", "101.3");
                    set(r, T4, "item", "income.current.general_budget.fiscal", "amount", "101.3");
                    set(r, T4, "item", "income.current.gov_fund", "amount", "20");
                }).onlyThisRule(),
                at("T4 上年结转 split differently from T2", "cross.profile-equation", T4, "amount", r -> {
                    set(r, T1, "item", "income.carryover", "amount", "2");
                    set(r, T1, "item", "income.grand_total", "amount", "123.3");
                    set(r, T1, "item", "expenditure.carry_forward", "amount", "2");
                    set(r, T1, "item", "expenditure.grand_total", "amount", "123.3");
                    ObjectNode t2 = values(r, T2, "kind", "total");
                    t2.put("carryover_general_budget", 2).put("carryover_total", 2).put("total", new BigDecimal("123.3"));
                    for (String u : List.of("701", "701001")) {
                        values(r, T2, "unitCode", u).put("carryover_general_budget", 2).put("carryover_total", 2)
                                .put("total", new BigDecimal("123.3"));
                    }
                    set(r, T4, "item", "income.carryover", "amount", "2");
                    set(r, T4, "item", "income.carryover.gov_fund", "amount", "2");
                    set(r, T4, "item", "income.total", "amount", "123.3");
                    set(r, T4, "item", "expenditure.carry_forward", "total", "2");
                    set(r, T4, "item", "expenditure.carry_forward", "general_budget", "2");
                    set(r, T4, "item", "expenditure.total", "total", "123.3");
                    set(r, T4, "item", "expenditure.total", "general_budget", "123.3");
                }).onlyThisRule(),
                at("note says empty under a table with rows", "explain.note-contradicts-table", T5, "total",
                        r -> ((ObjectNode) r.path("explanations").path("tableNotes"))
                                .put(T5, "本部门2024年度没有一般公共预算支出，故本表无数据。")).onlyThisRule(),
                at("note says 为空表 under a fixed table with figures", "explain.note-contradicts-table", T1, "amount",
                        r -> ((ObjectNode) r.path("explanations").path("tableNotes")).put(T1, "本表为空表。")).onlyThisRule(),
                c("prior income total ≠ prior expenditure total", "cross.prior-consistency",
                        r -> ((ObjectNode) r.path("priorYear")).put("expenditureTotal", new BigDecimal("95.5")))
                        .expecting("94.5", "95.5").onlyThisRule(),
                c("prior 三公 total ≠ its parts", "cross.prior-consistency", r -> {
                    ((ObjectNode) r.path("priorYear").path("threePublic")).put("total", new BigDecimal("1.2"));
                    ((ObjectNode) r.path("explanations").path("threePublicChanges")).put("total", "压减“三公”经费");
                }).onlyThisRule(),
                c("prior 公务用车 ≠ 购置 + 运行", "cross.prior-consistency", r -> {
                    ObjectNode t = (ObjectNode) r.path("priorYear").path("threePublic");
                    t.put("total", new BigDecimal("1.0")).put("vehicle", new BigDecimal("1.0"));
                    ((ObjectNode) r.path("explanations").path("threePublicChanges")).put("total", "压减“三公”经费")
                            .put("vehicle", "公务用车改革");
                }).onlyThisRule(),
                c("prior fiscal appropriation above prior income", "cross.prior-consistency",
                        r -> ((ObjectNode) r.path("priorYear").path("fiscalAppropriation")).put("gov_fund", new BigDecimal("3.0"))).onlyThisRule(),
                c("prior general budget appropriation ≠ prior general budget expenditure", "cross.prior-general-budget", r -> {
                    ((ObjectNode) r.path("priorYear").path("fiscalAppropriation")).put("general_budget", new BigDecimal("90.5"))
                            .put("gov_fund", new BigDecimal("4.0"));
                }).expecting("90.5", "94.5").onlyThisRule(),
                at("unit row under another name", "structure.unit-name", T2, null,
                        r -> row(r, T2, "unitCode", "701001").put("name", "平顶山市经济技术协作办公室"))
                        .expecting("平顶山市人民政府经济技术协作办公室", "平顶山市经济技术协作办公室").onlyThisRule(),
                c("key project not in the project table", "cross.key-projects", r -> ((ArrayNode) r.path("otherMatters").withArray("keyProjects"))
                        .addObject().put("name", "招商引资项目").put("amount", new BigDecimal("5.0")).put("target", "引进项目10个")).onlyThisRule(),
                c("key project above its project row", "cross.key-projects", r -> {
                    addProject(r, "招商引资项目", "2.0");
                    ((ArrayNode) r.path("otherMatters").withArray("keyProjects"))
                            .addObject().put("name", "招商引资项目").put("amount", new BigDecimal("5.0")).put("target", "引进项目10个");
                }).expecting("≤ 2.0", "5.0"),
                c("assets missing", "explain.assets", r -> ((ObjectNode) r.path("otherMatters")).remove("assets")).onlyThisRule(),
                c("assets dated two years back", "explain.assets",
                        r -> ((ObjectNode) r.path("otherMatters").path("assets")).put("asOf", "2021年期末"))
                        .expecting("2023年", "2021年期末").onlyThisRule(),
                at("vehicle running costs with no vehicles", "cross.vehicle-costs", T8, "vehicle_operation", r -> {
                    ObjectNode v = values(r, T8, "item", "current");
                    v.put("total", new BigDecimal("1.0")).put("vehicle", new BigDecimal("1.0")).put("vehicle_operation", new BigDecimal("1.0"));
                    ObjectNode t5 = values(r, T6, "econCode", "30299");
                    ((ObjectNode) r.path("explanations").path("threePublicChanges")).put("total", "新增公务用车运行费")
                            .put("vehicle", "新增公务用车运行费").put("vehicle_operation", "新增公务用车运行费");
                }).onlyThisRule(),
                at("vehicles without running costs", "cross.vehicle-costs", T8, "vehicle_operation",
                        r -> ((ObjectNode) r.path("otherMatters").path("assets").path("vehicles")).put("general", 2)).onlyThisRule(),
                at("procurement row without a 采购目录 kind", "cross.procurement-catalog", T14, "procurementCatalog", r -> {
                    ObjectNode row = rows(r, T14).addObject().put("kind", "item").put("functionCode", "2169999").put("name", "其他商业服务业等支出");
                    row.putObject("text").put("unitName", "平顶山市人民政府经济技术协作办公室").put("procurementItem", "办公用品")
                            .put("procurementCatalog", "办公用品").put("measureUnit", "批");
                    row.putObject("values").put("quantity", 1).put("amount", new BigDecimal("1.0"));
                    values(r, T14, "kind", "total").put("amount", new BigDecimal("1.0"));
                }).expecting("A 货物 / B 工程 / C 服务", "办公用品").onlyThisRule(),
                c("all-zero budget", "cross.all-zero-budget", r -> {
                    r.path("tables").forEach(t -> t.path("rows").forEach(row -> {
                        ObjectNode v = (ObjectNode) row.path("values");
                        v.fieldNames().forEachRemaining(f -> { });
                        List<String> names = new java.util.ArrayList<>();
                        v.fieldNames().forEachRemaining(names::add);
                        names.forEach(f -> v.put(f, 0));
                    }));
                    ((ObjectNode) r.path("otherMatters")).put("operatingCosts", 0);
                    ObjectNode b = (ObjectNode) r.path("performance").path("department").path("budget");
                    List<String> fields = new java.util.ArrayList<>();
                    b.fieldNames().forEachRemaining(fields::add);
                    fields.stream().filter(f -> b.get(f).isNumber()).forEach(f -> b.put(f, 0));
                }).onlyThisRule(),
                c("lowercase xx in a reason", "explain.placeholder",
                        r -> ((ObjectNode) r.path("explanations").path("itemChanges")).put("2080501", "xx人员增加")).onlyThisRule(),
                c("请填写 in a duty", "explain.placeholder", r -> ((ArrayNode) r.path("department").path("duties")).add("请填写部门职责")).onlyThisRule(),
                c("某某 in the goal", "explain.placeholder",
                        r -> ((ObjectNode) r.path("performance").path("department")).put("goal", "完成某某任务")).onlyThisRule(),
                c("{单位} slot in a reason", "explain.placeholder",
                        r -> ((ObjectNode) r.path("explanations")).put("incomeChange", "{单位}绩效改革")).onlyThisRule(),
                c("（略） as a reason", "explain.placeholder",
                        r -> ((ObjectNode) r.path("explanations")).put("operatingCostChange", "公用经费（略）")).onlyThisRule(),
                c("a run of ellipses", "explain.placeholder",
                        r -> ((ObjectNode) r.path("explanations")).put("expenditureChange", "绩效改革…………")).onlyThisRule(),
                c("doubled 的", "explain.repeated-char",
                        r -> ((ObjectNode) r.path("explanations")).put("incomeChange", "绩效改革，增加的的基础绩效奖")).onlyThisRule(),
                c("一一般", "explain.repeated-char",
                        r -> ((ObjectNode) r.path("explanations")).put("generalBudgetChange", "一一般公共预算绩效改革")).onlyThisRule(),
                c("a year from an old disclosure", "explain.stray-year",
                        r -> ((ObjectNode) r.path("explanations").path("itemChanges")).put("2080505", "2021年社保基数调整"))
                        .expecting("2024年或2023年", "2021年").onlyThisRule());
    }

    /** A project row in T10 with its 合计 row (T3's 项目支出 is left as it is, so cross.t10-t3 fires too). */
    static void addProject(ObjectNode r, String name, String amount) {
        BigDecimal a = new BigDecimal(amount);
        ObjectNode row = rows(r, T10).addObject().put("kind", "item");
        row.putObject("text").put("projectType", "专项业务类").put("projectName", name).put("projectUnit", "平顶山市人民政府经济技术协作办公室");
        row.putObject("values").put("total", a).put("general_budget", a);
        values(r, T10, "kind", "total").put("total", a).put("general_budget", a);
    }

    /** Legitimate text the free-text rules must leave alone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("legitimateTexts")
    void legitimateTextIsNotFlagged(String text) {
        ObjectNode tree = ExampleFixture.tree();
        ((ObjectNode) tree.path("explanations")).put("incomeChange", text);
        ValidationResult result = new SubmissionValidator().validate(ExampleFixture.bind(tree));
        assertThat(result.findings()).as("findings for %s", text).isEmpty();
    }

    static Stream<String> legitimateTexts() {
        return Stream.of("常常加班，人人有责，年年增长，渐渐减少，看看再说，谢谢", "逐项一一对应，一一列出", "为了了解情况，针对对象调整，工作作风",
                "目的的实现", "依据《中华人民共和国预算法》（2014年修正）", "依据《2019年政府收支分类科目》调整", "比2023年增加，2024年安排",
                "联系邮箱 xxzx@example.gov.cn", "主要包括……等", "二〇〇八年起实行", "大大减少", "预算法2018年修正后");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMutationIsCaughtByItsRule(Case c) {
        ObjectNode tree = ExampleFixture.tree();
        c.mutation().accept(tree);
        ValidationResult result = new SubmissionValidator().validate(ExampleFixture.bind(tree));

        RuleDefinition rule = RuleCatalog.find(c.ruleId()).orElseThrow();
        List<Finding> hits = result.findings().stream().filter(f -> f.ruleId().equals(c.ruleId())).toList();
        assertThat(hits).as("findings of %s among %s", c.ruleId(), result.findings()).isNotEmpty();
        assertThat(hits).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(rule.severity());
            assertThat(f.message()).isNotBlank();
            assertThat(f.hint()).isNotBlank();
        });
        if (rule.severity() == Severity.ERROR) {
            assertThat(result.valid()).isFalse();
        } else {
            assertThat(result.valid()).as("a warning alone does not block: %s", result.findings()).isTrue();
        }
        if (c.table() != null) {
            assertThat(hits).as("location of %s", hits).anySatisfy(f -> {
                assertThat(f.location().table()).isEqualTo(c.table());
                if (c.column() != null) {
                    assertThat(f.location().column()).isEqualTo(c.column());
                }
            });
        }
        if (c.expected() != null) {
            assertThat(hits).as("expected/found of %s", hits).anySatisfy(f -> {
                if (c.table() != null) {
                    assertThat(f.location().table()).isEqualTo(c.table());
                    assertThat(f.location().column()).isEqualTo(c.column());
                }
                assertThat(f.expected()).isEqualTo(c.expected());
                assertThat(f.found()).isEqualTo(c.found());
            });
        }
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("internal.check-failed"));
        if (c.alone()) {
            assertThat(result.findings()).as("only %s catches this mutant", c.ruleId()).extracting(Finding::ruleId).containsOnly(c.ruleId());
        }
    }

    /** The corpus as a whole: mutants of error rules are rejected (≥ 97%), mutants of warning rules are flagged. */
    @Test
    void theCorpusRejectionRateStaysAtLeast97Percent() {
        List<Case> all = cases().toList();
        long errorCases = 0;
        long rejected = 0;
        for (Case c : all) {
            if (RuleCatalog.find(c.ruleId()).orElseThrow().severity() != Severity.ERROR) {
                continue;
            }
            errorCases++;
            ObjectNode tree = ExampleFixture.tree();
            c.mutation().accept(tree);
            if (!new SubmissionValidator().validate(ExampleFixture.bind(tree)).valid()) {
                rejected++;
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(125);
        assertThat((double) rejected / errorCases).as("rejected %d of %d", rejected, errorCases).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void representativeCasesCheckExpectedAndFoundValues() {
        Set<String> rules = cases().filter(c -> c.expected() != null).map(Case::ruleId).collect(Collectors.toSet());
        assertThat(rules).hasSizeGreaterThanOrEqualTo(6)
                .contains("table.balance-row", "table.total-row", "cross.t2-t1", "class.function-name", "amount.negative",
                        "amount.precision", "explain.item-change");
    }
}
