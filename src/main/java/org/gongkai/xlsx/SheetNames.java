package org.gongkai.xlsx;

import org.gongkai.profile.TableSpec;

/** Sheet names: a table's sheet is named by its title, made legal for Excel (31 characters, no \ / ? * [ ] :). */
public final class SheetNames {
    /** The sheet for everything that is not a table. */
    public static final String INFO = "基本信息与说明";
    /** The instructions sheet of the template (ignored when reading). */
    public static final String INSTRUCTIONS = "填写说明";
    /** The hidden sheet holding drop-down lists (ignored when reading). */
    public static final String LISTS = "代码表";

    private SheetNames() {
    }

    /** The sheet name of a table: its title with forbidden characters replaced by their full-width forms. */
    public static String forTable(TableSpec table) {
        return legal(table.title());
    }

    static String legal(String title) {
        StringBuilder sb = new StringBuilder();
        for (char c : title.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append('＼');
                case '/' -> sb.append('／');
                case '?' -> sb.append('？');
                case '*' -> sb.append('＊');
                case '[' -> sb.append('［');
                case ']' -> sb.append('］');
                case ':' -> sb.append('：');
                default -> sb.append(c);
            }
        }
        String s = sb.toString();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        if (s.length() > 31) {
            s = s.substring(0, 31);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "表" : s;
    }
}
