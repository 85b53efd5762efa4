package org.gongkai.narrative;

import java.util.Optional;
import org.gongkai.catalog.ClassificationCatalog;
import org.gongkai.catalog.ClassificationEntry;

/** 功能分类 names for the narrative from the shipped classification catalogue ({@link ClassificationCatalog}). */
public final class CatalogClassificationNames implements ClassificationNames {

    /** The 2024 政府收支分类科目. */
    public static final CatalogClassificationNames STANDARD_2024 =
            new CatalogClassificationNames(ClassificationCatalog.standard2024());

    private final ClassificationCatalog catalog;

    public CatalogClassificationNames(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> functionName(String code) {
        return code == null ? Optional.empty() : catalog.functions().find(code.trim()).map(ClassificationEntry::name);
    }
}
