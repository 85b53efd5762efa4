package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An edition being assembled: a copy of the previous one, then additions, renames, retirements and overrides. */
final class EditionDraft {

    private final Map<CatalogKind, Map<String, ClassificationEntry>> entries = new EnumMap<>(CatalogKind.class);
    private final Map<CatalogKind, List<CodeChange>> changes = new EnumMap<>(CatalogKind.class);
    private final Map<String, EconomicMappingEntry> mapping = new LinkedHashMap<>();

    EditionDraft() {
        for (CatalogKind k : CatalogKind.values()) {
            entries.put(k, new LinkedHashMap<>());
            changes.put(k, new ArrayList<>());
        }
    }

    /** A draft holding every entry of an edition (its changes are not carried over: they belong to that edition). */
    static EditionDraft of(ClassificationCatalog c) {
        EditionDraft d = new EditionDraft();
        for (CatalogKind k : List.of(CatalogKind.FUNCTION, CatalogKind.DEPARTMENT_ECONOMIC, CatalogKind.GOVERNMENT_ECONOMIC)) {
            for (ClassificationEntry e : c.classification(k).all()) {
                d.entries.get(k).put(e.code(), e);
            }
        }
        for (EconomicMappingEntry m : c.mapping().all()) {
            d.mapping.put(m.departmentCode(), m);
        }
        return d;
    }

    ClassificationEntry entry(CatalogKind kind, String code) {
        return entries.get(kind).get(code);
    }

    void put(CatalogKind kind, ClassificationEntry e) {
        entries.get(kind).put(e.code(), e);
    }

    void putMapping(EconomicMappingEntry m) {
        mapping.put(m.departmentCode(), m);
    }

    void remove(CatalogKind kind, String code) {
        entries.get(kind).remove(code);
        if (kind == CatalogKind.DEPARTMENT_ECONOMIC) {
            mapping.remove(code);
        }
    }

    void change(CatalogKind kind, CodeChange c) {
        changes.get(kind).add(c);
    }

    ClassificationCatalog build(int year, String title, boolean amendedByBureau) {
        return new ClassificationCatalog(year, title, amendedByBureau,
                classification(CatalogKind.FUNCTION),
                classification(CatalogKind.DEPARTMENT_ECONOMIC),
                classification(CatalogKind.GOVERNMENT_ECONOMIC),
                new EconomicMapping(new ArrayList<>(mapping.values())));
    }

    private Classification classification(CatalogKind k) {
        return new Classification(k.chinese(), new ArrayList<>(entries.get(k).values()), changes.get(k));
    }
}
