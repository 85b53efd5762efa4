package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.camel.GongkaiService;
import org.gongkai.catalog.CatalogFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog command, and every command and the service refusing a bad catalogue folder. */
class CatalogCommandTest {

    @TempDir
    Path tmp;

    @Test
    void catalogListsEditionsWithCountsVerifiedShareAndSources() {
        CommandsTest.Run r = CommandsTest.run("catalog");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("2024年：2024年政府收支分类科目（财预〔2023〕83号）", "2025年：", "2026年：")
                .contains("支出功能分类：类 30（已核实").contains("项 ").contains("来源：").contains("部门经济分类→政府经济分类对应")
                .contains("未设置");
    }

    @Test
    void catalogCheckExplainsKnownAndUnknownCodes() {
        CommandsTest.Run r = CommandsTest.run("catalog", "check", "--year", "2024", "2040604", "30101", "2050399", "2189901", "12");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("2040604  基层司法业务  支出功能分类 项  上级：20406 司法  状态：R 未核实  来源：issue-8")
                .contains("30101  基本工资  部门预算支出经济分类 款  上级：301 工资福利支出").contains("对应政府经济分类：50101")
                .contains("2050399  不认识：").contains("最近的已知上级为 20503 职业教育")
                .contains("2189901  不认识：支出功能分类没有类 218")
                .contains("12  不认识：不是3、5或7位数字");
        assertThat(CommandsTest.run("catalog", "check", "2080501").status()).isZero();
    }

    @Test
    void aBureauFileShowsInTheListingAndChangesCheck() throws Exception {
        Files.writeString(tmp.resolve("function-2025.tsv"), "2050399\t其他职业教育支出\n", StandardCharsets.UTF_8);
        CommandsTest.Run list = CommandsTest.run("catalog", "--catalog-dir", tmp.toString());
        assertThat(list.out()).contains("已加载 function-2025.tsv：2025年 支出功能分类 1 条").contains("按财政局目录修订");
        CommandsTest.Run check = CommandsTest.run("catalog", "check", "--catalog-dir", tmp.toString(), "--year", "2025", "2050399");
        assertThat(check.status()).isZero();
        assertThat(check.out()).contains("2050399  其他职业教育支出").contains("bureau");
    }

    @Test
    void everyCommandRefusesABadFolderNamingFileAndLine() throws Exception {
        Files.writeString(tmp.resolve("function-2025.tsv"), "2050399\t其他职业教育支出\n20503\n", StandardCharsets.UTF_8);
        for (String[] args : new String[][] {
                {"catalog", "--catalog-dir", tmp.toString()},
                {"validate", "--catalog-dir", tmp.toString(), CommandsTest.EXAMPLE},
                {"render", "--catalog-dir", tmp.toString(), CommandsTest.EXAMPLE, "--out", tmp.resolve("out").toString()},
                {"template", "--catalog-dir", tmp.toString(), "--department", "701", "--name", "某部门", "--year", "2025",
                        "--out", tmp.resolve("t.xlsx").toString()}}) {
            CommandsTest.Run r = CommandsTest.run(args);
            assertThat(r.status()).as(args[0]).isEqualTo(2);
            assertThat(r.out()).as(args[0]).contains("function-2025.tsv").contains("第2行");
        }
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(tmp.resolve("t.xlsx")).doesNotExist();
    }

    @Test
    void theServiceDoesNotStartWithABadFolder() throws Exception {
        Files.writeString(tmp.resolve("部门经济分类-2025.tsv"), "30226\t劳务费\n3022X\t委托业务费\n", StandardCharsets.UTF_8);
        Map<String, String> settings = Map.of("gongkai.data.dir", tmp.resolve("data").toString(),
                "gongkai.catalog.dir", tmp.toString(), "camel.main.routes-include-pattern", "classpath:routes/errors.camel.yaml");
        assertThatThrownBy(() -> {
            try (GongkaiService s = GongkaiService.start(settings)) {
                s.context();
            }
        }).satisfies(e -> {
            Throwable t = e;
            while (t != null && !(t instanceof CatalogFileException)) {
                t = t.getCause();
            }
            assertThat(t).as("cause chain of %s", e).isNotNull();
            assertThat(t.getMessage()).contains("部门经济分类-2025.tsv", "第2行", "3022X");
        });
    }
}
