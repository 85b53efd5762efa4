package org.gongkai.profile;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * A fixed row of a balance or fixed table.
 *
 * @param key           the row key submissions use in {@code item}
 * @param label         the printed label ("一、一般公共预算")
 * @param functionClass the 功能分类 类 code the row reports, for expenditure rows
 * @param legacy        a row kept from an older template that must stay zero (e.g. 医疗卫生与计划生育支出)
 * @param partOf        this row is a "其中" part of that row
 * @param sumOf         this row is the sum of: the named rows, or "incomeRows" / "expenditureRows" / "classes"
 */
public record RowSpec(
        String key,
        String label,
        String functionClass,
        Boolean legacy,
        String partOf,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> sumOf) {

    public RowSpec {
        sumOf = sumOf == null ? List.of() : sumOf;
    }

    public boolean isLegacy() {
        return Boolean.TRUE.equals(legacy);
    }
}
