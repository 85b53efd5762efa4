package org.gongkai.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule a profile declares for its own equations and comparisons ({@code rules} in the profile file): listed in the
 * rule catalogue and docs/rules.md beside the built-in rules, and reported under its id.
 *
 * @param id          stable id, lower-case words joined by hyphens after a family and a dot ({@code cross.county-business});
 *                    must not be a built-in rule's id
 * @param severity    {@code error} (blocks publication, the default) or {@code warning}
 * @param category    {@code cross} (表间关系, the default) or {@code explanation} (说明文字)
 * @param title       Chinese title
 * @param basis       legal or accounting basis
 * @param description what the rule checks (Chinese)
 */
public record RuleSpec(String id, String severity, String category, String title, String basis, String description) {

    /** A rule id: a family, a dot and lower-case words joined by hyphens, at most 60 characters. */
    public static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*\\.[a-z0-9]+(?:-[a-z0-9]+)*$");
    public static final List<String> SEVERITIES = List.of("error", "warning");
    public static final List<String> CATEGORIES = List.of("cross", "explanation");

    public boolean warning() {
        return "warning".equals(severity);
    }

    public String categoryOrCross() {
        return category == null ? "cross" : category;
    }
}
