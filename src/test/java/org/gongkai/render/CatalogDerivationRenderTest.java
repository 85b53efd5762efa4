package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.gongkai.model.Submission;
import org.gongkai.narrative.GovernmentCodeDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents use derived 政府经济分类 codes (marked in the open data) and the submitter's names for codes the catalogue lacks. */
class CatalogDerivationRenderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    @TempDir
    Path out;

    private static ObjectNode example() throws Exception {
        return (ObjectNode) MAPPER.readTree(Path.of("examples/pingdingshan-701-2024.json").toFile());
    }

    private static ObjectNode row(ObjectNode root, String table, String field, String value) {
        for (JsonNode r : root.path("tables").path(table).path("rows")) {
            if (value.equals(r.path(field).asText(null))) {
                return (ObjectNode) r;
            }
        }
        throw new IllegalArgumentException(value);
    }

    @Test
    void aLeftOutGovernmentCodeIsDerivedShownAndMarkedInTheOpenData() throws Exception {
        ObjectNode root = example();
        for (String t : new String[] {"general_budget_basic_expenditure", "economic_classification_summary"}) {
            row(root, t, "econCode", "30113").remove("govEconCode");
            row(root, t, "econCode", "30113").remove("govEconName");
        }
        Submission s = MAPPER.treeToValue(root, Submission.class);
        DisclosureRenderer renderer = new DisclosureRenderer();
        DisclosureDocument doc = renderer.document(s);
        TableModel t7 = doc.tables().stream().filter(t -> t.id().equals("economic_classification_summary")).findFirst().orElseThrow();
        String figures = t7.rows().stream().map(r -> r.cells().stream().map(TableModel.Cell::text).collect(Collectors.joining("|")))
                .collect(Collectors.joining("\n"));
        String housing = figures.lines().filter(l -> l.contains("30113") || l.contains("住房公积金")).collect(Collectors.joining("\n"));
        assertThat(housing).as(figures).containsPattern("501\\|03|50103");

        renderer.renderAll(s, out);
        String data = Files.readString(out.resolve("data.json"), StandardCharsets.UTF_8);
        JsonNode rows = MAPPER.readTree(data).path("submission").path("tables").path("general_budget_basic_expenditure").path("rows");
        JsonNode derived = null;
        for (JsonNode r : rows) {
            if ("30113".equals(r.path("econCode").asText())) {
                derived = r;
            }
        }
        assertThat(derived).isNotNull();
        assertThat(derived.path("govEconCode").asText()).isEqualTo("50103");
        assertThat(derived.path("text").path(GovernmentCodeDerivation.MARK).asText()).isEqualTo(GovernmentCodeDerivation.MARK_TEXT);
        assertThat(rows.toString()).as("rows the department filled in are not marked")
                .containsOnlyOnce(GovernmentCodeDerivation.MARK);
    }

    @Test
    void theSubmittersNameIsUsedForAKuanTheCatalogueLacks() throws Exception {
        ObjectNode root = example();
        ArrayNode t5 = (ArrayNode) root.path("tables").path("general_budget_expenditure").path("rows");
        ObjectNode item = row(root, "general_budget_expenditure", "functionCode", "2169999");
        item.put("functionCode", "2199901").put("name", "援助其他地区一般公共服务");
        ObjectNode kuan = item.deepCopy();
        kuan.put("functionCode", "21999").put("name", "我们填写的款名");
        t5.insert(2, kuan);
        ((ObjectNode) root.path("priorYear").path("items")).set("2199901", root.path("priorYear").path("items").path("2169999"));
        ((ObjectNode) root.path("explanations").path("itemChanges")).put("2199901", "缩减日常经费支出");
        Submission s = MAPPER.treeToValue(root, Submission.class);
        DisclosureDocument doc = new DisclosureRenderer().document(s);
        String text = doc.narrative().parts().stream().flatMap(p -> p.blocks().stream()).map(b -> b.text())
                .collect(Collectors.joining("\n"));
        assertThat(text).contains("我们填写的款名");
        assertThat(doc.enrichment().warnings()).noneMatch(w -> w.contains("21999"));
    }
}
