package org.gongkai.intake;

import org.gongkai.validation.ValidationResult;

/** A file read and validated: what was read, and every finding (read findings first). */
public record CheckedSubmission(ReadOutcome read, ValidationResult result) {
    public boolean valid() {
        return read.readable() && result.valid();
    }
}
