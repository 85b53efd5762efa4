package org.gongkai.catalog;

/**
 * A code an edition retired or renamed, compared with the edition before it.
 *
 * @param kind        retired (the code is no longer in the edition) or renamed (same code, new name)
 * @param code        the code
 * @param formerName  its name in the previous edition
 * @param successor   the code to use instead (retired codes), or null when none is known
 * @param status      verification status of the change
 * @param source      source key (docs/catalog.md)
 * @param note        remarks, may be empty
 */
public record CodeChange(Kind kind, String code, String formerName, String successor, VerificationStatus status,
                         String source, String note) {

    public enum Kind { RETIRED, RENAMED }

    public boolean retired() {
        return kind == Kind.RETIRED;
    }
}
