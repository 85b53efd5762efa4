package org.gongkai.catalog;

/**
 * One edition of the 政府收支分类科目 (财政部 revises it every year): 支出功能分类, 部门预算支出经济分类,
 * 政府预算支出经济分类 and the mapping between the two economic classifications, as gongkai ships it and as the
 * finance bureau's own files amend it. Every entry carries its verification status and source (docs/catalog.md).
 * {@link CatalogEditions} holds the editions and picks one per fiscal year.
 */
public final class ClassificationCatalog {

    /** Title of the shipped 2024 edition. */
    public static final String EDITION = "2024年政府收支分类科目（财预〔2023〕83号）";

    private final int year;
    private final String title;
    private final boolean amendedByBureau;
    private final Classification functions;
    private final Classification departmentEconomic;
    private final Classification governmentEconomic;
    private final EconomicMapping mapping;

    ClassificationCatalog(int year, String title, boolean amendedByBureau, Classification functions,
                          Classification departmentEconomic, Classification governmentEconomic, EconomicMapping mapping) {
        this.year = year;
        this.title = title;
        this.amendedByBureau = amendedByBureau;
        this.functions = functions;
        this.departmentEconomic = departmentEconomic;
        this.governmentEconomic = governmentEconomic;
        this.mapping = mapping;
    }

    /** The shipped 2024 edition (loaded once, immutable). */
    public static ClassificationCatalog standard2024() {
        return CatalogEditions.shipped().edition(2024).orElseThrow();
    }

    /** The fiscal year this edition is for. */
    public int year() {
        return year;
    }

    /** "2024年政府收支分类科目（财预〔2023〕83号）". */
    public String title() {
        return title;
    }

    /** Whether files of the finance bureau's catalogue folder amended this edition. */
    public boolean amendedByBureau() {
        return amendedByBureau;
    }

    /** 支出功能分类 类 (3 digits), 款 (5), 项 (7). */
    public Classification functions() {
        return functions;
    }

    /** 部门预算支出经济分类 类 (3 digits), 款 (5). */
    public Classification departmentEconomic() {
        return departmentEconomic;
    }

    /** 政府预算支出经济分类 类 (3 digits), 款 (5). */
    public Classification governmentEconomic() {
        return governmentEconomic;
    }

    /** 部门经济分类 → 政府经济分类. */
    public EconomicMapping mapping() {
        return mapping;
    }

    /** The classification of a kind (not the mapping). */
    public Classification classification(CatalogKind kind) {
        return switch (kind) {
            case FUNCTION -> functions;
            case DEPARTMENT_ECONOMIC -> departmentEconomic;
            case GOVERNMENT_ECONOMIC -> governmentEconomic;
            case MAPPING -> throw new IllegalArgumentException("the mapping is not a classification");
        };
    }
}
