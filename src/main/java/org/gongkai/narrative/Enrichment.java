package org.gongkai.narrative;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the documents derive from a submission: totals, shares (percent, one decimal), year-on-year changes,
 * names from codes, and warnings (Chinese) about comparisons that had to be left out.
 */
public record Enrichment(
        int year,
        int priorYear,
        PriorYearFigures.Origin priorYearOrigin,
        Income income,
        Expenditure expenditure,
        Fiscal fiscal,
        GeneralBudget generalBudget,
        Basic basic,
        ThreePublic threePublic,
        GovFund govFund,
        Operating operatingCosts,
        Procurement procurement,
        PerformanceTotals performance,
        List<String> warnings) {

    /**
     * The enrichment of a profile that declares no derived figures (the template computes what the text states): only the year and the warnings; the figures are null.
     */
    public static Enrichment textOnly(int year, List<String> warnings) {
        return new Enrichment(year, year - 1, PriorYearFigures.Origin.SUBMISSION, null, null, null, null, null, null, null, null,
                null, null, List.copyOf(warnings));
    }

    /** The same figures with other render warnings. */
    public Enrichment withWarnings(List<String> w) {
        return new Enrichment(year, priorYear, priorYearOrigin, income, expenditure, fiscal, generalBudget, basic, threePublic,
                govFund, operatingCosts, procurement, performance, List.copyOf(w));
    }

    /** 收入: 总计 and its sources (labels as in 部门收支总体情况表, without the ordinal). */
    public record Income(BigDecimal total, Change change, String reason, List<Source> sources) {
    }

    public record Source(String label, BigDecimal amount) {
    }

    /** 支出: 支出总计 (部门收支总体情况表) with change; 合计, 基本/项目 with shares (部门支出总体情况表). */
    public record Expenditure(BigDecimal grandTotal, BigDecimal total, Change change, String reason, BigDecimal basic, BigDecimal basicShare,
                              BigDecimal project, BigDecimal projectShare) {
    }

    /** 财政拨款收支 by budget. */
    public record Fiscal(BigDecimal generalBudget, BigDecimal govFund, BigDecimal stateCapital,
                         Change generalBudgetChange, Change govFundChange, Change stateCapitalChange, String reason) {
    }

    /** 一般公共预算支出: scale, structure by 类, one line per 类款项. */
    public record GeneralBudget(BigDecimal total, Change change, String reason, BigDecimal basic, BigDecimal basicShare,
                                BigDecimal project, BigDecimal projectShare, List<ClassShare> classes, List<ItemLine> items) {
    }

    /** A 功能分类 类 with its amount and share of the whole. */
    public record ClassShare(String code, String name, BigDecimal amount, BigDecimal share) {
        /** "社会保障和就业" from "社会保障和就业支出". */
        public String shortName() {
            return name.endsWith("支出") ? name.substring(0, name.length() - 2) : name;
        }
    }

    /** A 类款项 line. */
    public record ItemLine(String code, String className, String kuanName, String xiangName, BigDecimal amount,
                           BigDecimal basic, BigDecimal project, Change change, String reason) {
    }

    /** 基本支出: 人员经费 and 公用经费 with shares and composition (部门经济分类 names, code order). */
    public record Basic(BigDecimal total, BigDecimal personnel, BigDecimal personnelShare, BigDecimal publicCosts,
                        BigDecimal publicShare, List<String> personnelItems, List<String> publicItems) {
    }

    /** “三公”经费 and its parts. */
    public record ThreePublic(ThreePublicPart total, List<ThreePublicPart> parts) {
        public ThreePublicPart part(String id) {
            return parts.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        }
    }

    public record ThreePublicPart(String id, String label, BigDecimal amount, Change change, String reason) {
    }

    /** 政府性基金预算支出. */
    public record GovFund(BigDecimal total, BigDecimal basic, BigDecimal project, List<ItemLine> items) {
        public boolean none() {
            return Amounts.isZero(total) && items.isEmpty();
        }
    }

    /** 机关运行经费. */
    public record Operating(BigDecimal amount, Change change, String reason) {
    }

    /** 政府采购 split into 货物/工程/服务. */
    public record Procurement(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services, int rows) {
    }

    /** 纳入预算绩效管理的支出. */
    public record PerformanceTotals(BigDecimal total, BigDecimal personnel, BigDecimal publicCosts, BigDecimal project,
                                    int projectCount) {
    }
}
