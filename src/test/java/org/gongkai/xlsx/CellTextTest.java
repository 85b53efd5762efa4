package org.gongkai.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.gongkai.profile.TableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How cell text and numeric cells become decimals, codes and sheet names. */
class CellTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "121.3|121.3",
            "０．０|0.0",
            "１２１．３|121.3",
            "'1,234.5'|1234.5",
            "'１，２３４'|1234",
            "' 36.2 '|36.2",
            "0|0",
            "0.00|0.00",
            "-5.0|-5.0",
            "12.|12",
    })
    void textAmountsKeepTheirWrittenScale(String raw, String expected) {
        assertThat(TextNormalizer.parseDecimal(raw)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"九点七", "12,34", "1.2.3", "121.3万元", "--1", "1 000 000 000x"})
    void textThatIsNotOneNumberIsRejected(String raw) {
        assertThat(TextNormalizer.parseDecimal(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|General|0",
            "0|0.0|0.0",
            "0|0.00|0.00",
            "54|0.0|54.0",
            "54|General|54",
            "121.30000000000001|General|121.3",
            "121.30000000000001|0.0|121.3",
            "121.34|0.0|121.34",
            "1234.5|'#,##0.0_);(#,##0.0)'|1234.5",
            "7|0|7",
    })
    void numericCellsShowTheDecimalsOfTheirFormat(double value, String format, String expected) {
        assertThat(SheetCells.numeric(value, format)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "208|208",
            "２０８|208",
            "208 05 01|2080501",
            "208 社会保障和就业支出|208",
            "2080501 行政单位离退休|2080501",
            "05|05",
    })
    void codesAreTheLeadingDigits(String raw, String code) {
        assertThat(TextNormalizer.leadingCode(raw)).contains(code);
    }

    @Test
    void nonDigitCodesAreNotCodes() {
        assertThat(TextNormalizer.leadingCode("合计")).isEmpty();
        assertThat(TextNormalizer.leadingCode("20805A")).isEmpty();
    }

    @Test
    void sheetNamesAreMadeLegalForExcel() {
        TableSpec spec = new TableSpec("x", 1, "收入/支出[明细]: 一个非常非常非常非常非常非常非常长的表名？*", TableSpec.Layout.GRID,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        String name = SheetNames.forTable(spec);
        assertThat(name).hasSizeLessThanOrEqualTo(31).startsWith("收入／支出［明细］：");
        assertThat(name).doesNotContain("/", "[", "]", ":", "?", "*");
        assertThat(SheetNames.legal("'引号'")).isEqualTo("引号");
    }
}
