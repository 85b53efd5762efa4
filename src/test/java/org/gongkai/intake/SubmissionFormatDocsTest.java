package org.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.model.Department;
import org.gongkai.model.Explanations;
import org.gongkai.model.OtherMatters;
import org.gongkai.model.Performance;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/submission-format.md and docs/submission.schema.json in step with the profile, the model and the read
 * rules, and checks the schema against the example and broken documents.
 * Regenerate the generated parts with {@code mvn test -Dtest=SubmissionFormatDocsTest -Dgongkai.writeDocs=true}.
 */
class SubmissionFormatDocsTest {

    private static final Path SCHEMA = Path.of("docs/submission.schema.json");
    private static final Path FORMAT = Path.of("docs/submission-format.md");
    private static final boolean WRITE = Boolean.getBoolean("gongkai.writeDocs");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DisclosureProfile PROFILE = DisclosureProfile.require("henan-14");
    private static final DisclosureProfile SHANGHAI = DisclosureProfile.require("shanghai-district");

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    private static List<Error> validate(String json) throws Exception {
        return schema().validate(json, InputFormat.JSON);
    }

    @Test
    void schemaTablePartIsGeneratedFromTheProfile() throws Exception {
        ObjectNode schema = (ObjectNode) MAPPER.readTree(SCHEMA.toFile());
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        JsonNode tables = SubmissionFormatDocs.tablesSchema(PROFILE);
        JsonNode shanghai = SubmissionFormatDocs.tablesSchema(SHANGHAI);
        JsonNode ids = SubmissionFormatDocs.tableIdSchema(PROFILE, SHANGHAI);
        if (WRITE) {
            defs.set("tables", tables);
            defs.set("tables-shanghai-district", shanghai);
            defs.set("tableId", ids);
            Files.writeString(SCHEMA, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(defs.get("tables")).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(tables);
        assertThat(defs.get("tables-shanghai-district")).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(shanghai);
        assertThat(defs.get("tableId")).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(ids);
    }

    @Test
    void formatDocumentGeneratedSectionsAreInStep() throws Exception {
        String doc = Files.readString(FORMAT, StandardCharsets.UTF_8);
        String updated = replaceSection(doc, "tables", SubmissionFormatDocs.tablesMarkdown(PROFILE));
        updated = replaceSection(updated, "tables-shanghai-district", SubmissionFormatDocs.tablesMarkdown(SHANGHAI));
        updated = replaceSection(updated, "read-rules", SubmissionFormatDocs.readRulesMarkdown());
        if (WRITE && !updated.equals(doc)) {
            Files.writeString(FORMAT, updated, StandardCharsets.UTF_8);
            doc = updated;
        }
        assertThat(doc).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(updated);
        for (TableSpec t : PROFILE.tables()) {
            assertThat(doc).contains("`" + t.id() + "`").contains(t.title());
        }
        for (TableSpec t : SHANGHAI.tables()) {
            assertThat(doc).contains("`" + t.id() + "`").contains(t.title());
        }
        assertThat(doc).contains("0.0").contains("主要原因").contains("万元").contains("priorYear");
    }

    private static String replaceSection(String doc, String name, String body) {
        String begin = "<!-- BEGIN GENERATED: " + name + " -->\n";
        String end = "<!-- END GENERATED: " + name + " -->";
        int a = doc.indexOf(begin);
        int b = doc.indexOf(end);
        assertThat(a).as("marker " + begin).isNotNegative();
        assertThat(b).as("marker " + end).isGreaterThan(a);
        return doc.substring(0, a + begin.length()) + body + doc.substring(b);
    }

    @Test
    void schemaNamesExactlyTheModelsFields() throws Exception {
        JsonNode s = MAPPER.readTree(SCHEMA.toFile());
        JsonNode d = s.get("$defs");
        assertFields(s, Submission.class);
        assertFields(d.get("department"), Department.class);
        assertFields(d.get("budgetUnit"), Department.BudgetUnit.class);
        assertFields(d.get("contact"), Department.Contact.class);
        assertFields(d.get("row"), TableRow.class);
        assertFields(d.get("explanations"), Explanations.class);
        assertFields(d.get("priorYear"), PriorYear.class);
        assertFields(d.get("otherMatters"), OtherMatters.class);
        assertFields(d.get("otherMatters").get("properties").get("assets"), OtherMatters.Assets.class);
        assertFields(d.get("otherMatters").get("properties").get("assets").get("properties").get("vehicles"), OtherMatters.Vehicles.class);
        assertFields(d.get("otherMatters").get("properties").get("keyProjects").get("items"), OtherMatters.KeyProject.class);
        assertFields(d.get("otherMatters").get("properties").get("specialTransferProjects").get("items"), OtherMatters.SpecialTransfer.class);
        assertFields(d.get("otherMatters").get("properties").get("procurement"), OtherMatters.Procurement.class);
        assertFields(d.get("otherMatters").get("properties").get("performanceCoverage"), OtherMatters.PerformanceCoverage.class);
        assertFields(d.get("otherMatters").get("properties").get("plannedPurchases"), OtherMatters.PlannedPurchases.class);
        assertFields(d.get("otherMatters").get("properties").get("projectStatements").get("items"), OtherMatters.ProjectStatement.class);
        assertFields(d.get("explanations").get("properties").get("glossary").get("items"), Explanations.GlossaryEntry.class);
        assertFields(d.get("performance"), Performance.class);
        JsonNode dept = d.get("performance").get("properties").get("department");
        assertFields(dept, Performance.DepartmentTargets.class);
        assertFields(dept.get("properties").get("budget"), Performance.TargetBudget.class);
        assertFields(dept.get("properties").get("tasks").get("items"), Performance.Task.class);
        assertFields(dept.get("properties").get("indicators").get("items"), Performance.Indicator.class);
    }

    private static void assertFields(JsonNode node, Class<? extends Record> type) {
        Set<String> schemaNames = new TreeSet<>();
        Iterator<String> it = node.get("properties").fieldNames();
        it.forEachRemaining(schemaNames::add);
        Set<String> modelNames = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> modelNames.add(c.getName()));
        assertThat(schemaNames).as(type.getSimpleName()).isEqualTo(modelNames);
        assertThat(node.get("additionalProperties").asBoolean(true)).as(type.getSimpleName() + " closed").isFalse();
    }

    @Test
    void theExampleConformsToTheSchema() throws Exception {
        assertThat(validate(ExampleFiles.text())).isEmpty();
    }

    @Test
    void theShanghaiExampleConformsToTheSchemaAndItsTablesAreCheckedAgainstItsOwnProfile() throws Exception {
        String sh = Files.readString(Path.of("examples/shanghai-putuo-shangwuwei-2025.json"), StandardCharsets.UTF_8);
        assertThat(validate(sh)).isEmpty();
        assertRejected(sh.replaceFirst("\"income_budget\": \\{", "\"income_summary\": {"), "additionalProperties", "/tables");
        assertRejected(sh.replaceFirst("\"2011301\": \"机关行政运行", "\"2011301\": \"主要用于机关行政运行"), "not",
                "/explanations/itemPurposes/2011301");
        assertRejected(sh.replaceFirst("\"threePublic\": \"上年预算\"", "\"threePublic\": \"上年决算\""), "enum",
                "/explanations/comparisonBases/threePublic");
        assertRejected(ExampleFiles.text().replaceFirst("\"income_summary\": \\{", "\"income_budget\": {"), "additionalProperties",
                "/tables");
    }

    @Test
    void brokenDocumentsAreRejectedAtTheRightPlace() throws Exception {
        assertRejected(ExampleFiles.replaceFirst("\"fiscalYear\": 2024,", ""), "required", "");
        assertRejected(ExampleFiles.replaceFirst("\"amountUnit\": \"万元\"", "\"amountUnit\": \"千元\""), "enum", "amountUnit");
        assertRejected(ExampleFiles.replaceFirst("\"total\": 36.2", "\"total\": \"36.2\""), "type", "/tables/expenditure_summary/rows/2/values/total");
        assertRejected(ExampleFiles.replaceFirst("\"total\": 36.2", "\"totl\": 36.2"), "propertyNames", "/tables/expenditure_summary/rows/2/values");
        assertRejected(ExampleFiles.replaceFirst("\"approvalDate\"", "\"approvaldate\""), "additionalProperties", "");
        assertRejected(ExampleFiles.replaceFirst("\"item\": \"income.gov_fund\"", "\"item\": \"income.gov_funds\""), "enum",
                "/tables/income_expenditure_summary/rows/2/item");
        assertRejected(ExampleFiles.replaceFirst("{\"kind\": \"item\", \"functionCode\": \"2080501\"", "{\"kind\": \"subtotal\", \"functionCode\": \"2080501\""),
                "enum", "/tables/expenditure_summary/rows/2/kind");
        assertRejected(ExampleFiles.replaceFirst("\"functionCode\": \"2080501\"", "\"functionCode\": \"208051\""), "pattern",
                "/tables/expenditure_summary/rows/2/functionCode");
        assertRejected(ExampleFiles.replaceFirst("\"income_summary\": {", "\"income_summaries\": {"), "additionalProperties", "/tables");
        assertRejected(ExampleFiles.replaceFirst("\"2080501\": \"绩效改革，退休人员增加基础绩效奖\"", "\"2080501\": \"主要原因：绩效改革\""),
                "not", "/explanations/itemChanges/2080501");
        assertRejected(ExampleFiles.replaceFirst("\"code\": \"701\"", "\"code\": 701"), "type", "/department/code");
    }

    private static void assertRejected(String json, String keyword, String pathPart) throws Exception {
        List<Error> errors = validate(json);
        assertThat(errors).as(keyword + " at " + pathPart).isNotEmpty();
        assertThat(errors).as(errors.toString()).anySatisfy(e -> {
            assertThat(e.getKeyword()).isEqualTo(keyword);
            assertThat(pointer(e)).contains(pathPart);
        });
    }

    private static String pointer(Error e) {
        // NodePath renders as $.a.b[2]; compare as a JSON pointer
        return e.getInstanceLocation().toString().replace("$", "").replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    }
}
