package org.gongkai.catalog;

import java.util.Locale;
import java.util.Optional;

/** The four lists of a 政府收支分类科目 edition, with the file-name stem their TSV files use. */
public enum CatalogKind {
    FUNCTION("function", "支出功能分类", new int[] {3, 5, 7}),
    DEPARTMENT_ECONOMIC("department-economic", "部门预算支出经济分类", new int[] {3, 5}),
    GOVERNMENT_ECONOMIC("government-economic", "政府预算支出经济分类", new int[] {3, 5}),
    MAPPING("department-to-government-economic", "部门经济分类→政府经济分类对应", new int[] {5});

    private final String stem;
    private final String chinese;
    private final int[] lengths;

    CatalogKind(String stem, String chinese, int[] lengths) {
        this.stem = stem;
        this.chinese = chinese;
        this.lengths = lengths;
    }

    /** File-name stem of the shipped TSV files ("function" in function-2024.tsv). */
    public String stem() {
        return stem;
    }

    public String chinese() {
        return chinese;
    }

    /** Code lengths by level (index 0 = 类). */
    int[] lengths() {
        return lengths.clone();
    }

    /** 1 = 类, 2 = 款, 3 = 项; 0 when the code has no valid length or is not all digits. */
    public int levelOf(String code) {
        if (code == null || code.isEmpty() || !code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return 0;
        }
        for (int i = 0; i < lengths.length; i++) {
            if (code.length() == lengths[i]) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The code one level up, or null for a 类. */
    public String parentOf(String code) {
        int level = levelOf(code);
        return level <= 1 ? null : code.substring(0, lengths[level - 2]);
    }

    /**
     * The kind a bureau file is for, from its name: the TSV stem ({@code function-2025.tsv}) or the Chinese name
     * of the list ({@code 2025年支出功能分类科目.xlsx}, {@code 部门经济分类与政府经济分类对应.xlsx}). Mapping names are
     * tested first: they mention both economic classifications.
     */
    public static Optional<CatalogKind> fromFileName(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n.contains(MAPPING.stem) || n.contains("对应")) {
            return Optional.of(MAPPING);
        }
        if (n.contains(DEPARTMENT_ECONOMIC.stem) || n.contains("部门经济") || n.contains("部门预算支出经济")) {
            return Optional.of(DEPARTMENT_ECONOMIC);
        }
        if (n.contains(GOVERNMENT_ECONOMIC.stem) || n.contains("政府经济") || n.contains("政府预算支出经济")) {
            return Optional.of(GOVERNMENT_ECONOMIC);
        }
        if (n.contains(FUNCTION.stem) || n.contains("功能")) {
            return Optional.of(FUNCTION);
        }
        return Optional.empty();
    }
}
