package org.gongkai.narrative;

import java.util.Optional;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.catalog.CodeChange;

/**
 * The catalogue's successor information between editions: which code a code of last year's edition became in this
 * year's edition (retired and replaced, or moved). Prior-year items are matched through it; without it only
 * identical codes match and the rest are reported, never guessed.
 */
@FunctionalInterface
public interface CodeSuccessors {

    /** No successor information: identical codes only. */
    CodeSuccessors NONE = (code, year) -> Optional.empty();

    /** The successors the catalogue editions name for retired 功能分类 codes (docs/catalog.md, change files). */
    static CodeSuccessors of(CatalogEditions editions) {
        return (code, year) -> editions.edition(year).flatMap(c -> c.functions().change(code))
                .filter(CodeChange::retired).map(CodeChange::successor);
    }

    /** The code that replaces {@code lastYearCode} in the edition of {@code year}, when the catalogue names one. */
    Optional<String> successor(String lastYearCode, int year);
}
