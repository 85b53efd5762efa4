package org.gongkai.validation;

import java.util.Optional;

/** Looks up last year's budget of a department (the archive backs it; see {@code publish.PriorYearArchive}). */
@FunctionalInterface
public interface PriorYearReferences {

    /** No archive: nothing to compare against, nothing to fill. */
    PriorYearReferences NONE = (department, year) -> Optional.empty();

    Optional<PriorYearReference> find(String departmentCode, int fiscalYear);
}
