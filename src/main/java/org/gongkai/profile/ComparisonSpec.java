package org.gongkai.profile;

/**
 * A year-on-year comparison the narrative states, declared by the profile. The same declaration drives the text
 * ({@code f.cmp}, {@code f.items}), the check that a change has a reason (rule {@link #rule}), the prior-year
 * figures read from last year's budget in the archive and the check of the submitted ones against it.
 *
 * @param id             comparison id; the submission names its base under {@code explanations.comparisonBases.<base or id>}
 * @param title          what is compared, in Chinese ("财政拨款收入"); for an {@code each} comparison {@code {code}} and
 *                       {@code {name}} stand for the row's code and printed name ("科目 {code} {name}")
 * @param figure         the current figure: a name of the profile's {@code figures} (not used with {@code each})
 * @param prior          where the prior figure is in {@code priorYear}: {@code incomeTotal}, {@code fiscalAppropriation.<key>},
 *                       {@code threePublic.<column>}, {@code items.{code}}, …
 * @param base           the key of {@code explanations.comparisonBases} shared by several comparisons (null: the id)
 * @param reason         where the reason is in {@code explanations}: {@code fiscalAppropriationChange},
 *                       {@code threePublicChanges.<column>}, {@code itemChanges.{code}} … (null: the narrative states no
 *                       reason and none is asked for)
 * @param reasonWhenFlat whether a reason is asked for also when the figure did not change (持平)
 * @param each           a table whose 项 (7-digit 功能分类 rows) are compared one by one, {@code {code}} in {@code prior}
 *                       and {@code reason} standing for the row's code; a code absent from a non-empty prior list is a
 *                       new item (prior 0)
 * @param column         with {@code each}: the amount column compared (null: {@code total})
 * @param rule           the rule id reported when a reason is missing (null: {@code explain.profile-change}); comparisons
 *                       sharing a reason field and a rule are reported together
 */
public record ComparisonSpec(String id, String title, String figure, String prior, String base, String reason,
                             Boolean reasonWhenFlat, String each, String column, String rule) {

    /** The placeholder of a row's code in {@code prior}, {@code reason} and {@code title} of an {@code each} comparison. */
    public static final String CODE = "{code}";

    public String baseKey() {
        return base == null ? id : base;
    }

    public boolean reasonEvenWhenFlat() {
        return Boolean.TRUE.equals(reasonWhenFlat);
    }

    /** Whether this comparison is stated once per 项 of a table. */
    public boolean perItem() {
        return each != null;
    }

    public String columnOrTotal() {
        return column == null ? "total" : column;
    }

    /** {@code prior}, {@code reason} or {@code title} with the row's code (and name) filled in. */
    public static String forRow(String template, String code, String name) {
        return template == null ? null : template.replace(CODE, code).replace("{name}", name == null ? "" : name).strip();
    }
}
