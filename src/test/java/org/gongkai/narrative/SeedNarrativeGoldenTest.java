package org.gongkai.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Submission;
import org.junit.jupiter.api.Test;

/** The seed disclosure's 第二部分, sentence for sentence, from the example submission. */
class SeedNarrativeGoldenTest {

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void partTwoReproducesTheSeedLineByLine() throws Exception {
        Submission s = Submissions.example();
        Narrative n = Submissions.narrative(s);
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/golden/pingdingshan-2024-part2.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(SeedNarrativeGoldenTest::squash).toList();
        List<String> actual = n.part("part2").lines().stream().map(SeedNarrativeGoldenTest::squash).toList();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertThat(actual.get(i)).as("line %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void everySeedSentenceIsProduced() throws Exception {
        Submission s = Submissions.example();
        Narrative n = Submissions.narrative(s);
        String all = squash(String.join("\n", n.part("part2").lines()));
        String golden = Files.readString(Path.of("src/test/resources/golden/pingdingshan-2024-part2.txt"));
        for (String sentence : squash(golden.replace("\n", "")).split("(?<=[。；：])")) {
            assertThat(all).as("sentence %s", sentence).contains(sentence);
        }
    }

    @Test
    void partOneAndGlossaryMatchTheSeed() {
        Submission s = Submissions.example();
        Narrative n = Submissions.narrative(s);
        assertThat(n.part("part1").lines()).containsExactly(
                "第一部分",
                "平顶山市人民政府经济技术协作办公室概况",
                "一、平顶山市人民政府经济技术协作办公室主要职责",
                "在市政府领导下，为经济发展做好内引外联、参谋助手等工作。",
                "二、平顶山市人民政府经济技术协作办公室所属预算单位构成情况",
                "平顶山市人民政府经济技术协作办公室本部门预算仅包含本级预算，无所属单位预算。",
                "机关本级预算包括：秘书科、综合科、技术科3个科室的预算。");
        assertThat(n.part("part3").blocks()).hasSize(10);
        assertThat(n.part("part3").blocks().get(6).text())
                .isEqualTo("七、基本支出：是指为保障机构正常运转、完成日常工作任务所必需的开支，其内容包括人员经费和日常公用经费两部分。");
    }

    @Test
    void theSeedHasNoWarningsBecauseEveryComparisonHasAPriorFigureAndAReason() {
        Enrichment e = new SubmissionEnricher().enrich(Submissions.example());
        assertThat(e.warnings()).isEmpty();
        assertThat(e.generalBudget().classes()).extracting(Enrichment.ClassShare::shortName)
                .containsExactly("社会保障和就业", "卫生健康", "商业服务业等", "住房保障");
    }
}
