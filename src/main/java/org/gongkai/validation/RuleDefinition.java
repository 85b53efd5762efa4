package org.gongkai.validation;

/**
 * A named rule of the catalogue (docs/rules.md is generated from these).
 *
 * @param id          stable id, used in findings, reports and tests; never renamed
 * @param severity    error blocks publication, warning does not
 * @param category    rule family
 * @param title       Chinese title
 * @param basis       legal or accounting basis
 * @param description what the rule checks (Chinese)
 */
public record RuleDefinition(
        String id, Severity severity, RuleCategory category, String title, String basis, String description) {
}
