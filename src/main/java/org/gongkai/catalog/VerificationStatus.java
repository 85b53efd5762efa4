package org.gongkai.catalog;

import java.util.Locale;

/**
 * How far a catalogue entry has been checked against a source (see docs/catalog.md).
 * Only {@link #R} entries are unverified: they were recalled or seen only in secondary material and await a check
 * against the official list. {@link #BUREAU} entries come from the finance bureau's own list and count as verified.
 */
public enum VerificationStatus {
    /** Read in the cited official source. */
    V("V", "已核实（官方来源）"),
    /** Seen in the budget tables of a real published disclosure. */
    DOC("doc", "已核实（真实公开文件）"),
    /** Seen in a retrieved web page excerpt. */
    WEB("web", "已核实（网页摘录）"),
    /** Recalled, not verified. */
    R("R", "未核实"),
    /** Loaded from the finance bureau's own catalogue folder (gongkai.catalog.dir): the official list of its budget system. */
    BUREAU("bureau", "已核实（财政局目录）");

    private final String tag;
    private final String chinese;

    VerificationStatus(String tag, String chinese) {
        this.tag = tag;
        this.chinese = chinese;
    }

    public String tag() {
        return tag;
    }

    public String chinese() {
        return chinese;
    }

    public boolean verified() {
        return this != R;
    }

    public static VerificationStatus fromTag(String tag) {
        String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
        for (VerificationStatus s : values()) {
            if (s.tag.toLowerCase(Locale.ROOT).equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown verification status: " + tag);
    }
}
