package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.narrative.ClassificationNames;
import org.gongkai.narrative.Enrichment;
import org.gongkai.narrative.PriorYearFigures;
import org.gongkai.narrative.SubmissionEnricher;
import org.gongkai.narrative.Submissions;
import org.gongkai.validation.Finding;
import org.gongkai.narrative.PriorYearComparatives;
import org.gongkai.validation.PriorYearReference;
import org.gongkai.validation.Severity;
import org.gongkai.validation.SubmissionValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Last year's budget in gongkai's archive is the reference for this year's comparatives (issue 14). */
class PriorYearArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** keji-802-2024 with its 三公 接待费 and 收入总计 changed, so that the years differ. */
    private Path lastYear2024() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("src/test/resources/render/keji-802-2024.json").toFile());
        ObjectNode current = (ObjectNode) ((ArrayNode) root.path("tables").path("three_public_expenses").path("rows")).get(0)
                .path("values");
        current.put("reception", new BigDecimal("1.5"));
        current.put("total", new BigDecimal("7.5"));
        Path f = data.resolve("keji-802-2024.json");
        JSON.writeValue(f.toFile(), root);
        return f;
    }

    private PriorYearArchive stage2024() throws Exception {
        Path f = lastYear2024();
        StagingArea staging = new StagingArea(data.resolve("staging"));
        Submission s = Submissions.read(f);
        Path dir = staging.stage(s, "ab".repeat(32), LocalDateTime.of(2024, 3, 1, 9, 0), "keji-802-2024.json",
                Files.readAllBytes(f), "{}");
        staging.complete(dir);
        return new PriorYearArchive(data.resolve("staging"), data.resolve("reference"));
    }

    /** The 2025 submission with comparatives exactly as last year's tables give them. */
    private static Submission with(Submission s, PriorYear p) {
        return new Submission(s.formatVersion(), s.profile(), s.fiscalYear(), s.amountUnit(), s.precision(), s.approvalDate(),
                s.department(), s.tables(), s.explanations(), p, s.otherMatters(), s.performance());
    }

    private static List<Finding> rule(List<Finding> all, String id) {
        return all.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    void aChangedPriorYearFigureIsCaughtNamingBothValuesAndLastYearsDocument() throws Exception {
        PriorYearArchive archive = stage2024();
        PriorYearReference ref = archive.find("802", 2024).orElseThrow();
        Submission s2025 = Submissions.resource("keji-802-2025-no-comparatives.json");
        PriorYear right = PriorYearFigures.from(ref.submission());
        List<Finding> clean = new SubmissionValidator().validate(with(s2025, right), ref).findings();
        assertThat(rule(clean, "cross.prior-year-archive")).isEmpty();
        assertThat(rule(clean, "cross.prior-year-filled")).isEmpty();

        java.util.Map<String, BigDecimal> three = new java.util.LinkedHashMap<>(right.threePublic());
        three.put("reception", new BigDecimal("2.5"));
        PriorYear wrong = new PriorYear(right.incomeTotal(), right.expenditureTotal(), right.fiscalAppropriation(),
                right.generalBudgetExpenditure(), right.items(), three, right.operatingCosts());
        List<Finding> found = rule(new SubmissionValidator().validate(with(s2025, wrong), ref).findings(), "cross.prior-year-archive");
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().path()).isEqualTo("priorYear.threePublic.reception");
        assertThat(f.message()).contains("公务接待费", "2.5万元", "1.5万元", "keji-802-2024.json", "20240301-090000-000-abababab",
                "2024年部门预算");
    }

    @Test
    void comparativesLeftOutAreFilledAndTheNarrativesChangesAreThoseOfTheTwoYearsTables() throws Exception {
        PriorYearArchive archive = stage2024();
        Submission s2025 = Submissions.resource("keji-802-2025-no-comparatives.json");
        assertThat(s2025.priorYear().threePublic()).isEmpty();
        List<Finding> all = new SubmissionValidator().validate(s2025, archive.find("802", 2024).orElseThrow()).findings();
        assertThat(rule(all, "cross.prior-year-archive")).isEmpty();
        List<Finding> filled = rule(all, "cross.prior-year-filled");
        assertThat(filled).hasSize(1);
        assertThat(filled.get(0).message()).contains("公务接待费 1.5万元", "keji-802-2024.json");

        Submission s2024 = archive.find("802", 2024).orElseThrow().submission();
        Enrichment e = new SubmissionEnricher(ClassificationNames.standard(), archive.asSource()).enrich(s2025);
        BigDecimal reception2025 = s2025.table("three_public_expenses").fixedRow("current").orElseThrow().amount("reception");
        BigDecimal reception2024 = s2024.table("three_public_expenses").fixedRow("current").orElseThrow().amount("reception");
        assertThat(e.threePublic().part("reception").change().difference())
                .isEqualByComparingTo(reception2025.subtract(reception2024));
        BigDecimal income2025 = s2025.table("income_expenditure_summary").fixedRow("income.grand_total").orElseThrow().amount("amount");
        BigDecimal income2024 = s2024.table("income_expenditure_summary").fixedRow("income.grand_total").orElseThrow().amount("amount");
        assertThat(e.income().change().difference()).isEqualByComparingTo(income2025.subtract(income2024));
        assertThat(e.threePublic().total().change().difference()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void anImported2023SubmissionServesAsReference() throws Exception {
        // keji-802-2024 imported as an earlier year's budget (the command keeps what it reads even with findings)
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("src/test/resources/render/keji-802-2024.json").toFile());
        root.put("fiscalYear", 2023);
        Path f = data.resolve("keji-802-2023.json");
        JSON.writeValue(f.toFile(), root);
        int rc = GongkaiCli.execute("import-reference", "--data-dir", data.toString(), f.toString());
        assertThat(rc).isZero();
        assertThat(data.resolve("staging")).doesNotExist();
        PriorYearArchive archive = new PriorYearArchive(data.resolve("staging"), data.resolve("reference"));
        PriorYearReference ref = archive.find("802", 2023).orElseThrow();
        assertThat(ref.imported()).isTrue();
        assertThat(ref.describe()).contains("导入的参考文件", "keji-802-2023.json");

        // keji-802-2024 compares with its own priorYear (typed in); 2023's reception was 2 in the imported tables
        Submission s2024 = Submissions.resource("keji-802-2024.json");
        List<Finding> found = rule(new SubmissionValidator().validate(s2024, ref).findings(), "cross.prior-year-archive");
        PriorYear typed = s2024.priorYear();
        assertThat(typed.threePublic().get("reception")).isEqualByComparingTo("3.0");
        assertThat(found).anySatisfy(x -> {
            assertThat(x.location().path()).isEqualTo("priorYear.threePublic.reception");
            assertThat(x.message()).contains("3.0万元", "2.0万元", "导入的参考文件");
        });

        // validate --data-dir does the same lookup as the service
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            GongkaiCli.execute("validate", "--data-dir", data.toString(),
                    "src/test/resources/render/keji-802-2024.json");
        } finally {
            System.setOut(was);
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("cross.prior-year-archive", "priorYear.threePublic.reception", "keji-802-2023.json");
    }

    @Test
    void anItemWhoseCodeLastYearsBudgetLacksIsReportedNotGuessed() throws Exception {
        PriorYearArchive archive = stage2024();
        PriorYearReference ref = archive.find("802", 2024).orElseThrow();
        Submission s2025 = Submissions.resource("keji-802-2025-no-comparatives.json");
        PriorYear right = PriorYearFigures.from(ref.submission());
        java.util.Map<String, BigDecimal> items = new java.util.LinkedHashMap<>(right.items());
        items.put("2069999", new BigDecimal("1.0"));
        PriorYear p = new PriorYear(right.incomeTotal(), right.expenditureTotal(), right.fiscalAppropriation(),
                right.generalBudgetExpenditure(), items, right.threePublic(), right.operatingCosts());
        List<Finding> all = new SubmissionValidator().validate(with(s2025, p), ref).findings();
        assertThat(rule(all, "cross.prior-year-unmatched")).singleElement()
                .satisfies(x -> assertThat(x.location().path()).isEqualTo("priorYear.items.2069999"));
        assertThat(rule(all, "cross.prior-year-archive")).isEmpty();
        assertThat(PriorYearComparatives.entries(with(s2025, p), null, ref.submission())).isNotEmpty();
    }

    @Test
    void withoutAReferenceNothingChanges() {
        Submission example = Submissions.example();
        assertThat(new SubmissionValidator().validate(example, null).findings())
                .isEqualTo(new SubmissionValidator().validate(example).findings());
        assertThat(new PriorYearArchive(data.resolve("staging"), data.resolve("reference")).find("701", 2023)).isEmpty();
    }

    /** The Shanghai fixture as last year's (2024) budget, staged. */
    private PriorYearArchive stageShanghai2024() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(SHANGHAI.toFile());
        root.put("fiscalYear", 2024);
        Path f = data.resolve("shangwuwei-2024.json");
        JSON.writeValue(f.toFile(), root);
        StagingArea staging = new StagingArea(data.resolve("staging"));
        Path dir = staging.stage(Submissions.read(f), "cd".repeat(32), LocalDateTime.of(2024, 2, 1, 8, 0), "shangwuwei-2024.json",
                Files.readAllBytes(f), "{}");
        staging.complete(dir);
        return new PriorYearArchive(data.resolve("staging"), data.resolve("reference"));
    }

    private static final Path SHANGHAI = Path.of("src/test/resources/shanghai/ceshi-shangwuwei-2025.json");

    @Test
    void shanghaiComparesItsDeclaredComparisonsAsWarningsAndSkipsThoseBasedOnExecution() throws Exception {
        PriorYearReference ref = stageShanghai2024().find("901", 2024).orElseThrow();
        Submission s2025 = Submissions.read(SHANGHAI);
        List<Finding> found = rule(new SubmissionValidator().validate(s2025, ref).findings(), "cross.prior-year-archive");
        // 三公 table is in 万元 (1.5万元 接待费 last year = 15000元); the submission's priorYear is in 元
        assertThat(found).anySatisfy(x -> {
            assertThat(x.location().path()).isEqualTo("priorYear.threePublic.reception");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("30000", "15000元", "shangwuwei-2024.json", "公务接待费");
        });
        // 财政拨款收入 is compared with 上年预算执行数 in this submission: not checkable against last year's budget
        assertThat(found).noneSatisfy(x -> assertThat(x.location().path()).isEqualTo("priorYear.fiscalAppropriation.income"));
        assertThat(found).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void shanghaiComparativesLeftOutAreFilledForTheNarrative() throws Exception {
        PriorYearArchive archive = stageShanghai2024();
        ObjectNode root = (ObjectNode) JSON.readTree(SHANGHAI.toFile());
        root.remove("priorYear");
        Path f = data.resolve("no-comparatives.json");
        JSON.writeValue(f.toFile(), root);
        Submission s2025 = Submissions.read(f);
        org.gongkai.render.DisclosureDocument doc = org.gongkai.render.DisclosureDocument.of(s2025,
                ClassificationNames.standard(), archive.asSource());
        assertThat(doc.submission().priorYear().threePublic().get("reception")).isEqualByComparingTo("15000");
        assertThat(doc.submission().priorYear().fiscalAppropriation().get("income")).isEqualByComparingTo("7850000.5");
        List<Finding> filled = rule(new SubmissionValidator().validate(s2025, archive.find("901", 2024).orElseThrow()).findings(),
                "cross.prior-year-filled");
        assertThat(filled).singleElement().satisfies(x -> assertThat(x.message()).contains("公务接待费 15000"));
    }

    @Test
    void anItemWhoseCodeTheNewEditionReplacedIsMatchedThroughItsSuccessor() throws Exception {
        stage2024();
        // the 2025 edition retires 2060702 (in the 2024 tables) in favour of 2060799: this year's submission uses the new code
        org.gongkai.narrative.CodeSuccessors editions = (code, year) -> year == 2025 && code.equals("2060702")
                ? java.util.Optional.of("2060799") : java.util.Optional.empty();
        PriorYearArchive archive = new PriorYearArchive(data.resolve("staging"), data.resolve("reference"), editions);
        PriorYearReference ref = archive.find("802", 2024).orElseThrow();
        PriorYear last = PriorYearFigures.from(ref.submission());
        assertThat(last.items()).containsKey("2060702");
        Submission s2025 = Submissions.resource("keji-802-2025-no-comparatives.json");
        java.util.Map<String, BigDecimal> items = new java.util.LinkedHashMap<>(last.items());
        BigDecimal former = items.remove("2060702");
        items.put("2060799", former);
        PriorYear p = new PriorYear(last.incomeTotal(), last.expenditureTotal(), last.fiscalAppropriation(),
                last.generalBudgetExpenditure(), items, last.threePublic(), last.operatingCosts());
        List<Finding> all = new SubmissionValidator().validate(with(s2025, p), ref).findings();
        assertThat(rule(all, "cross.prior-year-unmatched")).isEmpty();
        assertThat(rule(all, "cross.prior-year-archive")).isEmpty();

        // a wrong figure under the new code is caught against the old code's figure, naming the old code
        items.put("2060799", former.add(BigDecimal.TEN));
        PriorYear wrong = new PriorYear(last.incomeTotal(), last.expenditureTotal(), last.fiscalAppropriation(),
                last.generalBudgetExpenditure(), items, last.threePublic(), last.operatingCosts());
        assertThat(rule(new SubmissionValidator().validate(with(s2025, wrong), ref).findings(), "cross.prior-year-archive"))
                .singleElement().satisfies(x -> {
                    assertThat(x.location().path()).isEqualTo("priorYear.items.2060799");
                    assertThat(x.message()).contains("上年科目 2060702", former.toPlainString() + "万元");
                });

        // without successor information the same submission is reported as unmatched, not guessed
        PriorYearReference plain = new PriorYearReference(ref.submission(), ref.document(), ref.version(), false);
        assertThat(rule(new SubmissionValidator().validate(with(s2025, p), plain).findings(), "cross.prior-year-unmatched"))
                .singleElement().satisfies(x -> assertThat(x.location().path()).isEqualTo("priorYear.items.2060799"));
    }
}
