package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Submission;
import org.gongkai.narrative.Narrative;
import org.gongkai.narrative.ProfileNarrative;
import org.gongkai.narrative.Submissions;
import org.gongkai.profile.DisclosureProfile;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai example renders 四、部门预算编制说明, 六、其他相关情况说明 and 七、项目经费情况说明 of the published
 * 上海市普陀区商务委员会 2025 document sentence for sentence. Where the document is inconsistent with itself, the
 * difference is listed in {@link #DIFFERENCES} (each must occur exactly as often as stated); everything else is exact.
 * Line breaks of the PDF and spaces are not significant.
 */
class ShanghaiNarrativeGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/shanghai-putuo-2025-narrative.txt");

    /** What the document prints, what gongkai prints instead, how often, and why. */
    record Difference(String document, String rendered, int times, String why) {
    }

    static final List<Difference> DIFFERENCES = List.of(
            new Difference("（款)", "（款）", 6, "items 11–16 close 款 with a half-width bracket; every other item uses （款）"),
            new Difference("（类)", "（类）", 2, "items 15 and 16 close 类 with a half-width bracket"),
            new Difference("”3136.40万元", "”3,136.40万元", 1, "item 14 lacks the thousands separator the other items have"),
            new Difference("资金11381.60万元", "资金11,381.60万元", 1,
                    "the 绩效 sentence lacks the thousands separator every other amount of 万元 text has"),
            new Difference("公务接待费1.00万元。与", "公务接待费1.00万元，与", 1,
                    "（三）公务接待费 ends its amount with 。 where （一）（二） continue with ，"));

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The golden file's sections: header (without 【】) → squashed text. */
    static Map<String, String> goldenSections() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        Pattern header = Pattern.compile("^【(.*)】$");
        for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = header.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    out.put(current, sb.toString());
                }
                current = m.group(1);
                sb = new StringBuilder();
            } else {
                sb.append(squash(line));
            }
        }
        out.put(current, sb.toString());
        return out;
    }

    static List<String> sentences(String squashed) {
        return Arrays.stream(squashed.split("(?<=[。；：])")).filter(x -> !x.isEmpty()).toList();
    }

    private static String text(Narrative.Part part) {
        StringBuilder sb = new StringBuilder();
        part.blocks().forEach(b -> sb.append(squash(b.text())));
        return sb.toString();
    }

    private static Narrative narrative() {
        Submission s = Submissions.read(ShanghaiExampleTest.EXAMPLE);
        return new ProfileNarrative(null).write(s, DisclosureProfile.require("shanghai-district"));
    }

    @Test
    void everyListedDifferenceOccursInTheDocumentExactlyAsOftenAsStated() throws Exception {
        String all = String.join("", goldenSections().values());
        for (Difference d : DIFFERENCES) {
            assertThat(all.split(Pattern.quote(d.document()), -1).length - 1).as(d.why()).isEqualTo(d.times());
        }
    }

    @Test
    void budgetOtherAndProjectSectionsMatchTheDocumentSentenceForSentence() throws Exception {
        Map<String, String> golden = goldenSections();
        Narrative n = narrative();
        StringBuilder projects = new StringBuilder();
        golden.forEach((k, v) -> {
            if (k.endsWith("经费情况说明")) {
                projects.append(k).append(v);
            }
        });
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("budget", golden.get("2025年部门预算编制说明"));
        expected.put("other", golden.get("其他相关情况说明"));
        expected.put("projects", projects.toString());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String want = e.getValue();
            for (Difference d : DIFFERENCES) {
                want = want.replace(d.document(), d.rendered());
            }
            List<String> exp = sentences(want);
            List<String> act = sentences(text(n.part(e.getKey())));
            for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
                assertThat(act.get(i)).as("%s sentence %d", e.getKey(), i + 1).isEqualTo(exp.get(i));
            }
            assertThat(act).as(e.getKey()).hasSameSizeAs(exp);
        }
    }

    @Test
    void glossaryIsTheDepartmentsOwnAndTheItemsCarryTheirPurposes() {
        Narrative n = narrative();
        List<String> overview = new ArrayList<>();
        n.part("overview").blocks().forEach(b -> overview.add(b.text()));
        assertThat(overview).contains("三、名词解释",
                "（八）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。");
        assertThat(n.part("budget").blocks().get(4).text())
                .isEqualTo("1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于机关行政运行和机关人员经费支出。");
    }
}
