package org.gongkai.validation;

/**
 * One problem found in a submission.
 *
 * @param ruleId   the stable rule id from the catalogue (docs/rules.md)
 * @param severity error blocks publication, warning does not
 * @param message  what is wrong, in Chinese, complete on its own
 * @param location where
 * @param expected the value the rule expected (as printed), or null
 * @param found    the value found (as printed), or null
 * @param hint     how to fix it, in Chinese
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        Location location,
        String expected,
        String found,
        String hint) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Finding withLocation(Location newLocation) {
        return new Finding(ruleId, severity, message, newLocation, expected, found, hint);
    }
}
