package org.gongkai.catalog;

/**
 * How one 部门预算支出经济分类 款 maps to the 政府预算支出经济分类.
 *
 * @param departmentCode     部门经济分类 code (5 digits)
 * @param governmentCode     政府经济分类 code a 行政单位 (机关) uses
 * @param alternativeCode    the code a 事业单位 uses instead (50501/50502), or null
 * @param status             verification status of the mapping row
 * @param source             source key (docs/catalog.md)
 */
public record EconomicMappingEntry(
        String departmentCode, String governmentCode, String alternativeCode, VerificationStatus status, String source) {

    public boolean verified() {
        return status.verified();
    }
}
