package org.gongkai.validation;

import org.gongkai.narrative.PriorYearComparatives;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.catalog.ClassificationCatalog;
import org.gongkai.model.Submission;
import org.gongkai.profile.DisclosureProfile;

/**
 * Runs every rule of the catalogue ({@link RuleCatalog}) against a submission. Independent of Camel, stateless and
 * thread-safe. Never throws for odd input: a rule group that fails internally yields an {@code internal.check-failed}
 * finding instead.
 */
public final class SubmissionValidator {

    private static final List<Check> CHECKS = List.of(
            new StructureCheck(),
            new PublishableText(),
            new AmountCheck(),
            new TableSumCheck(),
            new ProfileEquationCheck(),
            new ProfileRequirementsCheck(),
            new ClassificationCheck(),
            new ExplanationCheck(),
            new ProfileComparisonCheck(),
            new ConsistencyCheck(),
            new FreeTextCheck(),
            new PriorYearArchiveCheck());

    private final CatalogEditions catalog;

    /** Checks against the shipped catalogue editions. */
    public SubmissionValidator() {
        this(CatalogEditions.shipped());
    }

    /** Checks every fiscal year against this one edition. */
    public SubmissionValidator(ClassificationCatalog catalog) {
        this(CatalogEditions.of(catalog));
    }

    /** Checks each submission against the edition of its fiscal year (the bureau's folder and strict setting included). */
    public SubmissionValidator(CatalogEditions catalog) {
        this.catalog = catalog;
    }

    public ValidationResult validate(Submission submission) {
        return validate(submission, null);
    }

    /**
     * Validates against last year's budget of the department as well: comparatives left out are filled from it before
     * the other rules run (so reasons are asked for the changes the narrative will state), given ones are checked.
     */
    public ValidationResult validate(Submission submission, PriorYearReference reference) {
        if (submission == null) {
            Finding f = new Finding(Rules.FORMAT_VERSION.id(), Rules.FORMAT_VERSION.severity(), "提交内容为空。", Location.none(),
                    "1", null, "提交完整的部门预算公开文件（JSON）。");
            return new ValidationResult(List.of(f));
        }
        DisclosureProfile profile = DisclosureProfile.find(submission.profile() == null ? null : submission.profile().strip())
                .orElse(null);
        Submission checked = submission;
        if (reference != null) {
            try {
                checked = PriorYearComparatives.fill(submission, profile, reference.submission(), reference.successors());
            } catch (RuntimeException e) {
                reference = null;
            }
        }
        ValidationContext ctx = new ValidationContext(checked, submission, reference, profile, catalog);
        for (Check check : CHECKS) {
            if (check.arithmetic() && !ctx.arithmeticSafe()) {
                continue;
            }
            try {
                check.run(ctx);
            } catch (RuntimeException e) {
                ctx.report(Rules.INTERNAL_FAILURE, "核对“" + check.getClass().getSimpleName() + "”未能完成（" + e.getClass().getSimpleName()
                        + "），其余核对结果仍然有效。", Location.none(), null, null, "请把提交文件发给运维人员。");
            }
        }
        List<Finding> findings = new ArrayList<>(ctx.findings());
        findings.sort(Comparator.comparing(Finding::severity).thenComparingInt(f -> RuleCatalog.indexOf(f.ruleId())));
        return new ValidationResult(findings);
    }
}
