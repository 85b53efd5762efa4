package org.gongkai.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;

/**
 * Reads cell contents of one sheet the way a clerk means them: merged regions resolve to their top-left
 * cell (for labels and codes), text with full-width digits and thousands separators becomes a number, a
 * numeric cell keeps the decimals its number format shows. Problems become findings that name the cell.
 */
final class SheetCells {
    private final Sheet sheet;
    private final String name;
    private final List<Finding> findings;
    /** Merged regions at most {@value #SHORT_REGION} rows high, by each row they cover. */
    private final Map<Integer, List<CellRangeAddress>> mergedByRow = new HashMap<>();
    /** Taller merged regions, checked for every lookup. */
    private final List<CellRangeAddress> tallMerged = new ArrayList<>();
    private static final int SHORT_REGION = 64;

    SheetCells(Sheet sheet, List<Finding> findings) {
        this.sheet = sheet;
        this.name = sheet.getSheetName();
        this.findings = findings;
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getLastRow() - m.getFirstRow() < SHORT_REGION) {
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    mergedByRow.computeIfAbsent(r, x -> new ArrayList<>()).add(m);
                }
            } else {
                tallMerged.add(m);
            }
        }
    }

    String name() {
        return name;
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    int lastColumn(int rowIndex) {
        Row r = sheet.getRow(rowIndex);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    String ref(int row, int col) {
        return FindingFactory.cellRef(name, row, col);
    }

    Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** The cell itself, or the top-left cell of the merged region containing it. */
    Cell resolved(int row, int col) {
        for (CellRangeAddress m : mergedByRow.getOrDefault(row, List.of())) {
            if (m.isInRange(row, col)) {
                return cell(m.getFirstRow(), m.getFirstColumn());
            }
        }
        for (CellRangeAddress m : tallMerged) {
            if (m.isInRange(row, col)) {
                return cell(m.getFirstRow(), m.getFirstColumn());
            }
        }
        return cell(row, col);
    }

    boolean isBlank(int row, int col) {
        Cell c = cell(row, col);
        if (c == null) {
            return true;
        }
        return switch (c.getCellType()) {
            case BLANK -> true;
            case STRING -> TextNormalizer.trim(c.getStringCellValue()).isEmpty();
            default -> false;
        };
    }

    boolean isNumeric(int row, int col) {
        Cell c = cell(row, col);
        if (c == null) {
            return false;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC;
    }

    /**
     * Text of a label, name or code cell (merged regions resolved), trimmed; null when blank. With a null
     * {@code where} the call only peeks (layout detection) and reports nothing.
     */
    String text(int row, int col, Location where) {
        Cell c = resolved(row, col);
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            if (!hasCachedValue(c)) {
                if (where != null) {
                    noCachedValue(c, where);
                }
                return null;
            }
            type = c.getCachedFormulaResultType();
        }
        String s = switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> {
                double d = numberOf(c);
                if (!Double.isFinite(d)) {
                    if (where != null) {
                        notANumber(c, where, storedText(c, d));
                    }
                    yield null;
                }
                yield DateUtil.isCellDateFormatted(c) ? isoDate(c) : plainNumber(d);
            }
            case BOOLEAN -> c.getBooleanCellValue() ? "是" : "否";
            default -> null;
        };
        if (s == null) {
            return null;
        }
        s = TextNormalizer.trim(s);
        return s.isEmpty() ? null : s;
    }

    private static String isoDate(Cell c) {
        try {
            return c.getLocalDateTimeCellValue().toLocalDate().toString();
        } catch (RuntimeException e) {
            return plainNumber(c.getNumericCellValue());
        }
    }

    /**
     * A numeric cell's value; NaN when the stored text is no number at all. Excel never stores NaN, infinities
     * ({@code <v>1e999</v>} overflows) or text in a numeric cell, but a generated file may: callers report every
     * non-finite value as xlsx.number.
     */
    private static double numberOf(Cell c) {
        try {
            return c.getNumericCellValue();
        } catch (IllegalStateException | NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The value as stored in the file ({@code 1e999}, {@code INF}), for the finding's "found". */
    private static String storedText(Cell c, double d) {
        if (c instanceof XSSFCell x && x.getCTCell().isSetV()) {
            return x.getCTCell().getV();
        }
        return Double.toString(d);
    }

    static String plainNumber(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return stripNoise(BigDecimal.valueOf(d)).toPlainString();
    }

    /** An amount; empty when the cell is blank or unreadable (then a finding was added). Merged regions are not resolved. */
    Optional<BigDecimal> amount(int row, int col, Location where) {
        Cell c = cell(row, col);
        if (c == null) {
            return Optional.empty();
        }
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            if (!hasCachedValue(c)) {
                noCachedValue(c, where);
                return Optional.empty();
            }
            type = c.getCachedFormulaResultType();
        }
        switch (type) {
            case BLANK:
                return Optional.empty();
            case STRING: {
                String raw = c.getStringCellValue();
                if (TextNormalizer.trim(raw).isEmpty()) {
                    return Optional.empty();
                }
                Optional<BigDecimal> v = TextNormalizer.parseDecimal(raw);
                if (v.isEmpty()) {
                    notANumber(c, where, raw);
                }
                return v;
            }
            case NUMERIC: {
                double d = numberOf(c);
                if (!Double.isFinite(d)) {
                    notANumber(c, where, storedText(c, d));
                    return Optional.empty();
                }
                if (DateUtil.isCellDateFormatted(c)) {
                    findings.add(FindingFactory.cellError(XlsxRules.DATE_IN_AMOUNT,
                            "单元格 " + ref(c) + columnPart(where) + "是日期，不是金额或数量。",
                            where.withCell(ref(c)), c.toString(),
                            "请把该单元格的格式改为“数值”或“常规”，并填写金额。"));
                    return Optional.empty();
                }
                return Optional.of(numeric(d, c.getCellStyle().getDataFormatString()));
            }
            case ERROR:
                notANumber(c, where, "错误值");
                return Optional.empty();
            default:
                notANumber(c, where, c.toString());
                return Optional.empty();
        }
    }

    /** A whole number (counts, years); empty when blank or unreadable (then a finding was added). */
    Optional<Integer> integer(int row, int col, Location where) {
        Optional<BigDecimal> v = amount(row, col, where);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(v.get().stripTrailingZeros().intValueExact());
        } catch (ArithmeticException e) {
            Cell c = cell(row, col);
            findings.add(FindingFactory.cellError(XlsxRules.NUMBER,
                    "单元格 " + ref(c) + columnPart(where) + "应填写整数，实际为“" + v.get().toPlainString() + "”。",
                    where.withCell(ref(c)), v.get().toPlainString(), "请填写不带小数的整数。"));
            return Optional.empty();
        }
    }

    /**
     * The decimal a numeric cell shows: a format with k decimals gives scale k when the value fits
     * (0 formatted "0.0" → 0.0); General keeps the number's own decimals (0 → 0, 121.3 → 121.3).
     * Binary noise of computed values (121.30000000000001) is removed first.
     *
     * @param d a finite value (callers turn NaN and infinities into an xlsx.number finding)
     */
    static BigDecimal numeric(double d, String format) {
        BigDecimal v = stripNoise(BigDecimal.valueOf(d));
        int k = formatDecimals(format);
        if (k >= 0 && v.scale() <= k) {
            return v.setScale(k, RoundingMode.UNNECESSARY);
        }
        return v;
    }

    static BigDecimal stripNoise(BigDecimal v) {
        if (v.scale() > 9) {
            BigDecimal r = v.setScale(9, RoundingMode.HALF_UP);
            if (r.subtract(v).abs().compareTo(new BigDecimal("1e-10")) <= 0) {
                v = r;
            }
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Decimals a number format shows; -1 for General/text formats. */
    static int formatDecimals(String format) {
        if (format == null) {
            return -1;
        }
        String f = format.trim();
        if (f.isEmpty() || f.equalsIgnoreCase("General") || f.equals("@")) {
            return -1;
        }
        int semi = f.indexOf(';');
        if (semi >= 0) {
            f = f.substring(0, semi);
        }
        f = f.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        if (f.toLowerCase(Locale.ROOT).contains("general")) {
            return -1;
        }
        int dot = f.indexOf('.');
        if (dot < 0) {
            return f.contains("0") || f.contains("#") ? 0 : -1;
        }
        int zeros = 0;
        for (int i = dot + 1; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == '0') {
                zeros++;
            } else if (ch != '#' && ch != '?' && ch != ',') {
                break;
            }
        }
        return zeros;
    }

    static boolean hasCachedValue(Cell c) {
        if (c instanceof XSSFCell x) {
            return x.getCTCell().isSetV() || x.getCachedFormulaResultType() == CellType.STRING && x.getCTCell().isSetIs();
        }
        return true;
    }

    private void noCachedValue(Cell c, Location where) {
        findings.add(FindingFactory.cellError(XlsxRules.FORMULA_NO_VALUE,
                "单元格 " + ref(c) + columnPart(where) + "是公式“=" + safeFormula(c) + "”，但文件中没有保存计算结果。",
                where.withCell(ref(c)), "=" + safeFormula(c),
                "请用 Excel 或 WPS 打开工作簿、确认公式已计算后保存，再重新提交；或把公式改为数值。"));
    }

    private static String safeFormula(Cell c) {
        try {
            return c.getCellFormula();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private void notANumber(Cell c, Location where, String raw) {
        findings.add(FindingFactory.cellError(XlsxRules.NUMBER,
                "单元格 " + ref(c) + columnPart(where) + "不是可识别的数字：“" + raw + "”。",
                where.withCell(ref(c)), raw,
                "金额请只填写数字（可带小数点和千分位逗号），不要填写单位、文字或多个数。"));
    }

    private String ref(Cell c) {
        return ref(c.getRowIndex(), c.getColumnIndex());
    }

    private static String columnPart(Location where) {
        if (where != null && where.columnTitle() != null) {
            return "（“" + where.columnTitle() + "”列）";
        }
        return "";
    }

    static LocalDate excelDate(double d) {
        return DateUtil.getLocalDateTime(d).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
