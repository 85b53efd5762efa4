package org.gongkai.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gongkai.camel.GongkaiService;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.model.Submission;
import org.gongkai.narrative.Submissions;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.SubmissionValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A third layout made of files only, in a bureau profile folder: a copy of shanghai-district with its own id, one table
 * fewer (no 国有资本经营预算 table), an equation and a narrative template of its own. With no Java change it validates,
 * reports a failure of its own equation under that equation's id, renders HTML, PDF and open data, and
 * {@code template --profile} writes its workbook; a profile file with a broken equation stops the commands naming the
 * file and the place.
 */
class ThirdProfileFromFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ID = "test-county";
    private static final String DROPPED = "state_capital_function";

    @TempDir
    Path tmp;

    @AfterEach
    void forgetTheFolder() {
        RuleCatalog.useProfileFolder(null);
    }

    /** The profile folder: test-county.json and narrative/test-county.ftl. */
    private Path folder(boolean brokenEquation) throws Exception {
        return folder(brokenEquation, p -> { });
    }

    /** The profile folder, the profile file changed by {@code edit} before it is written. */
    private Path folder(boolean brokenEquation, Consumer<ObjectNode> edit) throws Exception {
        Path dir = tmp.resolve("profiles");
        Files.createDirectories(dir.resolve("narrative"));
        ObjectNode p;
        try (InputStream in = getClass().getResourceAsStream("/profiles/shanghai-district.json")) {
            p = (ObjectNode) MAPPER.readTree(in);
        }
        p.put("id", ID).put("name", "测试县部门预算公开（8张表）").put("description", "只由文件定义的第三个口径（测试）。")
                .put("narrativeTemplate", "narrative/" + ID + ".ftl");
        ArrayNode tables = (ArrayNode) p.get("tables");
        removeIf(tables, t -> t.path("id").asText().equals(DROPPED));
        for (int i = 0; i < tables.size(); i++) {
            ((ObjectNode) tables.get(i)).put("number", i + 1);
        }
        removeIf((ArrayNode) p.get("itemTables"), t -> t.asText().equals(DROPPED));
        ArrayNode equations = (ArrayNode) p.get("equations");
        removeIf(equations, e -> e.toString().contains(DROPPED + "/") && !e.path("id").asText().equals("t3-t5-t6-t7"));
        for (JsonNode e : equations) {
            if (e.path("id").asText().equals("t3-t5-t6-t7")) {
                removeIf((ArrayNode) e.get("right"), t -> t.asText().startsWith(DROPPED + "/"));
            }
        }
        ObjectNode own = equations.addObject().put("id", "county-business-within-income").put("title", "事业收入不大于收入总计")
                .put("description", "表1 二、事业收入 ≤ 表1 收入总计。").put("relation", "<=");
        own.putArray("left").add("finance_summary/key=income.business/amount");
        own.putArray("right").add(brokenEquation ? "no_such_table/total/total" : "finance_summary/key=income.total/amount");
        ((ObjectNode) p.get("figures")).remove("expenditure.state_capital");
        removeIf((ArrayNode) p.get("comparisons"), c -> c.path("figure").asText().equals("expenditure.state_capital"));
        removeIf((ArrayNode) p.at("/derived/fiscal/parts"), c -> c.path("figure").asText().equals("expenditure.state_capital"));
        edit.accept(p);
        Files.writeString(dir.resolve(ID + ".json"), MAPPER.writeValueAsString(p), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("narrative/" + ID + ".ftl"), String.join("\n",
                "@part overview||${f.department()}概况",
                "# 一、收支预算总体情况",
                "${f.department()}${f.year()?c}年收入预算总额${f.money(\"income.total\")}万元，其中财政拨款收入${f.money(\"income.fiscal\")}万元。",
                ""), StandardCharsets.UTF_8);
        return dir;
    }

    private static void removeIf(ArrayNode a, Predicate<JsonNode> drop) {
        for (Iterator<JsonNode> it = a.iterator(); it.hasNext(); ) {
            if (drop.test(it.next())) {
                it.remove();
            }
        }
    }

    /** The Shanghai example as a test-county submission (without the table the layout does not have). */
    private Path submission(Consumer<ObjectNode> change) throws Exception {
        ObjectNode s = (ObjectNode) MAPPER.readTree(Path.of("examples/shanghai-putuo-shangwuwei-2025.json").toFile());
        s.put("profile", ID);
        ((ObjectNode) s.get("tables")).remove(DROPPED);
        change.accept(s);
        Path f = tmp.resolve("county-" + System.nanoTime() + ".json");
        Files.writeString(f, MAPPER.writeValueAsString(s), StandardCharsets.UTF_8);
        return f;
    }

    private record Run(int exit, String out) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            rc = GongkaiCli.execute(args);
        } finally {
            System.setOut(was);
        }
        return new Run(rc, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aProfileMadeOfFilesValidatesRendersAndWritesItsWorkbook() throws Exception {
        Path dir = folder(false);
        Path file = submission(s -> { });

        Run validate = cli("validate", "--profile-dir", dir.toString(), file.toString());
        assertThat(validate.out()).as(validate.out()).contains(": valid");
        assertThat(validate.exit()).isZero();
        assertThat(DisclosureProfile.known()).contains("henan-14", "shanghai-district", ID);
        DisclosureProfile p = DisclosureProfile.require(ID);
        assertThat(p.tables()).hasSize(8).noneMatch(t -> t.id().equals(DROPPED));

        Path out = tmp.resolve("out");
        Run render = cli("render", "--profile-dir", dir.toString(), "--out", out.toString(), file.toString());
        assertThat(render.exit()).as(render.out()).isZero();
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("年收入预算总额37,151.47万元，其中财政拨款收入37,151.47万元", "2025年部门财务收支预算总表")
                .doesNotContain("国有资本经营预算支出功能分类预算表");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".pdf")).toList()).hasSize(1);
        }
        JsonNode pkg = MAPPER.readTree(out.resolve("datapackage.json").toFile());
        assertThat(pkg.path("resources")).hasSize(9); // 8 tables and the multi-year series
        JsonNode data = MAPPER.readTree(out.resolve("data.json").toFile());
        assertThat(data.toString()).contains(ID);
        assertThat(data.at("/derived/income/total").decimalValue()).isEqualByComparingTo("371514655");
        assertThat(data.at("/derived/fiscal/stateCapital").decimalValue()).as("no such part: 0").isZero();
        assertThat(html).contains("一般公共预算基本支出构成（元）");

        Path xlsx = tmp.resolve("county.xlsx");
        Run template = cli("template", "--profile-dir", dir.toString(), "--profile", ID, "--department", "901",
                "--name", "测试县商务委员会", "--year", "2025", "--out", xlsx.toString());
        assertThat(template.exit()).as(template.out()).isZero();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(sh -> sheets.add(sh.getSheetName()));
            assertThat(sheets).as("sheets").anyMatch(n -> n.contains("财务收支")).noneMatch(n -> n.contains("国有资本经营预算支出"));
        }
    }

    @Test
    void aFailureOfTheProfilesOwnEquationIsReportedUnderItsId() throws Exception {
        RuleCatalog.useProfileFolder(folder(false));
        Path file = submission(s -> {
            for (JsonNode row : s.path("tables").path("finance_summary").path("rows")) {
                if (row.path("item").asText().equals("income.business")) {
                    ((ObjectNode) row).putObject("values").put("amount", new BigDecimal("999999999.00"));
                }
            }
        });
        Submission s = Submissions.read(file);
        List<Finding> errors = new SubmissionValidator().validate(s).findings();
        assertThat(errors).filteredOn(f -> f.ruleId().equals("cross.profile-equation")).as("%s", errors)
                .anySatisfy(f -> {
                    assertThat(f.message()).contains("【county-business-within-income】", "事业收入不大于收入总计", "左边不得大于右边");
                    assertThat(f.location().table()).isEqualTo("finance_summary");
                });
    }

    /** The county's own rule, declared in its file, for its own equation. */
    private static void ownRule(ObjectNode p, String id) {
        p.putArray("rules").addObject().put("id", id).put("severity", "warning").put("title", "事业收入不大于收入总计（测试县）")
                .put("basis", "会计恒等式：部分不大于总数").put("description", "表1 二、事业收入不得大于收入总计。");
        for (JsonNode e : p.get("equations")) {
            if (e.path("id").asText().equals("county-business-within-income")) {
                ((ObjectNode) e).put("rule", id);
            }
        }
    }

    @Test
    void aProfilesOwnRuleIsInTheCatalogueAndItsEquationReportsUnderIt() throws Exception {
        RuleCatalog.useProfileFolder(folder(false, p -> ownRule(p, "cross.county-business")));
        assertThat(RuleCatalog.find("cross.county-business")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("事业收入不大于收入总计（测试县）");
            assertThat(r.severity()).isEqualTo(org.gongkai.validation.Severity.WARNING);
        });
        assertThat(RuleCatalog.markdown(List.of())).as("the catalogue lists it under its profile")
                .contains("| `cross.county-business` | 警告 | 事业收入不大于收入总计（测试县） | 会计恒等式：部分不大于总数 |");
        Path file = submission(s -> {
            for (JsonNode row : s.path("tables").path("finance_summary").path("rows")) {
                if (row.path("item").asText().equals("income.business")) {
                    ((ObjectNode) row).putObject("values").put("amount", new BigDecimal("999999999.00"));
                }
            }
        });
        List<Finding> findings = new SubmissionValidator().validate(Submissions.read(file)).findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("cross.county-business")).as("%s", findings)
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(org.gongkai.validation.Severity.WARNING);
                    assertThat(f.message()).contains("事业收入不大于收入总计");
                });
        assertThat(findings).noneMatch(f -> f.ruleId().equals("cross.profile-equation") && f.message().contains("county-business"));
    }

    @Test
    void aProfilesOwnRuleMayNotTakeABuiltInIdOrAMalformedOne() throws Exception {
        for (String[] bad : new String[][] {{"cross.t1-balance", "与 gongkai 内置规则重复"}, {"County Rule", "格式不对"},
                {"cross.", "格式不对"}, {"cross.a--b", "格式不对"}}) {
            Path dir = folder(false, p -> ownRule(p, bad[0]));
            assertThatThrownBy(() -> RuleCatalog.useProfileFolder(dir)).as(bad[0]).isInstanceOf(ProfileFileException.class)
                    .hasMessageContaining(ID + ".json").hasMessageContaining("rules[0].id").hasMessageContaining(bad[1]);
            Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        Path dir = folder(false, p -> {
            ownRule(p, "cross.county-business");
            ((ObjectNode) p.get("rules").get(0)).put("severity", "fatal").remove("title");
        });
        assertThatThrownBy(() -> RuleCatalog.useProfileFolder(dir)).isInstanceOf(ProfileFileException.class)
                .hasMessageContaining("rules[0].title").hasMessageContaining("另有 1 处问题");
    }

    @Test
    void onlyAShippedProfileIsTheDefaultAndExactlyOneIs() throws Exception {
        // a submission that names no profile uses the shipped profile whose file says "default": true
        assertThat(DisclosureProfile.defaultId()).isEqualTo("henan-14");
        assertThat(DisclosureProfile.forSubmission(null).id()).isEqualTo(DisclosureProfile.defaultId());
        Path dir = folder(false, p -> p.put("default", true));
        assertThatThrownBy(() -> RuleCatalog.useProfileFolder(dir)).isInstanceOf(ProfileFileException.class)
                .hasMessageContaining(ID + ".json").hasMessageContaining("default").hasMessageContaining("henan-14");
        java.util.Map<String, DisclosureProfile> shipped = new java.util.TreeMap<>();
        for (String id : ProfileRegistry.shippedIds()) {
            shipped.put(id, DisclosureProfile.require(id));
        }
        assertThat(ProfileRegistry.defaultOf(shipped)).isEqualTo("henan-14");
        shipped.remove("henan-14");
        assertThatThrownBy(() -> ProfileRegistry.defaultOf(shipped)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly one");
    }

    @Test
    void derivedFiguresNamingAFigureTheProfileLacksStopTheFolder() throws Exception {
        Path dir = folder(false, p -> ((ObjectNode) p.at("/derived/income")).put("figure", "no.such.figure"));
        assertThatThrownBy(() -> RuleCatalog.useProfileFolder(dir)).isInstanceOf(ProfileFileException.class)
                .hasMessageContaining(ID + ".json").hasMessageContaining("derived.income").hasMessageContaining("no.such.figure");
    }

    @Test
    void aProfileFileWithABrokenEquationStopsTheCommandsNamingFileAndPlace() throws Exception {
        Path dir = folder(true);
        assertThatThrownBy(() -> RuleCatalog.useProfileFolder(dir)).isInstanceOf(ProfileFileException.class)
                .hasMessageContaining(ID + ".json").hasMessageContaining("equations[").hasMessageContaining("no_such_table");
        assertThat(DisclosureProfile.known()).doesNotContain(ID);

        Path file = submission(s -> { });
        for (String[] args : new String[][] {
                {"validate", "--profile-dir", dir.toString(), file.toString()},
                {"render", "--profile-dir", dir.toString(), file.toString(), "--out", tmp.resolve("out").toString()},
                {"template", "--profile-dir", dir.toString(), "--profile", ID, "--department", "901", "--name", "某部门",
                        "--year", "2025", "--out", tmp.resolve("t.xlsx").toString()}}) {
            Run r = cli(args);
            assertThat(r.exit()).as(args[0]).isEqualTo(2);
            assertThat(r.out()).as(args[0]).contains("公开口径文件", ID + ".json", "equations[", "没有表“no_such_table”");
        }
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(tmp.resolve("t.xlsx")).doesNotExist();

        Map<String, String> settings = Map.of("gongkai.data.dir", tmp.resolve("data").toString(),
                "gongkai.profile.dir", dir.toString(), "camel.main.routes-include-pattern", "classpath:routes/errors.camel.yaml");
        assertThatThrownBy(() -> {
            try (GongkaiService service = GongkaiService.start(settings)) {
                service.context();
            }
        }).satisfies(e -> {
            Throwable t = e;
            while (t != null && !(t instanceof ProfileFileException)) {
                t = t.getCause();
            }
            assertThat(t).as("cause chain of %s", e).isNotNull();
            assertThat(t.getMessage()).contains(ID + ".json", "equations[", "no_such_table");
        });
    }

    @Test
    void profileIdsAreSafeFileNamesAndMatchTheirFile() throws Exception {
        Path dir = folder(false);
        Files.move(dir.resolve(ID + ".json"), dir.resolve("other.json"));
        assertThatThrownBy(() -> RuleCatalog.useProfileFolder(dir)).isInstanceOf(ProfileFileException.class)
                .hasMessageContaining("other.json").hasMessageContaining("必须与文件名");
        String text = Files.readString(dir.resolve("other.json")).replace("\"id\" : \"" + ID + "\"", "\"id\" : \"..\"");
        Files.delete(dir.resolve("other.json"));
        Files.writeString(dir.resolve("...json"), text);
        assertThatThrownBy(() -> RuleCatalog.useProfileFolder(dir)).isInstanceOf(ProfileFileException.class)
                .hasMessageContaining("只能由小写字母");
        assertThat(ProfileLint.PROFILE_ID.matcher("../x").matches()).isFalse();
        assertThat(ProfileLint.PROFILE_ID.matcher("henan-14").matches()).isTrue();
    }
}
