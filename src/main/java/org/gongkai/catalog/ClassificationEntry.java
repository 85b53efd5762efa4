package org.gongkai.catalog;

/**
 * One code of a classification: 功能分类 类/款/项 or 经济分类 类/款.
 *
 * @param code   the code (3, 5 or 7 digits)
 * @param name   the official 2024 name
 * @param level  1 = 类, 2 = 款, 3 = 项
 * @param parent the code one level up, or null for a 类
 * @param status verification status of code and name
 * @param source source key (docs/catalog.md lists them)
 * @param note   remarks (former names, how the name was derived), may be empty
 */
public record ClassificationEntry(
        String code, String name, int level, String parent, VerificationStatus status, String source, String note) {

    public boolean verified() {
        return status.verified();
    }

    /** 类, 款 or 项. */
    public String levelName() {
        return switch (level) {
            case 1 -> "类";
            case 2 -> "款";
            default -> "项";
        };
    }

    /** Whether a printed name is this entry's name (see {@link CatalogNames#same}). */
    public boolean hasName(String printed) {
        return CatalogNames.same(name, printed);
    }
}
