package org.gongkai.profile;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * A relation between tables declared by a profile (勾稽关系): the sum of the {@code left} terms equals (or, with
 * {@code relation}, is at most / at least) the sum of the {@code right} terms. The rule catalogue and docs/rules.md list
 * each profile's equations; docs/profiles.md describes the language.
 *
 * <p>A term is {@code table/row/column} or {@code @path} (a field of the submission, {@code *} adding every entry of a
 * map). {@code row} is {@code total} (the 合计 row), {@code key=<fixed row key>}, {@code code=<classification code>}
 * (every row of that code; without one, the leaf rows under it), {@code under=<code>} (only the leaf rows under it), {@code items} (every leaf row), {@code row} (the row
 * {@code each} stands on) or {@code match=<text column>} (the rows whose text column equals that of the row {@code each}
 * stands on). {@code each} repeats the equation: {@code functionClass} per 类 code, {@code code} per leaf code,
 * {@code column} per amount column the tables share, {@code row} per leaf row; {@code {class}}, {@code {code}},
 * {@code {column}} in a term stand for the current one. A blank (unpublished) cell counts as absent.
 *
 * @param id          short id, unique within the profile ("t1-t3-total")
 * @param rule        the rule a failure is reported under (a {@code cross.*} id of the catalogue); default
 *                    {@code cross.profile-equation}
 * @param title       Chinese title
 * @param description what is compared, in Chinese
 * @param left        terms added on the left: the expected side
 * @param right       terms added on the right: the side a failure points at
 * @param each        what the equation is repeated over (null: checked once)
 * @param eachIn      the tables {@code each} looks in (default: every table the terms name)
 * @param codes       with {@code each: row}, only rows whose code starts with one of these
 * @param relation    {@code =} (default), {@code <=} (left ≤ right) or {@code >=} (left ≥ right)
 * @param tolerance   how far the sides may differ ({@link Tolerance}); default {@code sum}
 * @param when        checked only when every condition holds
 * @param unless      not checked when every condition holds
 * @param finding     the words of a failure (default: the generic words of {@code cross.profile-equation})
 * @param at          a term whose place a failure points at (default: the last term on the right that names a row)
 * @param missingRow  what to do when a term of one table names a row that table does not have (default: the term is blank)
 */
public record EquationSpec(String id, String rule, String title, String description, List<String> left, List<String> right,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> each,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> eachIn,
                           List<String> codes, String relation, String tolerance, List<Condition> when,
                           List<Condition> unless, Words finding, MissingRow missingRow, String at) {

    /** The repetitions {@code each} may name. */
    public static final List<String> EACH = List.of("functionClass", "code", "column", "row");

    /** The relations. */
    public static final List<String> RELATIONS = List.of("=", "<=", ">=");

    public EquationSpec {
        left = left == null ? List.of() : left;
        right = right == null ? List.of() : right;
        each = each == null ? List.of() : each;
        eachIn = eachIn == null ? List.of() : eachIn;
        codes = codes == null ? List.of() : codes;
        when = when == null ? List.of() : when;
        unless = unless == null ? List.of() : unless;
        relation = relation == null || relation.isBlank() ? "=" : relation.strip();
    }

    /** Whether the relation is "left ≤ right". */
    public boolean atMost() {
        return "<=".equals(relation);
    }

    /** Whether the relation is "left ≥ right". */
    public boolean atLeast() {
        return ">=".equals(relation);
    }

    /** The named tolerance; {@link Tolerance#SUM} when none is given. */
    public Tolerance toleranceKind() {
        return Tolerance.of(tolerance);
    }

    /**
     * How far two sides of printed figures may differ (each printed figure is off its true value by at most half a unit
     * of its last decimal; figures of tables the profile marks {@code exact} are not rounded at all). On top of the named
     * tolerance, a figure printed in a coarser unit than another figure of the equation (万元 beside 元) may be off by
     * half a unit of its own last decimal.
     */
    public enum Tolerance {
        /** Copies of one printed figure: identical. */
        EXACT("exact"),
        /** A figure against the sum of printed figures: (n + 1) half units, n the figures on the longer side; exact for n ≤ 1. */
        SUM("sum"),
        /** Two sums of printed figures: (n + 1) half units, n the figures on both sides; exact when n ≤ 2. */
        SUMS("sums");

        private final String json;

        Tolerance(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        /** The tolerance a name stands for; null or blank is {@link #SUM}; an unknown name is null. */
        public static Tolerance of(String name) {
            if (name == null || name.isBlank()) {
                return SUM;
            }
            for (Tolerance t : values()) {
                if (t.json.equals(name.strip())) {
                    return t;
                }
            }
            return null;
        }
    }

    /**
     * A condition: the sums of {@code left} and {@code right} agree exactly under {@code relation}, or, with
     * {@code present}, that term has a value (a field filled in, a cell not blank).
     */
    public record Condition(List<String> left, List<String> right, String relation, String present) {
        public Condition {
            left = left == null ? List.of() : left;
            right = right == null ? List.of() : right;
            relation = relation == null || relation.isBlank() ? "=" : relation.strip();
        }
    }

    /**
     * The words of a finding: {@code message} and {@code hint} may use {@code {left}}, {@code {right}} (the sums with
     * their unit), {@code {tolerance}}, {@code {difference}}, {@code {class}}, {@code {code}}, {@code {name}} (the name of
     * the row a code names), {@code {column}} (the header of the column), {@code {<text column>}} of the row {@code each}
     * stands on; {@code expected} replaces the expected value a finding reports (used for a missing row).
     */
    public record Words(String message, String expected, String hint) {
    }

    /**
     * A row named by a term of {@code table} that the table does not have (a {@code key=} row its layout does not
     * define, a {@code code=} with no row under it): with a {@code message}, a finding at the row of the other side
     * that has no counterpart ({@code expected} its expected value, the code or class its found value); without one,
     * the instance is skipped.
     */
    public record MissingRow(String table, String message, String expected, String hint) {
    }
}
