package org.gongkai.validation;

/** A group of related rules run together over one submission. Must not throw on partial or odd submissions. */
interface Check {

    /** Whether the check computes sums (and is skipped when an amount is unsafe for arithmetic). */
    default boolean arithmetic() {
        return false;
    }

    void run(ValidationContext ctx);
}
