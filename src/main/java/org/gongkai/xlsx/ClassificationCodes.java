package org.gongkai.xlsx;

import java.util.List;

/**
 * The classification codes the template offers as drop-down lists; {@link CatalogClassificationCodes} takes them
 * from the shipped 2024 catalogue ({@code org.gongkai.catalog}).
 */
public interface ClassificationCodes {

    /** One code and its name, e.g. 2080501 行政单位离退休. */
    record Code(String code, String name) {
        /** What the drop-down shows: "208 社会保障和就业支出" (the reader keeps the leading digits). */
        public String label() {
            return name == null || name.isBlank() ? code : code + " " + name;
        }
    }

    /** 支出功能分类 codes for a year: 类 (3 digits), 款 (5) and 项 (7). */
    List<Code> functionCodes(int year);

    /** 部门预算支出经济分类 codes for a year: 类 (3 digits) and 款 (5). */
    List<Code> economicCodes(int year);

    /** 政府预算支出经济分类 codes for a year: 类 (3 digits) and 款 (5). */
    List<Code> governmentEconomicCodes(int year);
}
