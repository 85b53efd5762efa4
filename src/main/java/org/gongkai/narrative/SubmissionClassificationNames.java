package org.gongkai.narrative;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;

/**
 * The names a submission gives its own 功能分类 codes (its 类, 款 and 项 rows): the fallback for codes the
 * catalogue lacks, so the documents use the submitter's name rather than a bare code.
 */
public final class SubmissionClassificationNames {

    private SubmissionClassificationNames() {
    }

    public static ClassificationNames of(Submission s) {
        Map<String, String> names = new HashMap<>();
        if (s != null) {
            for (BudgetTable t : s.tables().values()) {
                if (t == null) {
                    continue;
                }
                for (TableRow r : t.rows()) {
                    if (r != null && r.functionCode() != null && r.name() != null && !r.name().isBlank()) {
                        names.putIfAbsent(r.functionCode().strip(), r.name().strip());
                    }
                }
            }
        }
        return code -> code == null ? Optional.empty() : Optional.ofNullable(names.get(code.strip()));
    }
}
