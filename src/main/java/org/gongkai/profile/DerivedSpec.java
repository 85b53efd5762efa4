package org.gongkai.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where the open data's derived figures ({@code derived} in {@code data.json}: totals, shares, year-on-year changes,
 * 类款项 lines, “三公”经费 parts …) come from in one profile: each section names the profile's {@code figures}, its
 * tables by id, the {@code priorYear} and {@code explanations} fields and the Chinese labels the render warnings use.
 * A section the profile leaves out is absent (null) from the derived figures; a profile without {@code derived} has
 * none. The charts ({@link ChartSpec}) and the site index's key figures read these sections.
 *
 * @param comparisonWarnings whether the render warnings are the ones computed here (comparisons left out, changes
 *                           without a reason); otherwise they are the narrative's (a comparison without its prior figure)
 */
public record DerivedSpec(
        Boolean comparisonWarnings,
        Slot income,
        Slot expenditure,
        Group fiscal,
        Slot generalBudget,
        Slot basic,
        Group threePublic,
        Slot govFund,
        Slot operatingCosts,
        Slot procurement,
        Slot performance) {

    public boolean warnsOfComparisons() {
        return Boolean.TRUE.equals(comparisonWarnings);
    }

    /** A section made of parts ({@code fiscal}: one per budget; {@code threePublic}: a total and its parts). */
    public record Group(String reason, Slot total, List<Slot> parts) {
        public Group {
            parts = parts == null ? List.of() : parts;
        }

        public Slot part(String id) {
            return parts.stream().filter(s -> id.equals(s.id())).findFirst().orElse(null);
        }
    }

    /**
     * One derived figure with what it is compared with. Every amount field is a name of the profile's {@code figures}
     * ({@code "a ?? b"}: the first that is not blank); a figure on a table's total row that is blank is the sum of the
     * table's rows.
     *
     * @param id             the part's id ({@code fiscal}: generalBudget, govFund, stateCapital; {@code threePublic}: a column)
     * @param label          what the render warnings call it ("收入总计")
     * @param figure         the amount
     * @param prior          the {@code priorYear} field it is compared with (null: not compared, no warning)
     * @param reason         the {@code explanations} field giving the reason for a change
     * @param needsReason    false: a change without a reason is not warned of
     * @param absentIsZero   a prior map field ({@code fiscalAppropriation}) that is given but lacks this key counts 0
     * @param priorSumOf     when the prior field is absent: the sum of these prior fields, if the first is given
     * @param total          {@code expenditure}: the 合计 of the expenditure table ({@code figure} is 支出总计)
     * @param basic          基本支出
     * @param project        项目支出
     * @param personnel      人员经费
     * @param publicCosts    公用经费 (JSON {@code public})
     * @param table          the table read row by row: income sources, 类款项 lines, economic items, procurement rows,
     *                       the projects counted
     * @param itemPrior      per 项: the prior field, {@code {code}} standing for the code ({@code items.{code}})
     * @param itemReason     per 项: the reason field ({@code itemChanges.{code}})
     * @param personnelCodes 经济分类 prefixes of 人员经费 items ({@code basic})
     * @param publicCodes    经济分类 prefixes of 公用经费 items ({@code basic})
     * @param fallback       the figure used when {@code figure} is blank, with {@code fallbackWarning} ({amount} the amount)
     * @param fallbackWarning the render warning when the fallback is used
     * @param amountColumn   {@code procurement}: the amount column
     * @param catalogColumn  {@code procurement}: the column of the 政府采购品目 (goods/works/services)
     * @param nameColumn     {@code procurement}: the column naming the item
     */
    public record Slot(String id, String label, String figure, String prior, String reason, Boolean needsReason,
                       Boolean absentIsZero, List<String> priorSumOf, String total, String basic, String project,
                       String personnel, @JsonProperty("public") String publicCosts, String table, String itemPrior,
                       String itemReason, List<String> personnelCodes, List<String> publicCodes, String fallback,
                       String fallbackWarning, String amountColumn, String catalogColumn, String nameColumn) {
        public Slot {
            priorSumOf = priorSumOf == null ? List.of() : priorSumOf;
            personnelCodes = personnelCodes == null ? List.of() : personnelCodes;
            publicCodes = publicCodes == null ? List.of() : publicCodes;
        }

        public boolean reasonRequired() {
            return !Boolean.FALSE.equals(needsReason);
        }

        /** The named figures this slot refers to (for lint). */
        public List<String> figureRefs() {
            List<String> out = new java.util.ArrayList<>();
            for (String f : new String[]{figure, total, basic, project, personnel, publicCosts, fallback}) {
                if (f != null) {
                    for (String alt : f.split("\\?\\?")) {
                        out.add(alt.strip());
                    }
                }
            }
            return out;
        }
    }
}
