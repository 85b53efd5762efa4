package org.gongkai.render;

import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.narrative.AmountUnit;
import org.gongkai.narrative.ClassificationNames;
import org.gongkai.narrative.Enrichment;
import org.gongkai.narrative.Narrative;
import org.gongkai.narrative.NarrativeWriter;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.narrative.SubmissionEnricher;

/** Everything a disclosure shows, computed once and written as HTML, PDF and open data. */
public record DisclosureDocument(
        Submission submission,
        Enrichment enrichment,
        Narrative narrative,
        List<TableModel> tables,
        List<Chart> charts) {

    public static DisclosureDocument of(Submission s, ClassificationNames names, PriorYearSource priorYears) {
        Enrichment e = new SubmissionEnricher(names, priorYears).enrich(s);
        Narrative n = new NarrativeWriter().write(s, e);
        return new DisclosureDocument(s, e, n, new TableModelBuilder().build(s), new ChartBuilder().build(e, AmountUnit.of(s.amountUnit())));
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

    public AmountUnit amountUnit() {
        return AmountUnit.of(submission.amountUnit());
    }

    public String approvalDate() {
        return submission.approvalDate();
    }
}
