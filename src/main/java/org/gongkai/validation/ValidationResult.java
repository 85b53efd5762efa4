package org.gongkai.validation;

import java.util.List;

/** The findings for one submission, errors first, in rule-catalogue order. */
public record ValidationResult(List<Finding> findings) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }

    /** Valid means publishable: no errors (warnings allowed). */
    public boolean valid() {
        return errorCount() == 0;
    }
}
