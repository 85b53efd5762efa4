package org.gongkai.narrative;

import java.util.Optional;

/**
 * The catalogue's successor information between editions: which code a code of last year's edition became in this
 * year's edition (retired and replaced, or moved). Prior-year items are matched through it; without it only
 * identical codes match and the rest are reported, never guessed.
 */
@FunctionalInterface
public interface CodeSuccessors {

    /** No successor information: identical codes only. */
    CodeSuccessors NONE = (code, year) -> Optional.empty();

    /** The code that replaces {@code lastYearCode} in the edition of {@code year}, when the catalogue names one. */
    Optional<String> successor(String lastYearCode, int year);
}
