package org.gongkai.profile;

import java.util.List;

/**
 * A relation between tables declared by a profile (勾稽关系): the sum of the {@code left} terms equals the sum of the
 * {@code right} terms. The rule catalogue and docs/rules.md list each profile's equations.
 *
 * <p>A term is {@code table/row/column}: {@code row} is {@code total} (the 合计 row), {@code key=<fixed row key>} or
 * {@code code=<classification code>} (the row of that 功能/经济分类 code). With {@code each} set to {@code functionClass}
 * the equation is checked once per 类 code found in the referenced tables, {@code {class}} in a term standing for it.
 * Amounts are converted to 元 with the unit of each table before they are compared. A blank (unpublished) cell counts as
 * absent: nothing is added for it, and an equation whose terms are all blank is not checked.
 *
 * @param id          short id, unique within the profile ("t1-t3-total")
 * @param title       Chinese title
 * @param description what is compared, in Chinese
 * @param left        terms added on the left
 * @param right       terms added on the right
 * @param each        null, or {@code functionClass}
 * @param relation    {@code =} (default) or {@code <=}: the left side may not exceed the right (a part of a whole)
 */
public record EquationSpec(String id, String title, String description, List<String> left, List<String> right, String each,
                           String relation) {

    /** Whether the relation is "left ≤ right" rather than equality. */
    public boolean atMost() {
        return "<=".equals(relation);
    }

    public EquationSpec {
        left = left == null ? List.of() : left;
        right = right == null ? List.of() : right;
    }
}
