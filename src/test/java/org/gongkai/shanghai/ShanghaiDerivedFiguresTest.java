package org.gongkai.shanghai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gongkai.model.Submission;
import org.gongkai.narrative.Enrichment;
import org.gongkai.narrative.Submissions;
import org.gongkai.publish.KeyFigures;
import org.gongkai.render.Chart;
import org.gongkai.render.DisclosureDocument;
import org.gongkai.render.DisclosureRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Shanghai district profile declares derived figures and charts (derived, charts in shanghai-district.json): the
 * page gets the same three charts as Henan's, over Shanghai's tables, in 元 (table 9's 万元 converted exactly), the open
 * data its derived section and the site index its key figures. The render warnings stay the narrative's.
 */
class ShanghaiDerivedFiguresTest {

    private final Submission s = Submissions.read(ShanghaiExampleTest.EXAMPLE);

    @Test
    void derivedFiguresComeFromShanghaisTablesInTheSubmissionsUnit() {
        DisclosureDocument doc = new DisclosureRenderer().document(s);
        Enrichment e = doc.enrichment();
        assertThat(e.income().total()).isEqualByComparingTo("371514655");
        assertThat(e.income().sources()).extracting(Enrichment.Source::label)
                .containsExactly("财政拨款收入", "事业收入", "事业单位经营收入", "其他收入");
        assertThat(e.expenditure().basic()).isEqualByComparingTo("19830655");
        assertThat(e.expenditure().project()).isEqualByComparingTo("351684000");
        assertThat(e.basic().personnel()).isEqualByComparingTo("18120593");
        assertThat(e.basic().publicCosts()).isEqualByComparingTo("1710062");
        assertThat(e.generalBudget().classes()).extracting(Enrichment.ClassShare::code)
                .containsExactly("201", "206", "208", "210", "215", "216", "221");
        // table 9 is in 万元: 1 万元 of 公务接待费 is 10000 元
        assertThat(e.threePublic().total().amount()).isEqualByComparingTo("10000");
        assertThat(e.threePublic().total().change().prior()).isEqualByComparingTo("10000");
        assertThat(e.operatingCosts().amount()).isEqualByComparingTo("1710100");
        assertThat(e.fiscal().generalBudgetChange().prior()).isEqualByComparingTo("126597555");
        assertThat(e.warnings()).as("the narrative's warnings: the example gives every prior figure").isEmpty();

        assertThat(doc.charts()).extracting(Chart::id).containsExactly("chart-classes", "chart-basic", "chart-years");
        assertThat(doc.charts().get(1).title()).isEqualTo("一般公共预算基本支出构成（元）");
        assertThat(doc.charts().get(2).rows()).extracting(Chart.ChartRow::label).containsExactly("一般公共预算拨款", "“三公”经费");
    }

    @Test
    void theSiteIndexShowsShanghaisKeyFigures(@TempDir Path out) throws Exception {
        new DisclosureRenderer().renderAll(s, out);
        KeyFigures k = KeyFigures.read(out.resolve("data.json"));
        assertThat(k.unit()).isEqualTo("元");
        assertThat(k.incomeTotal()).isEqualByComparingTo("371514655");
        assertThat(k.expenditureTotal()).isEqualByComparingTo("371514655");
        assertThat(k.threePublic()).isEqualByComparingTo("10000");
        assertThat(k.expenditureChange()).as("Shanghai publishes no prior 支出总计").isNull();
    }
}
