package org.gongkai.validation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gongkai.model.TableRow;

/** Sums of one column over the leaf rows of a table, grouped by a key (class code, 项 code, econ code…). */
final class CodeSums {

    /** One group: the sum, how many rows it adds and the first row (for locations). */
    record Group(BigDecimal sum, int terms, int firstRow) {
    }

    private CodeSums() {
    }

    static Map<String, Group> byKey(TableView v, String column, java.util.function.Function<String, String> keyOfCode) {
        Map<String, Group> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        List<TableRow> rows = v.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            String code = v.code(r);
            if (!v.isLeaf(r) || code == null) {
                continue;
            }
            String key = keyOfCode.apply(code);
            BigDecimal a = r.amount(column);
            int row = i;
            out.merge(key, new Group(a, 1, row), (x, y) -> new Group(x.sum().add(y.sum()), x.terms() + 1, x.firstRow()));
        }
        return out;
    }

    static Group sumWhere(TableView v, String column, Predicate<String> codeFilter) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        int first = -1;
        List<TableRow> rows = v.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            String code = v.code(r);
            if (v.isLeaf(r) && code != null && codeFilter.test(code)) {
                sum = sum.add(r.amount(column));
                n++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return new Group(sum, n, first);
    }
}
