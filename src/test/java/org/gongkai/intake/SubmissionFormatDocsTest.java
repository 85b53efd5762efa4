package org.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.gongkai.profile.ProfileRegistry;
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

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    private static List<Error> validate(String json) throws Exception {
        return schema().validate(json, InputFormat.JSON);
    }

    /** Every shipped profile, the default first: each has its tables definition, its if-then branch and its doc section. */
    private static List<DisclosureProfile> shipped() {
        List<DisclosureProfile> all = new java.util.ArrayList<>();
        all.add(PROFILE);
        ProfileRegistry.shippedIds().stream().filter(id -> !id.equals(DisclosureProfile.defaultId()))
                .forEach(id -> all.add(DisclosureProfile.require(id)));
        return all;
    }

    /** The default profile's tables are {@code $defs.tables}; another profile's {@code $defs.tables-<id>}. */
    private static String defName(DisclosureProfile p) {
        return p.id().equals(DisclosureProfile.defaultId()) ? "tables" : "tables-" + p.id();
    }

    @Test
    void schemaTablePartIsGeneratedFromTheProfiles() throws Exception {
        ObjectNode schema = (ObjectNode) MAPPER.readTree(SCHEMA.toFile());
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        List<DisclosureProfile> profiles = shipped();
        JsonNode ids = SubmissionFormatDocs.tableIdSchema(profiles.toArray(DisclosureProfile[]::new));
        ArrayNode branches = MAPPER.createArrayNode();
        ObjectNode profileProperty = MAPPER.createObjectNode();
        ArrayNode known = profileProperty.putArray("enum");
        List<String> described = new java.util.ArrayList<>();
        for (DisclosureProfile p : profiles) {
            ObjectNode branch = branches.addObject();
            branch.putObject("if").putObject("properties").putObject("profile").put("const", p.id());
            branch.putObject("then").putObject("properties").putObject("tables").put("$ref", "#/$defs/" + defName(p));
            known.add(p.id());
            described.add(p.id() + "（" + p.name() + "）");
        }
        profileProperty.put("description", "公开口径（公开哪些表、表的列和固定行、单位、说明文字和须由人填写的内容）："
                + String.join("、", described) + "；财政局口径文件夹（gongkai.profile.dir）中的口径不在本文件中。");
        if (WRITE) {
            for (DisclosureProfile p : profiles) {
                defs.set(defName(p), SubmissionFormatDocs.tablesSchema(p));
            }
            defs.set("tableId", ids);
            schema.set("allOf", branches);
            ((ObjectNode) schema.get("properties")).set("profile", profileProperty);
            Files.writeString(SCHEMA, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n", StandardCharsets.UTF_8);
        }
        for (DisclosureProfile p : profiles) {
            assertThat(defs.get(defName(p))).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(SubmissionFormatDocs.tablesSchema(p));
        }
        assertThat(defs.get("tableId")).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(ids);
        assertThat(schema.get("allOf")).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(branches);
        assertThat(schema.get("properties").get("profile")).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(profileProperty);
    }

    @Test
    void formatDocumentGeneratedSectionsAreInStep() throws Exception {
        String doc = Files.readString(FORMAT, StandardCharsets.UTF_8);
        String updated = doc;
        List<DisclosureProfile> profiles = shipped();
        for (int i = 0; i < profiles.size(); i++) {
            DisclosureProfile p = profiles.get(i);
            if (WRITE && !updated.contains("<!-- BEGIN GENERATED: " + defName(p) + " -->")) {
                int at = updated.indexOf("\n## 7.");
                updated = updated.substring(0, at) + "\n### 6." + (i + 1) + " " + p.name() + "（`" + p.id() + "`，`profiles/" + p.id()
                        + ".json`）\n\n<!-- BEGIN GENERATED: " + defName(p) + " -->\n<!-- END GENERATED: " + defName(p) + " -->\n"
                        + updated.substring(at);
            }
            updated = replaceSection(updated, defName(p), SubmissionFormatDocs.tablesMarkdown(p));
        }
        updated = replaceSection(updated, "read-rules", SubmissionFormatDocs.readRulesMarkdown());
        if (WRITE && !updated.equals(doc)) {
            Files.writeString(FORMAT, updated, StandardCharsets.UTF_8);
            doc = updated;
        }
        assertThat(doc).as("regenerate with -Dgongkai.writeDocs=true").isEqualTo(updated);
        for (DisclosureProfile p : profiles) {
            for (TableSpec t : p.tables()) {
                assertThat(doc).contains("`" + t.id() + "`").contains(t.title());
            }
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
