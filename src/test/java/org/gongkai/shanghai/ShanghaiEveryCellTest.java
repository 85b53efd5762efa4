package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Submission;
import org.gongkai.validation.SubmissionValidator;
import org.junit.jupiter.api.Test;

/**
 * Every published amount of the Shanghai submissions, changed by one 分 in the 元 tables (exact amounts: the
 * profile says so, no rounding tolerance), or by 0.03万元 in table 9 (rounded 万元 figures: a 合计 of three printed parts
 * may differ from their sum by up to (3 + 1) × 0.005万元), makes the submission invalid: no figure stands alone, so an
 * arithmetic error anywhere in a document is caught.
 */
class ShanghaiEveryCellTest {

    private static final SubmissionValidator VALIDATOR = new SubmissionValidator();

    @Test
    void everyCellOfTheExampleAndTheHandMadeSubmissionIsCheckedBySomeRule() {
        for (Path p : List.of(ShanghaiSubmissions.EXAMPLE, ShanghaiSubmissions.FIXTURE)) {
            ObjectNode root = ShanghaiSubmissions.tree(p);
            List<String> unnoticed = new ArrayList<>();
            int cells = 0;
            Iterator<Map.Entry<String, JsonNode>> tables = root.path("tables").fields();
            while (tables.hasNext()) {
                Map.Entry<String, JsonNode> t = tables.next();
                boolean wan = t.getKey().equals("three_public_operating");
                JsonNode rows = t.getValue().path("rows");
                for (int i = 0; i < rows.size(); i++) {
                    List<String> cols = new ArrayList<>();
                    rows.get(i).path("values").fieldNames().forEachRemaining(cols::add);
                    for (String col : cols) {
                        for (String delta : wan ? List.of("0.03") : List.of("0.01")) {
                            cells++;
                            ObjectNode copy = root.deepCopy();
                            ObjectNode values = (ObjectNode) copy.path("tables").path(t.getKey()).path("rows").get(i).path("values");
                            values.put(col, values.path(col).decimalValue().add(new BigDecimal(delta)));
                            Submission s = ShanghaiSubmissions.read(copy);
                            if (VALIDATOR.validate(s).findings().stream().noneMatch(f -> f.isError())) {
                                unnoticed.add(t.getKey() + " row " + i + " " + col + " +" + delta);
                            }
                        }
                    }
                }
            }
            assertThat(cells).as(p.toString()).isGreaterThan(100);
            assertThat(unnoticed).as(p + ": changes no rule noticed").isEmpty();
        }
    }
}
