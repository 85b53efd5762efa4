package org.gongkai.catalog;

/**
 * The three kinds of the 政府采购品目分类目录 (财库〔2022〕31号): codes starting A are 货物, B 工程, C 服务; a catalogue written
 * as text ("货物类/办公设备", "服务") is classified by its words. Used by validation (every procurement row must have a
 * kind) and by the narrative (which prints the three sums).
 */
public final class ProcurementCategory {

    /** A catalogue entry that cannot be classified. */
    public static final char UNKNOWN = '?';

    private ProcurementCategory() {
    }

    /** 'A' (货物), 'B' (工程), 'C' (服务) or {@link #UNKNOWN}. */
    public static char of(String catalog) {
        if (catalog == null || catalog.isBlank()) {
            return UNKNOWN;
        }
        String c = catalog.trim();
        char first = Character.toUpperCase(c.charAt(0));
        if ((first == 'A' || first == 'B' || first == 'C') && (c.length() == 1 || !Character.isLetter(c.charAt(1)))) {
            return first;
        }
        if (c.contains("货物")) {
            return 'A';
        }
        if (c.contains("工程")) {
            return 'B';
        }
        if (c.contains("服务")) {
            return 'C';
        }
        return UNKNOWN;
    }
}
