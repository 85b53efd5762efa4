package org.gongkai.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void textDropsATrailingPointZero() {
        assertThat(Amounts.text(d("1.0"))).isEqualTo("1");
        assertThat(Amounts.text(d("6.0"))).isEqualTo("6");
        assertThat(Amounts.text(d("121.3"))).isEqualTo("121.3");
        assertThat(Amounts.text(d("0.00"))).isEqualTo("0");
        assertThat(Amounts.text(d("12.35"))).isEqualTo("12.4");
        assertThat(Amounts.text(d("-0.04"))).isEqualTo("0");
    }

    @Test
    void tablesPrintTheDeclaredPrecisionButZerosAsWritten() {
        assertThat(Amounts.table(d("54.0"), 1)).isEqualTo("54.0");
        assertThat(Amounts.table(d("54"), 1)).isEqualTo("54.0");
        assertThat(Amounts.table(d("0"), 1)).isEqualTo("0");
        assertThat(Amounts.table(d("0.0"), 1)).isEqualTo("0.0");
        assertThat(Amounts.table(d("0.00"), 1)).isEqualTo("0.00");
        assertThat(Amounts.table(d("1.25"), 1)).isEqualTo("1.3");
    }

    @Test
    void sharesAndChangesRoundHalfUpToOneDecimal() {
        assertThat(Amounts.share(d("7.3"), d("121.3"))).isEqualByComparingTo("6.0");
        assertThat(Amounts.share(d("1"), d("0"))).isNull();
        assertThat(Amounts.percentChange(d("150"), d("160"))).isEqualByComparingTo("-6.3");
        assertThat(Amounts.percentChange(d("5"), d("0"))).isNull();
        assertThat(Change.of(d("5"), d("0")).direction()).isEqualTo(Change.Direction.NEW);
        assertThat(Change.of(d("5"), null).direction()).isEqualTo(Change.Direction.UNKNOWN);
        assertThat(Change.of(d("62.5"), d("63.8")).percent()).isEqualByComparingTo("-2.0");
    }

    @Test
    void procurementCategoriesFromCatalogueCodeOrWords() {
        assertThat(SubmissionEnricher.procurementCategory("A02010104 台式计算机")).isEqualTo('A');
        assertThat(SubmissionEnricher.procurementCategory("B07 装修工程")).isEqualTo('B');
        assertThat(SubmissionEnricher.procurementCategory("C23120000")).isEqualTo('C');
        assertThat(SubmissionEnricher.procurementCategory("服务类")).isEqualTo('C');
        assertThat(SubmissionEnricher.procurementCategory("Abc")).isEqualTo('?');
        assertThat(SubmissionEnricher.procurementCategory(null)).isEqualTo('?');
    }

    @Test
    void yuanAmountsKeepUpToTwoDecimalsAndWanYuanOne() {
        assertThat(AmountUnit.of("元")).isEqualTo(AmountUnit.YUAN);
        assertThat(AmountUnit.of(" 元 ")).isEqualTo(AmountUnit.YUAN);
        assertThat(AmountUnit.of("万元")).isEqualTo(AmountUnit.WAN_YUAN);
        assertThat(AmountUnit.of(null)).isEqualTo(AmountUnit.WAN_YUAN);
        assertThat(AmountUnit.YUAN.money(d("1234.50"))).isEqualTo("1234.5元");
        assertThat(AmountUnit.YUAN.money(d("1234.567"))).isEqualTo("1234.57元");
        assertThat(AmountUnit.YUAN.money(d("268000"))).isEqualTo("268000元");
        assertThat(AmountUnit.YUAN.money(d("0.00"))).isEqualTo("0元");
        assertThat(AmountUnit.YUAN.money(null)).isEqualTo("0元");
        assertThat(AmountUnit.WAN_YUAN.money(d("26.80"))).isEqualTo("26.8万元");
        assertThat(AmountUnit.WAN_YUAN.money(d("26.84"))).isEqualTo("26.8万元");
        assertThat(AmountUnit.YUAN.relabel("项目金额（万元）")).isEqualTo("项目金额（元）");
        assertThat(AmountUnit.WAN_YUAN.relabel("项目金额（万元）")).isEqualTo("项目金额（万元）");
    }
}
