package org.gongkai.catalog;

/**
 * Name comparison for classification names: exact after trimming and unifying full-width and half-width
 * parentheses ("政府办公厅(室)" equals "政府办公厅（室）"). Nothing else is forgiven: a former or shortened name is a different name.
 */
public final class CatalogNames {

    private CatalogNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.strip().replace('(', '（').replace(')', '）');
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
