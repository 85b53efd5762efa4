package org.gongkai.narrative;

import java.util.Optional;
import org.gongkai.model.Submission;

/**
 * Where prior-year figures come from when a submission carries no comparatives:
 * the archived accepted submission of the same department for the previous year (the lead backs this with the archive).
 */
@FunctionalInterface
public interface PriorYearSource {

    /** No archive: comparisons the submission does not carry are left out. */
    PriorYearSource NONE = (department, year) -> Optional.empty();

    Optional<Submission> find(String departmentCode, int fiscalYear);
}
