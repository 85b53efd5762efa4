package org.gongkai.xlsx;

import java.util.List;
import org.gongkai.catalog.Classification;
import org.gongkai.catalog.ClassificationCatalog;

/** The template's drop-down lists from the shipped 2024 classification catalogue. */
public final class CatalogClassificationCodes implements ClassificationCodes {

    private final ClassificationCatalog catalog;

    public CatalogClassificationCodes(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    public CatalogClassificationCodes() {
        this(ClassificationCatalog.standard2024());
    }

    @Override
    public List<Code> functionCodes(int year) {
        return codes(catalog.functions());
    }

    @Override
    public List<Code> economicCodes(int year) {
        return codes(catalog.departmentEconomic());
    }

    @Override
    public List<Code> governmentEconomicCodes(int year) {
        return codes(catalog.governmentEconomic());
    }

    private static List<Code> codes(Classification c) {
        return c.all().stream().map(e -> new Code(e.code(), e.name())).toList();
    }
}
