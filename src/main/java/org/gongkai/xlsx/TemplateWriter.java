package org.gongkai.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.Department;
import org.gongkai.model.Submission;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;

/**
 * Writes the blank workbook a department fills in: 填写说明, 基本信息与说明 (prefilled with the department and
 * year), one sheet per table with its headers, fixed rows, a department row, blank rows whose code cells offer
 * drop-down lists, and 合计/小计 cells as formulas. Read back by {@link WorkbookSubmissionReader}.
 */
public final class TemplateWriter {
    /** Blank data rows per coded table. */
    static final int BLANK_ROWS = 30;
    private static final int INFO_BLANK_ROWS = 6;

    private final ClassificationCodes codes;

    public TemplateWriter() {
        this(new CatalogClassificationCodes());
    }

    public TemplateWriter(ClassificationCodes codes) {
        this.codes = codes;
    }

    public void write(TemplateRequest request, Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(request, out);
        }
    }

    public byte[] toBytes(TemplateRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(request, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(TemplateRequest request, OutputStream out) throws IOException {
        DisclosureProfile profile = DisclosureProfile.require(request.profileId());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            InstructionsSheet.write(wb.createSheet(SheetNames.INSTRUCTIONS), styles, profile, request);
            Department dept = new Department(request.departmentCode(), request.departmentName(), null, null, null, null, null, null);
            Submission skeleton = new Submission(1, profile.id(), request.fiscalYear(),
                    profile.amountUnit() == null ? "万元" : profile.amountUnit(), profile.precision() == null ? 1 : profile.precision(), null, dept,
                    null, null, null, null, null);
            new InfoSheetWriter(styles, INFO_BLANK_ROWS).write(wb.createSheet(SheetNames.INFO), skeleton, profile);
            List<Map.Entry<String, Object>> fields = FieldSheet.templateFields(profile);
            if (!fields.isEmpty()) {
                FieldSheet.write(wb.createSheet(FieldSheet.NAME), styles, fields);
            }
            Map<ColumnSpec.Type, String> lists = writeLists(wb, request.fiscalYear());
            TableSheetWriter header = new TableSheetWriter(styles);
            for (TableSpec spec : profile.tables()) {
                TableLayout layout = new TableLayout(spec);
                if (!layout.hasSheet()) {
                    continue;
                }
                Sheet sheet = wb.createSheet(SheetNames.forTable(spec));
                int first = header.writeHeader(sheet, layout, spec.title(), request.departmentName(),
                        profile.unitOf(spec, profile.amountUnit() == null ? "万元" : profile.amountUnit()));
                int next = switch (spec.layout()) {
                    case GRID -> grid(sheet, layout, first, request, styles, lists);
                    case FIXED -> fixed(sheet, layout, first, styles);
                    case BALANCE -> balance(sheet, layout, first, styles);
                    case FORM -> first;
                };
                WorkbookWriter.writeNotes(sheet, spec, next + 1, styles);
            }
            wb.setActiveSheet(0);
            // cache every formula's result (zeros in a blank template), so the file reads even before Excel saved it
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
    }

    // ------------------------------------------------------------------ drop-down lists

    private Map<ColumnSpec.Type, String> writeLists(XSSFWorkbook wb, int year) {
        Sheet sheet = wb.createSheet(SheetNames.LISTS);
        Map<String, List<ClassificationCodes.Code>> columns = new LinkedHashMap<>();
        List<ClassificationCodes.Code> fn = codes.functionCodes(year);
        List<ClassificationCodes.Code> econ = codes.economicCodes(year);
        List<ClassificationCodes.Code> gov = codes.governmentEconomicCodes(year);
        columns.put("功能分类类", filter(fn, c -> c.code().length() == 3));
        columns.put("功能分类款", filter(fn, c -> c.code().length() == 5));
        columns.put("功能分类项", filter(fn, c -> c.code().length() == 7));
        columns.put("部门经济分类类", filter(econ, c -> c.code().length() == 3));
        columns.put("部门经济分类款", filter(econ, c -> c.code().length() == 5));
        columns.put("政府经济分类类", filter(gov, c -> c.code().length() == 3));
        columns.put("政府经济分类款", filter(gov, c -> c.code().length() == 5));
        String[] names = {"FN_CLASS", "FN_KUAN", "FN_XIANG", "ECON_CLASS", "ECON_KUAN", "GOV_ECON_CLASS", "GOV_ECON_KUAN"};
        int col = 0;
        Map<String, String> nameByList = new LinkedHashMap<>();
        for (Map.Entry<String, List<ClassificationCodes.Code>> e : columns.entrySet()) {
            TableSheetWriter.row(sheet, 0).createCell(col).setCellValue(e.getKey());
            int r = 1;
            for (ClassificationCodes.Code c : e.getValue()) {
                TableSheetWriter.row(sheet, r++).createCell(col).setCellValue(c.label());
            }
            if (!e.getValue().isEmpty()) {
                Name name = wb.createName();
                name.setNameName(names[col]);
                String letter = CellReference.convertNumToColString(col);
                name.setRefersToFormula("'" + SheetNames.LISTS + "'!$" + letter + "$2:$" + letter + "$" + r);
                nameByList.put(e.getKey(), names[col]);
            }
            sheet.setColumnWidth(col, 36 * 256);
            col++;
        }
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        Map<ColumnSpec.Type, String> byType = new EnumMap<>(ColumnSpec.Type.class);
        put(byType, ColumnSpec.Type.FUNCTION_CLASS, nameByList.get("功能分类类"));
        put(byType, ColumnSpec.Type.FUNCTION_KUAN, nameByList.get("功能分类款"));
        put(byType, ColumnSpec.Type.FUNCTION_XIANG, nameByList.get("功能分类项"));
        put(byType, ColumnSpec.Type.ECON_CLASS, nameByList.get("部门经济分类类"));
        put(byType, ColumnSpec.Type.ECON_KUAN, nameByList.get("部门经济分类款"));
        put(byType, ColumnSpec.Type.ECON_CODE, nameByList.get("部门经济分类款"));
        put(byType, ColumnSpec.Type.GOV_ECON_CLASS, nameByList.get("政府经济分类类"));
        put(byType, ColumnSpec.Type.GOV_ECON_KUAN, nameByList.get("政府经济分类款"));
        put(byType, ColumnSpec.Type.GOV_ECON_CODE, nameByList.get("政府经济分类款"));
        return byType;
    }

    private static void put(Map<ColumnSpec.Type, String> m, ColumnSpec.Type t, String name) {
        if (name != null) {
            m.put(t, name);
        }
    }

    private static List<ClassificationCodes.Code> filter(List<ClassificationCodes.Code> l, Predicate<ClassificationCodes.Code> p) {
        return l.stream().filter(p).toList();
    }

    // ------------------------------------------------------------------ tables

    private int grid(Sheet sheet, TableLayout layout, int first, TemplateRequest req, Styles styles, Map<ColumnSpec.Type, String> lists) {
        TableSpec spec = layout.table();
        List<TableLayout.Column> cols = layout.columns();
        List<Integer> sumRows = new ArrayList<>();
        int r = first;
        if (spec.rowKinds().contains("total")) {
            TableSheetWriter.text(sheet, r, layout.totalLabelColumn(), "合计", styles.text);
            sumRows.add(r++);
        }
        if (spec.rowKinds().contains("unit")) {
            TableSheetWriter.text(sheet, r, layout.unitCodeColumn(), req.departmentCode(), styles.code);
            TableLayout.Column name = layout.firstOfType(ColumnSpec.Type.NAME);
            if (name != null) {
                TableSheetWriter.text(sheet, r, layout.indexOf(name), req.departmentName(), styles.text);
            }
            sumRows.add(r++);
        }
        int dataFirst = r;
        int dataLast = r + BLANK_ROWS - 1;
        for (int i = 0; i < BLANK_ROWS; i++, r++) {
            for (int c = 0; c < cols.size(); c++) {
                TableLayout.Column col = cols.get(c);
                boolean code = col.role() == TableLayout.Role.KEY && col.type() != ColumnSpec.Type.NAME
                        && col.type() != ColumnSpec.Type.GOV_ECON_NAME;
                TableSheetWriter.text(sheet, r, c, null, code ? styles.code : col.role() == TableLayout.Role.VALUE ? styles.general : styles.text);
            }
        }
        for (int sumRow : sumRows) {
            for (int c = 0; c < cols.size(); c++) {
                TableLayout.Column col = cols.get(c);
                if (col.role() == TableLayout.Role.VALUE && col.type() == ColumnSpec.Type.AMOUNT) {
                    String letter = CellReference.convertNumToColString(c);
                    formula(sheet, sumRow, c, "SUM(" + letter + (dataFirst + 1) + ":" + letter + (dataLast + 1) + ")", styles);
                }
            }
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < cols.size(); c++) {
            String list = lists.get(cols.get(c).type());
            if (list == null || cols.get(c).role() != TableLayout.Role.KEY) {
                continue;
            }
            DataValidation dv = helper.createValidation(helper.createFormulaListConstraint(list),
                    new CellRangeAddressList(dataFirst, dataLast, c, c));
            dv.setShowErrorBox(false);
            dv.setEmptyCellAllowed(true);
            dv.createPromptBox("科目编码", "可从列表选择，也可直接输入数字编码");
            dv.setShowPromptBox(true);
            sheet.addValidationData(dv);
        }
        return r;
    }

    private static void formula(Sheet sheet, int r, int c, String formula, Styles styles) {
        Cell cell = TableSheetWriter.row(sheet, r).getCell(c);
        if (cell == null) {
            cell = TableSheetWriter.row(sheet, r).createCell(c);
        }
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.general);
    }

    private int fixed(Sheet sheet, TableLayout layout, int first, Styles styles) {
        TableSheetWriter w = new TableSheetWriter(styles);
        int r = first;
        List<TableLayout.Column> cols = layout.columns();
        for (RowSpec spec : layout.table().fixedRows()) {
            WorkbookWriter.writeSide(sheet, layout, TableLayout.Side.NONE, spec, null, r, styles, w);
            for (TableSpec.SumSpec sum : layout.table().rowSums()) {
                int total = columnOf(cols, TableLayout.Side.NONE, sum.total());
                List<String> parts = new ArrayList<>();
                for (String p : sum.parts()) {
                    int pc = columnOf(cols, TableLayout.Side.NONE, p);
                    if (pc >= 0) {
                        parts.add(CellReference.convertNumToColString(pc) + (r + 1));
                    }
                }
                if (total >= 0 && !parts.isEmpty()) {
                    formula(sheet, r, total, "SUM(" + String.join(",", parts) + ")", styles);
                }
            }
            r++;
        }
        return r;
    }

    private int balance(Sheet sheet, TableLayout layout, int first, Styles styles) {
        TableSheetWriter w = new TableSheetWriter(styles);
        TableSpec spec = layout.table();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        int body = Math.max(spec.incomeRows().size(), spec.expenditureRows().size());
        for (int i = 0; i < body; i++) {
            RowSpec in = i < spec.incomeRows().size() ? spec.incomeRows().get(i) : null;
            RowSpec ex = i < spec.expenditureRows().size() ? spec.expenditureRows().get(i) : null;
            WorkbookWriter.writeSide(sheet, layout, TableLayout.Side.INCOME, in, null, first + i, styles, w);
            WorkbookWriter.writeSide(sheet, layout, TableLayout.Side.EXPENDITURE, ex, null, first + i, styles, w);
            if (in != null) {
                rowOf.put(in.key(), first + i);
            }
            if (ex != null) {
                rowOf.put(ex.key(), first + i);
            }
        }
        int r = first + body;
        for (List<RowSpec> pair : spec.footerRows()) {
            RowSpec in = pair.isEmpty() ? null : pair.get(0);
            RowSpec ex = pair.size() > 1 ? pair.get(1) : null;
            WorkbookWriter.writeSide(sheet, layout, TableLayout.Side.INCOME, in, null, r, styles, w);
            WorkbookWriter.writeSide(sheet, layout, TableLayout.Side.EXPENDITURE, ex, null, r, styles, w);
            if (in != null) {
                rowOf.put(in.key(), r);
            }
            if (ex != null) {
                rowOf.put(ex.key(), r);
            }
            r++;
        }
        List<TableLayout.Column> cols = layout.columns();
        sums(sheet, cols, TableLayout.Side.INCOME, spec.incomeRows(), footers(spec, 0), rowOf, styles);
        sums(sheet, cols, TableLayout.Side.EXPENDITURE, spec.expenditureRows(), footers(spec, 1), rowOf, styles);
        return r;
    }

    private static List<RowSpec> footers(TableSpec spec, int side) {
        List<RowSpec> l = new ArrayList<>();
        for (List<RowSpec> pair : spec.footerRows()) {
            if (pair.size() > side && pair.get(side) != null) {
                l.add(pair.get(side));
            }
        }
        return l;
    }

    /** Formulas for rows that are sums of other rows (sumOf): named rows, "incomeRows"/"expenditureRows" or "classes". */
    private static void sums(Sheet sheet, List<TableLayout.Column> cols, TableLayout.Side side, List<RowSpec> bodyRows,
                             List<RowSpec> footerRows, Map<String, Integer> rowOf, Styles styles) {
        List<RowSpec> all = new ArrayList<>(bodyRows);
        all.addAll(footerRows);
        for (RowSpec row : all) {
            if (row.sumOf().isEmpty()) {
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            if (row.sumOf().size() == 1 && (row.sumOf().get(0).endsWith("Rows") || row.sumOf().get(0).equals("classes"))) {
                boolean classes = row.sumOf().get(0).equals("classes");
                for (RowSpec b : bodyRows) {
                    boolean include = classes ? b.functionClass() != null || b.isLegacy()
                            : b.partOf() == null && b.sumOf().isEmpty() && !b.key().equals(row.key());
                    if (include && rowOf.containsKey(b.key())) {
                        parts.add(rowOf.get(b.key()));
                    }
                }
            } else {
                for (String k : row.sumOf()) {
                    if (rowOf.containsKey(k)) {
                        parts.add(rowOf.get(k));
                    }
                }
            }
            if (parts.isEmpty() || !rowOf.containsKey(row.key())) {
                continue;
            }
            int target = rowOf.get(row.key());
            for (int c = 0; c < cols.size(); c++) {
                TableLayout.Column col = cols.get(c);
                if (col.side() != side || col.role() != TableLayout.Role.VALUE) {
                    continue;
                }
                String letter = CellReference.convertNumToColString(c);
                List<String> refs = parts.stream().map(p -> letter + (p + 1)).toList();
                formula(sheet, target, c, "SUM(" + String.join(",", refs) + ")", styles);
            }
        }
    }

    private static int columnOf(List<TableLayout.Column> cols, TableLayout.Side side, String id) {
        for (int i = 0; i < cols.size(); i++) {
            TableLayout.Column c = cols.get(i);
            if (c.side() == side && c.spec() != null && c.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
