package org.gongkai.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Performance;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.narrative.AmountUnit;
import org.gongkai.narrative.Amounts;
import java.math.RoundingMode;
import org.gongkai.profile.ChineseNumerals;
import org.gongkai.profile.ColumnSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.RowSpec;
import org.gongkai.profile.TableSpec;
import org.gongkai.profile.TextFormat;

/** Builds the printable tables of a submission generically from its disclosure profile. */
public final class TableModelBuilder {

    public List<TableModel> build(Submission s) {
        DisclosureProfile profile = DisclosureProfile.forSubmission(s.profile());
        List<TableModel> out = new ArrayList<>();
        for (TableSpec spec : profile.tables()) {
            out.add(build(s, spec));
        }
        return out;
    }

    /** How the amounts of one table print: its decimals and whether thousands are grouped ("371,514,655.00"). */
    private record Style(int precision, boolean grouping) {
    }

    private static Style style(Submission s, TableSpec spec) {
        DisclosureProfile p = DisclosureProfile.forSubmission(s.profile());
        int precision = spec.decimals() != null ? spec.decimals() : s.precisionOrDefault();
        return new Style(precision, Boolean.TRUE.equals(p.tableGrouping()));
    }

    public TableModel build(Submission s, TableSpec spec) {
        return switch (spec.layout()) {
            case BALANCE -> balance(s, spec);
            case FIXED -> fixed(s, spec);
            case GRID -> grid(s, spec);
            case FORM -> form(s, spec);
        };
    }

    // ---------------------------------------------------------------- grid

    private TableModel grid(Submission s, TableSpec spec) {
        Style precision = style(s, spec);
        List<ColumnSpec> all = new ArrayList<>(spec.keyColumns());
        all.addAll(spec.columns());
        BudgetTable t = s.table(spec.id());
        List<TableModel.Row> rows = new ArrayList<>();
        int nameIndex = indexOfType(spec.keyColumns(), ColumnSpec.Type.NAME);
        for (TableRow r : t.rows()) {
            List<TableModel.Cell> cells = new ArrayList<>();
            TableRow.Kind kind = r.rowKind();
            if (kind == TableRow.Kind.TOTAL) {
                cells.add(TableModel.Cell.rowHeader("合计", spec.keyColumns().size()));
            } else {
                boolean unitPlaced = false;
                for (int k = 0; k < spec.keyColumns().size(); k++) {
                    ColumnSpec c = spec.keyColumns().get(k);
                    String v = keyText(r, c);
                    if (kind == TableRow.Kind.UNIT && c.type() == ColumnSpec.Type.UNIT_CODE) {
                        unitPlaced = true;
                    }
                    boolean isName = k == nameIndex || (nameIndex < 0 && k == spec.keyColumns().size() - 1);
                    cells.add(isName ? TableModel.Cell.rowHeader(v, 1) : TableModel.Cell.ofText(v));
                }
                if (kind == TableRow.Kind.UNIT && !unitPlaced && !cells.isEmpty() && r.unitCode() != null) {
                    cells.set(0, TableModel.Cell.ofText(r.unitCode()));
                }
            }
            for (ColumnSpec c : spec.columns()) {
                cells.add(valueCell(r, c, precision));
            }
            rows.add(new TableModel.Row(kind.name().toLowerCase(java.util.Locale.ROOT), cells));
        }
        boolean empty = spec.emptyNote() != null && t.items().isEmpty()
                && ("allZero".equals(spec.emptyWhen()) ? allZero(t) : true);
        return model(s, spec, all, rows, empty);
    }

    private static String keyText(TableRow r, ColumnSpec c) {
        String fn = r.functionCode();
        String econ = r.econCode();
        String gov = r.govEconCode();
        return switch (c.type()) {
            case FUNCTION_CLASS -> part(fn, 0, 3);
            case FUNCTION_KUAN -> part(fn, 3, 5);
            case FUNCTION_XIANG -> part(fn, 5, 7);
            case UNIT_CODE -> r.unitCode();
            case NAME -> r.name();
            case ECON_CODE -> econ;
            case ECON_CLASS -> part(econ, 0, 3);
            case ECON_KUAN -> part(econ, 3, 5);
            case GOV_ECON_CODE -> gov;
            case GOV_ECON_CLASS -> part(gov, 0, 3);
            case GOV_ECON_KUAN -> part(gov, 3, 5);
            case GOV_ECON_NAME -> r.govEconName();
            case FUNCTION_CODE -> spaced(fn);
            case ECON_CODE_SPACED -> spaced(econ);
            case TEXT -> r.text(c.id());
            default -> r.text(c.id());
        };
    }

    private static String part(String code, int from, int to) {
        if (code == null || code.length() < to) {
            return code != null && code.length() > from && code.length() < to ? code.substring(from) : "";
        }
        return code.substring(from, to);
    }

    private static TableModel.Cell valueCell(TableRow r, ColumnSpec c, Style style) {
        if (!c.isValue()) {
            return TableModel.Cell.ofText(r.text(c.id()));
        }
        if (r == null || !r.has(c.id())) {
            return TableModel.Cell.ofText("");
        }
        BigDecimal v = r.values().get(c.id());
        String printed = c.type() == ColumnSpec.Type.NUMBER ? v.stripTrailingZeros().toPlainString() : amount(v, style);
        return TableModel.Cell.ofNumber(printed, v);
    }

    /** An amount as the table prints it: {@link Amounts#table} (zeros as written), thousands grouped when the profile says so. */
    private static String amount(BigDecimal v, Style style) {
        if (!style.grouping() || v.signum() == 0) {
            return Amounts.table(v, style.precision());
        }
        return TextFormat.write(v.setScale(style.precision(), RoundingMode.HALF_UP), style.precision(), true);
    }

    /** "2011301" → "201 13 01"; "30101" → "301 01". */
    private static String spaced(String code) {
        if (code == null) {
            return "";
        }
        String c = code.strip();
        StringBuilder sb = new StringBuilder(c.substring(0, Math.min(3, c.length())));
        for (int i = 3; i < c.length(); i += 2) {
            sb.append(' ').append(c, i, Math.min(i + 2, c.length()));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- balance

    private TableModel balance(Submission s, TableSpec spec) {
        Style precision = style(s, spec);
        BudgetTable t = s.table(spec.id());
        List<ColumnSpec> all = new ArrayList<>();
        all.add(new ColumnSpec("income.label", spec.incomeLabelHeader(), ColumnSpec.Type.NAME));
        spec.incomeColumns().forEach(c -> all.add(new ColumnSpec("income." + c.id(), c.header(), c.type())));
        all.add(new ColumnSpec("expenditure.label", spec.expenditureLabelHeader(), ColumnSpec.Type.NAME));
        spec.expenditureColumns().forEach(c -> all.add(new ColumnSpec("expenditure." + c.id(), c.header(), c.type())));
        List<TableModel.Row> rows = new ArrayList<>();
        List<RowSpec> incomeRows = spec.incomeRows();
        List<RowSpec> expenditureRows = spec.expenditureRows();
        if (spec.hasFreeRows()) {
            List<RowSpec> present = new ArrayList<>();
            for (RowSpec r : expenditureRows) {
                if (t.fixedRow(r.key()).isPresent()) {
                    present.add(new RowSpec(r.key(), ChineseNumerals.of(present.size() + 1) + "、" + r.label(), r.functionClass(),
                            r.legacy(), r.partOf(), r.sumOf()));
                }
            }
            expenditureRows = present;
        }
        int n = Math.max(incomeRows.size(), expenditureRows.size());
        for (int i = 0; i < n; i++) {
            RowSpec in = i < incomeRows.size() ? incomeRows.get(i) : null;
            RowSpec ex = i < expenditureRows.size() ? expenditureRows.get(i) : null;
            rows.add(new TableModel.Row("fixed", balanceCells(t, spec, in, ex, precision)));
        }
        for (List<RowSpec> pair : spec.footerRows()) {
            RowSpec in = pair.stream().filter(r -> r.key().startsWith("income.")).findFirst().orElse(null);
            RowSpec ex = pair.stream().filter(r -> r.key().startsWith("expenditure.")).findFirst().orElse(null);
            rows.add(new TableModel.Row("total", balanceCells(t, spec, in, ex, precision)));
        }
        return model(s, spec, all, rows, false);
    }

    private List<TableModel.Cell> balanceCells(BudgetTable t, TableSpec spec, RowSpec in, RowSpec ex, Style precision) {
        List<TableModel.Cell> cells = new ArrayList<>();
        side(cells, t, in, spec.incomeColumns(), precision);
        side(cells, t, ex, spec.expenditureColumns(), precision);
        return cells;
    }

    private void side(List<TableModel.Cell> cells, BudgetTable t, RowSpec r, List<ColumnSpec> cols, Style precision) {
        if (r == null) {
            cells.add(TableModel.Cell.ofText(""));
            cols.forEach(c -> cells.add(TableModel.Cell.ofText("")));
            return;
        }
        cells.add(TableModel.Cell.rowHeader(r.label(), 1));
        TableRow row = t.fixedRow(r.key()).orElse(null);
        for (ColumnSpec c : cols) {
            cells.add(row == null ? TableModel.Cell.ofText("") : valueCell(row, c, precision));
        }
    }

    // ---------------------------------------------------------------- fixed

    private TableModel fixed(Submission s, TableSpec spec) {
        Style precision = style(s, spec);
        BudgetTable t = s.table(spec.id());
        boolean labelled = spec.fixedRows().stream().anyMatch(r -> r.label() != null && !r.label().isBlank());
        List<ColumnSpec> all = new ArrayList<>();
        if (labelled) {
            List<String> header = spec.keyColumns().stream().filter(c -> c.type() == ColumnSpec.Type.NAME).findFirst()
                    .map(ColumnSpec::header).orElse(List.of("项目"));
            all.add(new ColumnSpec("label", header, ColumnSpec.Type.NAME));
        }
        all.addAll(spec.columns());
        List<TableModel.Row> rows = new ArrayList<>();
        for (RowSpec rs : spec.fixedRows()) {
            TableRow row = t.fixedRow(rs.key()).orElse(null);
            List<TableModel.Cell> cells = new ArrayList<>();
            if (labelled) {
                cells.add(TableModel.Cell.rowHeader(rs.label(), 1));
            }
            for (ColumnSpec c : spec.columns()) {
                cells.add(row == null ? TableModel.Cell.ofText("") : valueCell(row, c, precision));
            }
            rows.add(new TableModel.Row("fixed", cells));
        }
        boolean empty = spec.emptyNote() != null && allZero(t);
        return model(s, spec, all, rows, empty);
    }

    // ---------------------------------------------------------------- form (部门整体绩效目标表)

    private TableModel form(Submission s, TableSpec spec) {
        Style precision = style(s, spec);
        Performance.DepartmentTargets d = s.performance().department();
        List<ColumnSpec> cols = List.of(
                new ColumnSpec("level1", List.of("一级指标"), ColumnSpec.Type.TEXT),
                new ColumnSpec("level2", List.of("二级指标"), ColumnSpec.Type.TEXT),
                new ColumnSpec("level3", List.of("三级指标"), ColumnSpec.Type.TEXT),
                new ColumnSpec("value", List.of("指标值"), ColumnSpec.Type.TEXT),
                new ColumnSpec("description", List.of("指标值说明"), ColumnSpec.Type.TEXT));
        List<TableModel.Row> rows = new ArrayList<>();
        rows.add(formRow("head", TableModel.Cell.rowHeader("部门（单位）名称", 1), span(TableModel.Cell.ofText(s.departmentName()), 4)));
        if (d == null) {
            rows.add(formRow("head", TableModel.Cell.rowHeader("年度履职目标", 1), span(TableModel.Cell.ofText("（未填报）"), 4)));
            return model(s, spec, cols, rows, false);
        }
        rows.add(formRow("head", TableModel.Cell.rowHeader("年度履职目标", 1), span(TableModel.Cell.ofText(d.goal()), 4)));
        rows.add(formRow("head", new TableModel.Cell("年度主要任务", null, 1, 1 + d.tasks().size(), true, "rowgroup"),
                new TableModel.Cell("任务名称", null, 1, 1, true, "col"),
                new TableModel.Cell("主要内容", null, 3, 1, true, "col")));
        for (Performance.Task task : d.tasks()) {
            rows.add(formRow("task", TableModel.Cell.rowHeader(task.name(), 1), span(TableModel.Cell.ofText(task.content()), 3)));
        }
        Performance.TargetBudget b = d.budget();
        String[][] budgetLines = {
            {"部门预算总额（" + AmountUnit.of(s.amountUnit()).label() + "）", "total"}, {"1、资金来源：（1）政府预算资金", "governmentFunds"},
            {"（2）财政专户管理资金", "specialAccount"}, {"（3）单位资金", "unitFunds"},
            {"2、资金结构：（1）基本支出", "basic"}, {"（2）项目支出", "project"}};
        for (int i = 0; i < budgetLines.length; i++) {
            List<TableModel.Cell> cells = new ArrayList<>();
            if (i == 0) {
                cells.add(new TableModel.Cell("预算情况", null, 1, budgetLines.length, true, "rowgroup"));
            }
            cells.add(new TableModel.Cell(budgetLines[i][0], null, 2, 1, true, "row"));
            BigDecimal v = b == null ? null : budgetValue(b, budgetLines[i][1]);
            cells.add(span(v == null ? TableModel.Cell.ofText("") : TableModel.Cell.ofNumber(amount(v, precision), v), 2));
            rows.add(new TableModel.Row("budget", cells));
        }
        rows.add(new TableModel.Row("indicator-head", cols.stream()
                .map(c -> new TableModel.Cell(c.header().get(0), null, 1, 1, true, "col")).toList()));
        List<Performance.Indicator> ind = d.indicators();
        for (int i = 0; i < ind.size(); i++) {
            Performance.Indicator x = ind.get(i);
            List<TableModel.Cell> cells = new ArrayList<>();
            if (i == 0 || !eq(ind.get(i - 1).level1(), x.level1())) {
                int span = 1;
                while (i + span < ind.size() && eq(ind.get(i + span).level1(), x.level1())) {
                    span++;
                }
                cells.add(new TableModel.Cell(nn(x.level1()), null, 1, span, true, "rowgroup"));
            }
            if (i == 0 || !eq(ind.get(i - 1).level1(), x.level1()) || !eq(ind.get(i - 1).level2(), x.level2())) {
                int span = 1;
                while (i + span < ind.size() && eq(ind.get(i + span).level1(), x.level1())
                        && eq(ind.get(i + span).level2(), x.level2())) {
                    span++;
                }
                cells.add(new TableModel.Cell(nn(x.level2()), null, 1, span, true, "rowgroup"));
            }
            cells.add(TableModel.Cell.rowHeader(x.level3(), 1));
            cells.add(TableModel.Cell.ofText(x.value()));
            cells.add(TableModel.Cell.ofText(x.description()));
            rows.add(new TableModel.Row("indicator", cells));
        }
        return model(s, spec, cols, rows, false);
    }

    private static BigDecimal budgetValue(Performance.TargetBudget b, String key) {
        return switch (key) {
            case "total" -> b.total();
            case "governmentFunds" -> b.governmentFunds();
            case "specialAccount" -> b.specialAccount();
            case "unitFunds" -> b.unitFunds();
            case "basic" -> b.basic();
            default -> b.project();
        };
    }

    private static TableModel.Row formRow(String kind, TableModel.Cell... cells) {
        return new TableModel.Row(kind, List.of(cells));
    }

    private static TableModel.Cell span(TableModel.Cell c, int colspan) {
        return c.withSpan(colspan, 1);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------- common

    private TableModel model(Submission s, TableSpec spec, List<ColumnSpec> columns, List<TableModel.Row> rows, boolean empty) {
        DisclosureProfile profile = DisclosureProfile.forSubmission(s.profile());
        AmountUnit unit = AmountUnit.of(profile.unitOf(spec, s.amountUnit()));
        List<List<String>> paths = columns.stream().map(c -> c.header().stream().map(unit::relabel).toList()).toList();
        List<TableModel.Column> cols = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cols.add(new TableModel.Column(columns.get(i).id(), String.join("/", paths.get(i)), columns.get(i).isValue()));
        }
        List<List<TableModel.Cell>> header = spec.layout() == TableSpec.Layout.FORM ? List.of() : HeaderLayout.layout(paths);
        List<String> notes = new ArrayList<>(spec.notes());
        int year = s.fiscalYear() == null ? 0 : s.fiscalYear();
        String override = s.explanations().tableNotes().get(spec.id());
        if (override != null && !override.isBlank()) {
            notes.add(override.trim());
        } else if (empty) {
            notes.add(spec.emptyNoteFor(year));
        }
        return new TableModel(spec.id(), spec.number(), spec.titleFor(year), List.copyOf(cols), header, rows, notes, empty,
                spec.layout() == TableSpec.Layout.FORM, unit.label());
    }

    private static boolean allZero(BudgetTable t) {
        return t.rows().stream().flatMap(r -> r.values().values().stream()).allMatch(v -> v == null || v.signum() == 0);
    }

    private static int indexOfType(List<ColumnSpec> cols, ColumnSpec.Type type) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }
}
