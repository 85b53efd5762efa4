package org.gongkai.narrative;

import java.util.Optional;

/**
 * Names of 支出功能分类 codes (类 3 digits, 款 5, 项 7). {@link #standard()} is what the service and the
 * no-argument constructors use: the shipped 2024 classification catalogue.
 */
@FunctionalInterface
public interface ClassificationNames {

    Optional<String> functionName(String code);

    /**
     * The standard names: the shipped 2024 classification catalogue first; for codes it lacks (19 款 such as
     * 20106 财政事务, 20601 科学技术管理事务, 22960 彩票公益金安排的支出), the built-in list.
     */
    static ClassificationNames standard() {
        return CatalogClassificationNames.STANDARD_2024;
    }

    /** This lookup, falling back to another for codes it does not know. */
    default ClassificationNames orElse(ClassificationNames fallback) {
        return code -> {
            Optional<String> n = functionName(code);
            return n.isPresent() ? n : fallback.functionName(code);
        };
    }
}
