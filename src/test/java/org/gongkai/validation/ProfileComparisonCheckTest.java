package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Submission;
import org.junit.jupiter.api.Test;

/**
 * henan-14's change reasons come from its profile's comparisons (rule per comparison, one finding per shared reason field,
 * 上年预算数 as the profile words it); the findings are those the Java check for the Henan tables reported.
 */
class ProfileComparisonCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private static List<Finding> explain(ObjectNode tree) throws Exception {
        Submission s = JSON.treeToValue(tree, Submission.class);
        return new SubmissionValidator().validate(s).findings().stream().filter(f -> f.ruleId().startsWith("explain.")).toList();
    }

    private static ObjectNode read(String path) throws Exception {
        return (ObjectNode) JSON.readTree(Path.of(path).toFile());
    }

    @Test
    void aSharedReasonFieldIsOneFindingListingEveryMovedFigure() throws Exception {
        ObjectNode t = read("src/test/resources/render/chengguan-803-2024.json");
        ((ObjectNode) t.path("explanations")).remove("fiscalAppropriationChange");
        assertThat(explain(t)).filteredOn(f -> f.ruleId().equals("explain.fiscal-change")).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("explanations.fiscalAppropriationChange");
            // the figures the text states (财政拨款收支总体情况表, 支出合计): 260 → 250 and 100 → 150; 国有资本 0 → 0 is not listed
            assertThat(f.message()).isEqualTo("财政拨款收入与上年相比有变化（一般公共预算拨款 上年 260.0，本年 250.0；政府性基金预算拨款 上年 100.0，"
                    + "本年 150.0），但没有说明原因。");
        });
    }

    @Test
    void anItemWithoutAReasonIsReportedAtItsRowAndAFallbackFigureIsNotTheSubmittersToExplain() throws Exception {
        List<Finding> f = explain(read("src/test/resources/render/chengguan-803-2024.json"));
        // 机关运行经费 is not given (the text uses 公用经费 50 instead, compared with 55): no reason is demanded for it
        assertThat(f).extracting(Finding::ruleId).containsExactly("explain.item-change");
        assertThat(f.get(0).location().column()).isEqualTo("total");
        assertThat(f.get(0).message()).isEqualTo("科目 2080505 机关事业单位基本养老保险缴费支出比上年增加（上年 28.0万元，本年 30.0万元），"
                + "但没有说明原因（应填写 explanations.itemChanges.2080505）。");
        assertThat(f.get(0).found()).isEqualTo("上年 28.0，本年 30.0");
    }

    @Test
    void aMissingPriorFigureIsAWarningInTheProfilesWords() throws Exception {
        ObjectNode t = read("examples/pingdingshan-701-2024.json");
        ((ObjectNode) t.path("priorYear")).remove("operatingCosts");
        ((ObjectNode) t.path("priorYear").path("items")).remove("2101101");
        List<Finding> f = explain(t);
        assertThat(f).extracting(Finding::ruleId).containsOnly("explain.prior-missing");
        assertThat(f).extracting(Finding::message).containsExactlyInAnyOrder(
                "缺少“科目 2101101 行政单位医疗”的上年预算数，说明中将不作同比比较。",
                "缺少“机关运行经费”的上年预算数，说明中将不作同比比较。");
        assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }
}
