package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aVeryLongDepartmentNameIsCutAtACharacterBoundaryAndTheFileCanBeCreated(@TempDir Path dir) throws Exception {
        String name = "平顶山市".repeat(30); // 120 characters, 360 bytes
        assertThat(name).hasSize(120);
        String file = FileNames.pdf(name, 2024);
        assertThat(file).endsWith("2024年部门预算公开.pdf").startsWith("平顶山市平顶山市");
        String namePart = file.substring(0, file.indexOf("2024年部门预算公开.pdf"));
        assertThat(utf8(namePart)).isLessThanOrEqualTo(200).isGreaterThan(195);
        assertThat(namePart).hasSize(66); // 66 whole characters of 3 bytes each
        assertThat(name).startsWith(namePart);
        assertThat(utf8(file)).isLessThanOrEqualTo(255);
        assertThat(Files.createFile(dir.resolve(file))).isRegularFile();
    }

    @Test
    void mixedWidthNamesAreNeverCutInsideACharacter() {
        String name = "a" + "部".repeat(70) + "𠀀".repeat(5); // 1 + 210 + 20 bytes
        String namePart = FileNames.pdf(name, 2025).replace("2025年部门预算公开.pdf", "");
        assertThat(utf8(namePart)).isLessThanOrEqualTo(200);
        assertThat(namePart).isEqualTo("a" + "部".repeat(66));
        assertThat(org.gongkai.support.BoundedNames.capUtf8("𠀀𠀀", 6)).isEqualTo("𠀀");
    }

    @Test
    void ordinaryNamesAreKeptWhole() {
        assertThat(FileNames.pdf("平顶山市人民政府经济技术协作办公室", 2024))
                .isEqualTo("平顶山市人民政府经济技术协作办公室2024年部门预算公开.pdf");
        assertThat(FileNames.pdf("a/b:c", 2024)).isEqualTo("a_b_c2024年部门预算公开.pdf");
    }

    @Test
    void csvNamesHaveTwoDigitNumbersIllegalCharactersReplacedAndOuterDotsAndSpacesTrimmed() {
        assertThat(FileNames.csv(3, "部门支出总体情况表")).isEqualTo("03-部门支出总体情况表.csv");
        assertThat(FileNames.csv(14, "政府采购/汇总:表")).isEqualTo("14-政府采购_汇总_表.csv");
        assertThat(FileNames.csvAscii(123, "t_x")).isEqualTo("123-t_x.csv");
        assertThat(FileNames.safe(" ..表.名.. ")).isEqualTo("表.名");
        assertThat(FileNames.safe("...")).isEmpty();
        assertThat(FileNames.safe("a\nb\u0001")).isEqualTo("a_b_");
        assertThat(FileNames.safe(null)).isEmpty();
    }
}
