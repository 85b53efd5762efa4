package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline commands as a department or an operator types them. */
class CommandsTest {

    static final String EXAMPLE = "examples/pingdingshan-701-2024.json";

    @TempDir
    Path tmp;

    record Run(int status, String out) {
    }

    static synchronized Run run(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int status = GongkaiCli.execute(args);
            return new Run(status, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(before);
        }
    }

    @Test
    void validatePrintsOneSummaryLinePerFileThenItsFindingsAndFailsWhenAnyFileIsInvalid() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(EXAMPLE)).replace("\"approvalDate\": \"2024-02-06\"", "\"approvalDate\": \"2024-13-40\""));

        Run valid = run("validate", EXAMPLE);
        assertThat(valid.status()).isZero();
        assertThat(valid.out().lines().findFirst().orElseThrow()).isEqualTo(EXAMPLE + ": valid (0 errors, 0 warnings)");

        Run mixed = run("validate", EXAMPLE, broken.toString());
        assertThat(mixed.status()).isEqualTo(1);
        assertThat(mixed.out()).contains(EXAMPLE + ": valid (0 errors, 0 warnings)")
                .contains(broken + ": invalid (1 errors, 0 warnings)")
                .contains("structure.approval-date").contains("批复日期");
    }

    @Test
    void validateReportsAFileThatDoesNotExist() {
        Run missing = run("validate", tmp.resolve("nope.json").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).contains("nope.json: invalid");
    }

    @Test
    void renderWritesTheDisclosureAndTemplateWritesAWorkbookThatValidateReads() throws Exception {
        Path out = tmp.resolve("out");
        Run render = run("render", EXAMPLE, "--out", out.toString());
        assertThat(render.status()).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf")).exists();
        assertThat(out.resolve("datapackage.json")).exists();

        Path workbook = tmp.resolve("701-2025.xlsx");
        Run template = run("template", "--department", "701", "--name", "平顶山市人民政府经济技术协作办公室", "--year", "2025",
                "--out", workbook.toString());
        assertThat(template.status()).isZero();
        Run check = run("validate", workbook.toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).contains("701-2025.xlsx: invalid").contains("structure.approval-date").doesNotContain("xlsx.");
    }

    @Test
    void theShanghaiProfileGoesThroughValidateRenderAndTemplate() throws Exception {
        String sh = "examples/shanghai-putuo-shangwuwei-2025.json";
        Run valid = run("validate", sh);
        assertThat(valid.status()).isZero();
        assertThat(valid.out()).startsWith(sh + ": valid (0 errors, 0 warnings)");

        Path broken = tmp.resolve("putuo-broken.json");
        Files.writeString(broken, Files.readString(Path.of(sh)).replace("\"2011302\": \"商贸事务支出\",", ""));
        Run invalid = run("validate", broken.toString());
        assertThat(invalid.status()).isEqualTo(1);
        assertThat(invalid.out()).contains("explain.item-purpose").contains("explanations.itemPurposes.\"2011302\"");

        Path out = tmp.resolve("putuo");
        Run render = run("render", sh, "--out", out.toString());
        assertThat(render.status()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("2025年部门财务收支预算总表", "371,514,655.00");
        assertThat(out.resolve("上海市普陀区商务委员会2025年部门预算公开.pdf")).exists();

        Path workbook = tmp.resolve("125-2026.xlsx");
        Run template = run("template", "--profile", "shanghai-district", "--department", "125", "--name", "上海市普陀区商务委员会",
                "--year", "2026", "--out", workbook.toString());
        assertThat(template.status()).isZero();
        Run check = run("validate", workbook.toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).contains("125-2026.xlsx: invalid").contains("explain.comparison-base").doesNotContain("xlsx.");
    }

    @Test
    void helpListsEveryCommand() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("run", "validate", "render", "template", "publish");
    }
}
