package org.gongkai.narrative;

import java.util.Optional;

/**
 * Names of 支出功能分类 codes (类 3 digits, 款 5, 项 7). The lead plugs the classification catalogue in;
 * {@link BuiltInClassificationNames} covers the 类 and the 款 the narrative needs when no catalogue is at hand.
 */
@FunctionalInterface
public interface ClassificationNames {

    Optional<String> functionName(String code);

    /** This lookup, falling back to another for codes it does not know. */
    default ClassificationNames orElse(ClassificationNames fallback) {
        return code -> {
            Optional<String> n = functionName(code);
            return n.isPresent() ? n : fallback.functionName(code);
        };
    }
}
