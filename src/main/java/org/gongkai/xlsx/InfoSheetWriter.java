package org.gongkai.xlsx;

import static org.gongkai.xlsx.InfoLabels.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Department;
import org.gongkai.model.Explanations;
import org.gongkai.model.OtherMatters;
import org.gongkai.model.Performance;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ChineseNumerals;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.TableSpec;

/**
 * Writes the 基本信息与说明 sheet: labelled key/value sections and small tables for everything of a submission
 * that is not one of the standard tables. {@code blankRows} empty rows follow each list (template: room to fill in).
 */
final class InfoSheetWriter {
    private final Styles styles;
    private final TableSheetWriter cells;
    private final int blankRows;
    private Sheet sheet;
    private int row;
    private int section;

    InfoSheetWriter(Styles styles, int blankRows) {
        this.styles = styles;
        this.cells = new TableSheetWriter(styles);
        this.blankRows = blankRows;
    }

    void write(Sheet target, Submission s, DisclosureProfile profile) {
        this.sheet = target;
        this.row = 0;
        this.section = 0;
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        sheet.setColumnWidth(4, 16 * 256);
        sheet.setColumnWidth(5, 60 * 256);
        TableSheetWriter.text(sheet, row++, 0, SheetNames.INFO, styles.title);
        TableSheetWriter.text(sheet, row++, 0,
                "灰色单元格是标签，请勿修改；在其右侧或下方填写。金额单位与各表一致；没有的内容留空。", styles.plain);
        row++;

        Department d = s.department() == null ? new Department(null, null, null, null, null, null, null, null) : s.department();
        Department.Contact contact = d.contact() == null ? new Department.Contact(null, null, null) : d.contact();
        section(S_BASIC);
        kvInt(FORMAT_VERSION, s.formatVersion());
        kvText(PROFILE, s.profile());
        kvInt(FISCAL_YEAR, s.fiscalYear());
        kvText(AMOUNT_UNIT, s.amountUnit());
        kvInt(PRECISION, s.precision());
        kvText(APPROVAL_DATE, s.approvalDate());
        kvText(DEPT_CODE, d.code());
        kvText(DEPT_NAME, d.name());
        kvText(DEPT_LEVEL, d.level());
        kvText(DEPT_REGION, d.region());
        kvText(CONTACT_NAME, contact.name());
        kvText(CONTACT_EMAIL, contact.email());
        kvText(CONTACT_PHONE, contact.phone());

        section(S_DUTIES);
        header(C_SEQ, C_DUTY);
        int n = 1;
        for (String duty : d.duties()) {
            record(Integer.toString(n++), duty);
        }
        blanks(2);

        section(S_UNITS);
        header(C_UNIT_CODE, C_UNIT_NAME, C_UNIT_KIND, C_UNIT_HQ);
        for (Department.BudgetUnit u : d.units()) {
            record(u.code(), u.name(), u.kind(), u.isHeadquarters() == null ? null : u.isHeadquarters() ? "是" : "否");
        }
        blanks(4);

        section(S_DIVISIONS);
        header(C_SEQ, C_DIVISION);
        n = 1;
        for (String div : d.divisions()) {
            record(Integer.toString(n++), div);
        }
        blanks(2);

        Explanations e = s.explanations();
        section(S_REASONS);
        kvText(R_INCOME, e.incomeChange());
        kvText(R_EXPENDITURE, e.expenditureChange());
        kvText(R_FISCAL, e.fiscalAppropriationChange());
        kvText(R_GENERAL, e.generalBudgetChange());
        kvText(R_OPERATING, e.operatingCostChange());

        PriorYear p = s.priorYear();
        section(S_PRIOR);
        kvAmount(P_INCOME, p.incomeTotal());
        kvAmount(P_EXPENDITURE, p.expenditureTotal());
        for (Map.Entry<String, String> f : P_FISCAL.entrySet()) {
            kvAmount(f.getValue(), p.fiscalAppropriation().get(f.getKey()));
        }
        kvAmount(P_GENERAL_EXPENDITURE, p.generalBudgetExpenditure());
        kvAmount(P_OPERATING, p.operatingCosts());

        section(S_ITEMS);
        header(C_ITEM_CODE, C_ITEM_NAME, C_PRIOR, C_REASON);
        Set<String> codes = new LinkedHashSet<>(p.items().keySet());
        codes.addAll(e.itemChanges().keySet());
        Map<String, String> names = functionNames(s);
        for (String code : codes) {
            int r = row++;
            cellText(r, 0, code, styles.code);
            cellText(r, 1, names.get(code), styles.text);
            cells.amount(sheet, r, 2, p.items().get(code));
            cellText(r, 3, e.itemChanges().get(code), styles.text);
        }
        blanks(4);

        section(S_THREE_PUBLIC);
        header(C_ITEM, C_PRIOR, C_REASON);
        for (Map.Entry<String, String> c : threePublicLabels(profile).entrySet()) {
            int r = row++;
            cellText(r, 0, c.getValue(), styles.label);
            cells.amount(sheet, r, 1, p.threePublic().get(c.getKey()));
            cellText(r, 2, e.threePublicChanges().get(c.getKey()), styles.text);
        }

        section(S_TABLE_NOTES);
        header(C_TABLE, C_NOTE);
        for (TableSpec t : profile.tables()) {
            if (t.emptyNote() != null || e.tableNotes().containsKey(t.id())) {
                int r = row++;
                cellText(r, 0, t.title(), styles.label);
                cellText(r, 1, e.tableNotes().get(t.id()), styles.text);
            }
        }

        OtherMatters o = s.otherMatters();
        OtherMatters.Assets a = o.assets() == null ? new OtherMatters.Assets(null, null, null, null) : o.assets();
        OtherMatters.Vehicles v = a.vehicles() == null ? new OtherMatters.Vehicles(null, null, null, null) : a.vehicles();
        section(S_OTHER);
        kvAmount(O_OPERATING, o.operatingCosts());
        kvText(O_AS_OF, a.asOf());
        kvInt(O_V_GENERAL, v.general());
        kvInt(O_V_LAW, v.lawEnforcement());
        kvInt(O_V_SPECIAL, v.specialTechnical());
        kvInt(O_V_OTHER, v.other());
        kvInt(O_EQ_GENERAL, a.generalEquipmentOver500k());
        kvInt(O_EQ_SPECIAL, a.specialEquipmentOver1m());

        section(S_KEY_PROJECTS);
        header(C_PROJECT, C_AMOUNT, C_TARGET);
        for (OtherMatters.KeyProject k : o.keyProjects()) {
            int r = row++;
            cellText(r, 0, k.name(), styles.text);
            cells.amount(sheet, r, 1, k.amount());
            cellText(r, 2, k.target(), styles.text);
        }
        blanks(3);

        section(S_TRANSFERS);
        header(C_PROJECT, C_AMOUNT);
        for (OtherMatters.SpecialTransfer t : o.specialTransferProjects()) {
            int r = row++;
            cellText(r, 0, t.name(), styles.text);
            cells.amount(sheet, r, 1, t.amount());
        }
        blanks(2);

        Performance.DepartmentTargets dt = s.performance().department();
        Performance.TargetBudget b = dt == null || dt.budget() == null
                ? new Performance.TargetBudget(null, null, null, null, null, null) : dt.budget();
        section(S_TARGETS);
        kvText(T_GOAL, dt == null ? null : dt.goal());
        kvAmount(T_TOTAL, b.total());
        kvAmount(T_GOV, b.governmentFunds());
        kvAmount(T_SPECIAL, b.specialAccount());
        kvAmount(T_UNIT, b.unitFunds());
        kvAmount(T_BASIC, b.basic());
        kvAmount(T_PROJECT, b.project());

        section(S_TASKS);
        header(C_TASK, C_CONTENT);
        for (Performance.Task t : dt == null ? List.<Performance.Task>of() : dt.tasks()) {
            record(t.name(), t.content());
        }
        blanks(3);

        section(S_INDICATORS);
        header(C_L1, C_L2, C_L3, C_VALUE, C_DESCRIPTION);
        for (Performance.Indicator i : dt == null ? List.<Performance.Indicator>of() : dt.indicators()) {
            record(i.level1(), i.level2(), i.level3(), i.value(), i.description());
        }
        blanks(10);
    }

    private static Map<String, String> functionNames(Submission s) {
        Map<String, String> names = new java.util.HashMap<>();
        for (BudgetTable t : s.tables().values()) {
            for (TableRow r : t.rows()) {
                if (r.functionCode() != null && r.name() != null) {
                    names.putIfAbsent(r.functionCode(), r.name());
                }
            }
        }
        return names;
    }

    private void section(String title) {
        row++;
        section++;
        TableSheetWriter.text(sheet, row, 0, ChineseNumerals.of(section) + "、" + title, styles.section);
        row++;
    }

    private void header(String... labels) {
        for (int i = 0; i < labels.length; i++) {
            cellText(row, i, labels[i], styles.label);
        }
        row++;
    }

    private void record(String... values) {
        List<String> l = new ArrayList<>(List.of(nn(values)));
        for (int i = 0; i < l.size(); i++) {
            cellText(row, i, l.get(i), i == 0 && values.length > 2 ? styles.code : styles.text);
        }
        row++;
    }

    private static String[] nn(String[] a) {
        String[] r = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] == null ? "" : a[i];
        }
        return r;
    }

    private void blanks(int columns) {
        for (int i = 0; i < blankRows; i++) {
            for (int c = 0; c < columns; c++) {
                cellText(row, c, null, styles.text);
            }
            row++;
        }
    }

    private void kvText(String label, String value) {
        cellText(row, 0, label, styles.label);
        cellText(row, 1, value, styles.text);
        if (value != null && value.length() > 40) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 1, 5));
        }
        row++;
    }

    private void kvInt(String label, Integer value) {
        cellText(row, 0, label, styles.label);
        Cell c = TableSheetWriter.row(sheet, row).createCell(1);
        c.setCellStyle(styles.number(0));
        if (value != null) {
            c.setCellValue(value);
        }
        row++;
    }

    private void kvAmount(String label, BigDecimal value) {
        cellText(row, 0, label, styles.label);
        cells.amount(sheet, row, 1, value);
        row++;
    }

    private void cellText(int r, int c, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        TableSheetWriter.text(sheet, r, c, value == null || value.isEmpty() ? null : value, style);
    }
}
