package org.gongkai.validation;

import org.gongkai.narrative.PriorYearComparatives;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.profile.DisclosureProfile;

/**
 * This year's comparatives against last year's budget as gongkai holds it ({@link PriorYearReference}): a given
 * comparative that differs is a finding naming both figures and last year's document and version (error, or warning
 * where the profile says {@code "priorYearMismatch": "warning"}); comparatives left out are listed as filled.
 */
final class PriorYearArchiveCheck implements Check {

    private static final int LISTED = 40;

    @Override
    public boolean arithmetic() {
        return true;
    }

    @Override
    public void run(ValidationContext ctx) {
        PriorYearReference ref = ctx.priorYearReference();
        if (ref == null) {
            return;
        }
        Submission s = ctx.original();
        DisclosureProfile p = ctx.profile();
        Severity mismatch = p != null && "warning".equalsIgnoreCase(p.priorYearMismatch()) ? Severity.WARNING : Severity.ERROR;
        List<String> filled = new ArrayList<>();
        boolean itemsGiven = !s.priorYear().items().isEmpty();
        for (PriorYearComparatives.Entry e : PriorYearComparatives.entries(s, p, ref.submission(), ref.successors())) {
            String path = "priorYear." + e.path();
            if (e.given() != null && e.reference() != null) {
                if (e.execution() || e.given().compareTo(e.reference()) == 0) {
                    continue;
                }
                ctx.findings().add(new Finding(Rules.PRIOR_ARCHIVE_MISMATCH.id(), mismatch,
                        "上年数 " + path + "（" + e.title() + "）填的是 " + ctx.withUnit(e.given()) + "，而" + ref.describe() + "中为 "
                                + ctx.withUnit(e.reference()) + "，两者不一致。",
                        Location.field(path), ValidationContext.print(e.reference()), ValidationContext.print(e.given()),
                        "按上年公开的预算表改正 " + path + "；如上年预算确已调整，请在说明中写明。"));
            } else if (e.given() != null && e.path().startsWith("items.")) {
                ctx.report(Rules.PRIOR_ARCHIVE_UNMATCHED, "上年数中的" + e.title() + "在" + ref.describe()
                                + "中找不到（编码相同的科目没有），无法核对。",
                        Location.field(path), null, ValidationContext.print(e.given()),
                        "核对该科目编码；如科目在新年度目录中改了编码，请按上年的编码填写或在说明中写明对应关系。");
            } else if (e.given() == null && e.reference() != null && (!e.path().startsWith("items.") || !itemsGiven)) {
                filled.add(e.title() + " " + ctx.withUnit(e.reference()));
            }
        }
        if (!filled.isEmpty()) {
            String list = String.join("，", filled.subList(0, Math.min(LISTED, filled.size())))
                    + (filled.size() > LISTED ? "等" : "");
            ctx.report(Rules.PRIOR_ARCHIVE_FILLED, "提交文件未填写 " + filled.size() + " 项上年数，已按" + ref.describe()
                            + "填入：" + list + "。", Location.field("priorYear"), null, null,
                    "如需按其他基数比较，请在 priorYear 中填写。");
        }
    }
}
