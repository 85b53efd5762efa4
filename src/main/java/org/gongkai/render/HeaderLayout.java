package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the header paths of the leaf columns (["基本支出","人员经费","工资福利支出"], ["合计"], …) into header rows
 * with colspan and rowspan: consecutive columns sharing a prefix share a cell; a path shorter than the deepest one
 * spans down to the last header row.
 */
public final class HeaderLayout {

    private HeaderLayout() {
    }

    public static List<List<TableModel.Cell>> layout(List<List<String>> paths) {
        int depth = paths.stream().mapToInt(List::size).max().orElse(1);
        List<List<TableModel.Cell>> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<TableModel.Cell> row = new ArrayList<>();
            int i = 0;
            while (i < paths.size()) {
                List<String> p = paths.get(i);
                if (p.size() <= level) {
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean leaf = p.size() == level + 1;
                if (!leaf) {
                    while (j < paths.size() && paths.get(j).size() > level + 1
                            && paths.get(j).subList(0, level + 1).equals(p.subList(0, level + 1))) {
                        j++;
                    }
                }
                int colspan = j - i;
                int rowspan = leaf ? depth - level : 1;
                row.add(new TableModel.Cell(p.get(level), null, colspan, rowspan, true, colspan > 1 ? "colgroup" : "col"));
                i = j;
            }
            rows.add(row);
        }
        return rows;
    }
}
