package org.gongkai.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Submission;
import org.gongkai.profile.DisclosureProfile;
import org.junit.jupiter.api.Test;

/**
 * The henan-14 narrative is data: its sentences live in templates/narrative/henan-14.ftl and its number format, figures and
 * comparisons in profiles/henan-14.json. Changing either changes the document; a layout with its own profile and template
 * renders through the same engine without Java.
 */
class NarrativeIsProfileDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Path TEMPLATE = Path.of("src/main/resources/templates/narrative/henan-14.ftl");
    private static final String SENTENCE = "主要保障机构正常运转及正常履职需要";

    private static ObjectNode henanProfile() throws Exception {
        try (InputStream in = DisclosureProfile.class.getResourceAsStream("/profiles/henan-14.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static Narrative write(Submission s, DisclosureProfile p, String template) {
        return new ProfileNarrative(ClassificationNames.standard()).write(s, p, template);
    }

    @Test
    void oneSentenceChangedInTheTemplateChangesThatParagraphAndNothingElse() throws Exception {
        Submission s = Submissions.example();
        DisclosureProfile henan = DisclosureProfile.require("henan-14");
        String source = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        assertThat(source).contains(SENTENCE);
        List<String> before = write(s, henan, source).part("part2").lines();
        List<String> after = write(s, henan, source.replace(SENTENCE, "用于保障机关日常运转")).part("part2").lines();

        assertThat(before).isEqualTo(Submissions.narrative(s).part("part2").lines());
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).contains(SENTENCE)) {
                assertThat(after.get(i)).isEqualTo(before.get(i).replace(SENTENCE, "用于保障机关日常运转"))
                        .startsWith("我部门2024年机关运行经费支出预算9.5万元，用于保障机关日常运转");
            } else {
                assertThat(after.get(i)).isEqualTo(before.get(i));
            }
        }
    }

    @Test
    void theNumberFormatIsTheProfilesText() throws Exception {
        Submission s = Submissions.example();
        ObjectNode tree = henanProfile();
        ((ObjectNode) tree.path("text")).put("trimZeros", false).put("decimals", 2);
        DisclosureProfile twoDecimals = JSON.treeToValue(tree, DisclosureProfile.class);
        String all = String.join("\n", write(s, twoDecimals, null).part("part2").lines());
        // 121.3 → "121.30", 94.5 + 26.8: the change as well, percentages keep the profile's one decimal
        assertThat(all).contains("收入总计121.30万元", "收入增加26.80万元，增长28.4%");
        assertThat(String.join("\n", Submissions.narrative(s).part("part2").lines())).contains("收入总计121.3万元");
    }

    @Test
    void aComparisonIsDeclaredInTheProfileNotInJava() throws Exception {
        Submission s = Submissions.example();
        ObjectNode tree = henanProfile();
        // the 机关运行经费 comparison reads another prior-year field: the sentence now compares 9.5 with 一般公共预算支出 94.5
        for (var c : tree.path("comparisons")) {
            if ("operatingCosts".equals(c.path("id").asText())) {
                ((ObjectNode) c).put("prior", "generalBudgetExpenditure");
            }
        }
        DisclosureProfile moved = JSON.treeToValue(tree, DisclosureProfile.class);
        assertThat(write(s, moved, null).part("part2").lines()).anySatisfy(l -> assertThat(l)
                .startsWith("我部门2024年机关运行经费支出预算9.5万元，主要保障机构正常运转及正常履职需要，比2023年减少85万元，下降89.9%"));
    }

    @Test
    void aThirdLayoutIsAProfileFileAndATemplate() throws Exception {
        ObjectNode tree = henanProfile();
        tree.put("id", "test-third").put("narrativeTemplate", "narrative/test-third-layout.ftl");
        DisclosureProfile third = JSON.treeToValue(tree, DisclosureProfile.class);
        Submission s = Submissions.resource("keji-802-2024.json");
        Narrative n = new ProfileNarrative(ClassificationNames.standard()).write(s, third);
        assertThat(n.part("summary").title()).isEqualTo("平顶山市示例科学技术局2024年预算摘要");
        assertThat(n.part("summary").lines()).containsExactly("一", "平顶山市示例科学技术局2024年预算摘要", "收入",
                "本年收入300万元，上年265万元，增加35万元（13.2%）。",
                "2060101 行政运行：150万元", "2060702 科普活动：80万元",
                "2080505 机关事业单位基本养老保险缴费支出：20万元", "2101101 行政单位医疗：10万元", "2210201 住房公积金：15万元（新增）");
    }

    @Test
    void boldRunsComeFromTheTemplateOnlyNeverFromSubmittedText() {
        Narrative n = Submissions.narrative(Submissions.example());
        Narrative.Block vehicle = n.part("part2").blocks().stream().filter(b -> b.text().startsWith("（三）公务用车购置及运行费"))
                .findFirst().orElseThrow();
        assertThat(vehicle.spans()).filteredOn(Narrative.Span::bold).extracting(Narrative.Span::text)
                .containsExactly("公务用车运行维护费", "公务用车购置费");
        assertThat(ProfileNarrative.cleanText("\u0002加粗\u0003的职责")).isEqualTo("加粗的职责");
    }

    @Test
    void submittedTextCannotBecomeAPartAHeadingOrBold() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Path.of("examples/pingdingshan-701-2024.json").toFile());
        ObjectNode dept = (ObjectNode) tree.path("department");
        dept.put("name", "示例|办公室");
        dept.putArray("duties").add("# 不是标题").add("@part x|y|z").add("第一行\n## 第二行\u0002粗\u0003");
        Submission s = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .treeToValue(tree, Submission.class);
        Narrative n = Submissions.narrative(s);
        assertThat(n.parts()).extracting(Narrative.Part::id).containsExactly("part1", "part2", "part3");
        assertThat(n.part("part1").title()).isEqualTo("示例|办公室概况");
        assertThat(n.part("part1").blocks()).filteredOn(b -> b.kind() == Narrative.Kind.PARAGRAPH).extracting(Narrative.Block::text)
                .startsWith("＃ 不是标题", "＠part x|y|z", "第一行 ## 第二行粗");
        assertThat(n.part("part1").blocks()).flatExtracting(Narrative.Block::spans).noneMatch(Narrative.Span::bold);
    }

    @Test
    void aFigureWhosePriorWasZeroIsWrittenWithoutARateInEitherUnit() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Path.of("examples/pingdingshan-701-2024.json").toFile());
        ((ObjectNode) tree.path("priorYear")).put("generalBudgetExpenditure", 0);
        ObjectMapper m = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        assertThat(Submissions.narrative(m.treeToValue(tree, Submission.class)).part("part2").lines()).anySatisfy(l -> assertThat(l)
                .startsWith("平顶山市人民政府经济技术协作办公室2024年一般公共预算支出年初预算为121.3万元。与2023年预算相比，"
                        + "增加121.3万元（上年预算数为0，不计算增长率），主要是"));
        // the same in 元 with a fraction: two decimals at most, trailing zeros dropped
        tree.put("amountUnit", "元");
        ((ObjectNode) tree.path("otherMatters")).put("operatingCosts", new java.math.BigDecimal("50000.50"));
        ((ObjectNode) tree.path("priorYear")).put("operatingCosts", 0);
        assertThat(Submissions.narrative(m.treeToValue(tree, Submission.class)).part("part2").lines()).anySatisfy(l -> assertThat(l)
                .startsWith("我部门2024年机关运行经费支出预算50000.5元，主要保障机构正常运转及正常履职需要，比2023年增加50000.5元（上年预算数为0，不计算增长率）"));
    }
}
