package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a table. A row is either a fixed row named by {@link #item()} (fixed-layout tables),
 * or a 合计/unit/item row of a coded table, carrying its classification codes and amounts.
 *
 * @param kind          total | unit | item (default item); ignored for fixed rows
 * @param item          the fixed row key, e.g. {@code income.general_budget} (fixed-layout tables only)
 * @param unitCode      the budget unit code of a unit row (e.g. 701, 701001)
 * @param functionCode  支出功能分类 code: 3 digits (类), 5 (款) or 7 (项)
 * @param econCode      部门预算支出经济分类 code (3 or 5 digits)
 * @param govEconCode   政府预算支出经济分类 code (3 or 5 digits)
 * @param name          the row's name as printed (科目名称 / 单位名称)
 * @param govEconName   the 政府经济分类 name as printed
 * @param values        amounts by column id, in the submission's unit
 * @param text          text cells by column id (project name, procurement catalogue…)
 */
public record TableRow(
        String kind,
        String item,
        String unitCode,
        String functionCode,
        String econCode,
        String govEconCode,
        String name,
        String govEconName,
        Map<String, BigDecimal> values,
        Map<String, String> text) {

    public enum Kind { TOTAL, UNIT, ITEM }

    public TableRow {
        values = values == null ? Map.of() : values;
        text = text == null ? Map.of() : text;
    }

    public Kind rowKind() {
        if (kind == null || kind.isBlank()) {
            return Kind.ITEM;
        }
        return switch (kind.trim().toLowerCase(Locale.ROOT)) {
            case "total" -> Kind.TOTAL;
            case "unit" -> Kind.UNIT;
            default -> Kind.ITEM;
        };
    }

    /** The amount in a column; a missing cell counts as zero. */
    public BigDecimal amount(String column) {
        BigDecimal v = values.get(column);
        return v == null ? BigDecimal.ZERO : v;
    }

    public boolean has(String column) {
        return values.containsKey(column) && values.get(column) != null;
    }

    public String text(String column) {
        return text.get(column);
    }
}
