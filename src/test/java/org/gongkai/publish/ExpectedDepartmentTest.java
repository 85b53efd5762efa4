package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedDepartmentTest {

    @TempDir
    Path tmp;

    @Test
    void readsACsvFileWithAHeaderCommentsChineseCommasAndAnOptionalYear() throws Exception {
        Path csv = tmp.resolve("expected.csv");
        Files.writeString(csv, "\uFEFF编码,名称,批复日期,年度\n# 市直部门\n701,平顶山市人民政府经济技术协作办公室,2024-02-06\n"
                + "801，平顶山市教育局，2023-12-28，2024\n");

        var list = ExpectedDepartment.parse(csv.toString());

        assertThat(list).containsExactly(
                new ExpectedDepartment("701", "平顶山市人民政府经济技术协作办公室", LocalDate.of(2024, 2, 6), 2024),
                new ExpectedDepartment("801", "平顶山市教育局", LocalDate.of(2023, 12, 28), 2024));
        assertThat(PublicationDeadline.deadline(list.get(0).approval())).isEqualTo(LocalDate.of(2024, 2, 26));
    }

    @Test
    void aMissingFileOrABadDateIsAnError() throws Exception {
        assertThatThrownBy(() -> ExpectedDepartment.parse(tmp.resolve("none.csv").toString())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ExpectedDepartment.parse("701,甲,2024-02-06;702,乙,2024-02-30"))
                .isInstanceOf(IOException.class).hasMessageContaining("702");
        assertThat(ExpectedDepartment.parse("")).isEmpty();
    }

    @Test
    void aBadYearIsAnIoErrorNamingTheLine() {
        assertThatThrownBy(() -> ExpectedDepartment.parse("701,甲,2024-02-06,二〇二四"))
                .isInstanceOf(IOException.class).hasMessageContaining("年度").hasMessageContaining("701");
        assertThatThrownBy(() -> ExpectedDepartment.parse("701,甲,2024-02-06,99999999999"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ExpectedDepartment.parse("701,甲,2024-02-06,24"))
                .isInstanceOf(IOException.class);
        // A bad date on the first line is no header line: it is reported, not skipped.
        assertThatThrownBy(() -> ExpectedDepartment.parse("701,甲,2024-02-30;702,乙,2024-02-06"))
                .isInstanceOf(IOException.class).hasMessageContaining("701");
    }
}
