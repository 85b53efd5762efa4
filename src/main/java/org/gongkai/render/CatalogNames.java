package org.gongkai.render;

import java.util.Optional;
import org.gongkai.catalog.ClassificationCatalog;
import org.gongkai.catalog.ClassificationEntry;
import org.gongkai.narrative.ClassificationNames;

/** 功能分类 names for the narrative from the shipped classification catalogue. */
public final class CatalogNames implements ClassificationNames {

    /** The 2024 政府收支分类科目. */
    public static final CatalogNames STANDARD_2024 = new CatalogNames(ClassificationCatalog.standard2024());

    private final ClassificationCatalog catalog;

    public CatalogNames(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> functionName(String code) {
        return catalog.functions().find(code).map(ClassificationEntry::name);
    }
}
