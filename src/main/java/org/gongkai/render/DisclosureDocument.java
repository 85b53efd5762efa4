package org.gongkai.render;

import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.narrative.AmountUnit;
import org.gongkai.narrative.ClassificationNames;
import org.gongkai.narrative.CodeSuccessors;
import org.gongkai.narrative.Enrichment;
import org.gongkai.narrative.Narrative;
import org.gongkai.narrative.PriorYearComparatives;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.narrative.ProfileNarrative;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.narrative.SubmissionEnricher;

/** Everything a disclosure shows, computed once and written as HTML, PDF and open data. */
public record DisclosureDocument(
        Submission submission,
        Enrichment enrichment,
        Narrative narrative,
        List<TableModel> tables,
        List<Chart> charts,
        YearSeries series) {

    public static DisclosureDocument of(Submission s, ClassificationNames names, PriorYearSource priorYears) {
        return of(s, names, priorYears, CodeSuccessors.NONE);
    }

    /**
     * @param successors the catalogue editions' successor information: earlier years' items of the multi-year view
     *                   are matched through it
     */
    public static DisclosureDocument of(Submission s, ClassificationNames names, PriorYearSource priorYears,
                                        CodeSuccessors successors) {
        YearSeries series = YearSeries.of(s, priorYears, successors, names);
        DisclosureProfile profile = DisclosureProfile.forSubmission(s.profile());
        Submission filled = withArchivedComparatives(s, profile, priorYears);
        ProfileNarrative writer = new ProfileNarrative(names);
        Narrative n = writer.write(filled, profile);
        if (!SubmissionEnricher.applies(profile)) {
            Enrichment e = Enrichment.textOnly(s.fiscalYear() == null ? 0 : s.fiscalYear(), writer.warnings(filled, profile));
            return new DisclosureDocument(filled, e, n, new TableModelBuilder().build(filled), List.of(), series);
        }
        Enrichment e = new SubmissionEnricher(names, priorYears).enrich(s);
        Submission shown = s;
        if (!profile.derived().warnsOfComparisons()) {
            // the narrative's warnings, and the submission as the narrative read it (archived comparatives filled in)
            e = e.withWarnings(writer.warnings(filled, profile));
            shown = filled;
        }
        return new DisclosureDocument(shown, e, n, new TableModelBuilder().build(shown),
                new ChartBuilder().build(e, profile.charts(), AmountUnit.of(s.amountUnit())), series);
    }

    /**
     * The narrative reads {@code priorYear} as it is: comparatives the submission leaves out are filled from last
     * year's budget in the archive first.
     */
    private static Submission withArchivedComparatives(Submission s, DisclosureProfile profile, PriorYearSource priorYears) {
        if (priorYears == null || s.fiscalYear() == null || s.departmentCode() == null) {
            return s;
        }
        try {
            return priorYears.find(s.departmentCode(), s.fiscalYear() - 1)
                    .map(last -> PriorYearComparatives.fill(s, profile, last)).orElse(s);
        } catch (RuntimeException e) {
            return s;
        }
    }

    public String title() {
        return narrative.title();
    }

    public String department() {
        return submission.departmentName() == null ? "" : submission.departmentName();
    }

    public int year() {
        return submission.fiscalYear() == null ? 0 : submission.fiscalYear();
    }

    /** "万元" or "元", as the submission declares its amounts. */
    public String unit() {
        return amountUnit().label();
    }

    /** The units of the tables as a phrase: "万元", or "元；部门“三公”经费和机关运行经费预算表为万元" when they differ. */
    public String unitsText() {
        String main = unit();
        List<String> other = tables.stream().filter(t -> t.unit() != null && !t.unit().equals(main))
                .map(t -> t.title() + "为" + t.unit()).toList();
        return other.isEmpty() ? main : main + "；" + String.join("，", other);
    }

    public AmountUnit amountUnit() {
        return AmountUnit.of(submission.amountUnit());
    }

    public String approvalDate() {
        return submission.approvalDate();
    }
}
