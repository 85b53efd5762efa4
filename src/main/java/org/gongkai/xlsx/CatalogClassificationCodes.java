package org.gongkai.xlsx;

import java.util.List;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.catalog.Classification;
import org.gongkai.catalog.ClassificationCatalog;

/** The template's drop-down lists from the classification catalogue edition of the template's fiscal year. */
public final class CatalogClassificationCodes implements ClassificationCodes {

    private final CatalogEditions editions;

    /** Every year from this one edition. */
    public CatalogClassificationCodes(ClassificationCatalog catalog) {
        this(CatalogEditions.of(catalog));
    }

    public CatalogClassificationCodes(CatalogEditions editions) {
        this.editions = editions;
    }

    /** The shipped editions. */
    public CatalogClassificationCodes() {
        this(CatalogEditions.shipped());
    }

    @Override
    public List<Code> functionCodes(int year) {
        return codes(editions.forYear(year).catalog().functions());
    }

    @Override
    public List<Code> economicCodes(int year) {
        return codes(editions.forYear(year).catalog().departmentEconomic());
    }

    @Override
    public List<Code> governmentEconomicCodes(int year) {
        return codes(editions.forYear(year).catalog().governmentEconomic());
    }

    private static List<Code> codes(Classification c) {
        return c.all().stream().map(e -> new Code(e.code(), e.name())).toList();
    }
}
