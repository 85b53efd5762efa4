package org.gongkai.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the writers use; number styles are cached per decimal count. */
final class Styles {
    private final Workbook wb;
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle code;
    final CellStyle plain;
    final CellStyle section;
    final CellStyle label;
    final CellStyle general;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    Styles(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);

        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);

        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        code = bordered();
        code.setDataFormat(wb.createDataFormat().getFormat("@"));

        general = bordered();

        plain = wb.createCellStyle();

        section = wb.createCellStyle();
        Font sectionFont = wb.createFont();
        sectionFont.setBold(true);
        sectionFont.setFontHeightInPoints((short) 12);
        section.setFont(sectionFont);

        label = bordered();
        label.setFont(bold);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setWrapText(true);
        label.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** A number style showing exactly {@code decimals} decimals ("0", "0.0", "0.00"…), so the scale survives a round trip. */
    CellStyle number(int decimals) {
        return numbers.computeIfAbsent(decimals, d -> {
            CellStyle s = bordered();
            s.setDataFormat(wb.createDataFormat().getFormat(d <= 0 ? "0" : "0." + "0".repeat(d)));
            return s;
        });
    }
}
