package org.gongkai.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.PriorYear;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.narrative.AmountUnit;
import org.gongkai.narrative.ClassificationNames;
import org.gongkai.narrative.CodeSuccessors;
import org.gongkai.narrative.PriorYearFigures;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.Figures;
import org.gongkai.profile.TableSpec;
import org.gongkai.profile.TextFormat;

/**
 * The multi-year view of one department: the figures of every year gongkai holds for it (this submission, then the
 * budgets of earlier years in the archive: staged, else imported with {@code import-reference}), all in this year's
 * amount unit. Totals (收入总计, 支出总计), “三公”经费, 机关运行经费, and this year's largest 功能分类 项 with
 * the same 项 of earlier years (matched by code, through the catalogue editions' successors where a code was
 * replaced; an earlier item that matches nothing is not guessed, it is left out).
 *
 * <p>Computed when the disclosure is rendered (at staging), so the series is part of the document as published —
 * page, PDF and open data carry the same figures, and a published version never changes afterwards.
 *
 * <p>Where a figure is read: the profile's named figures {@code income.total}, {@code expenditure.total},
 * {@code threePublic.total} and {@code operatingCosts} and the 项 of its {@code itemTables} (both shipped profiles
 * declare them); a profile without named figures is read where {@link PriorYearFigures#from} reads the comparatives.
 *
 * @param unit   this year's amount unit (万元 or 元): every value is in it (the open data)
 * @param textUnit the unit the page prints the values in: the one this year's narrative writes amounts in (a template
 *               profile's {@code text}, e.g. 万元 with two decimals and grouping for Shanghai), else {@code unit}
 * @param years  the years held, oldest first (the last one is this submission's)
 * @param totals 收入总计, 支出总计, “三公”经费, 机关运行经费
 * @param items  this year's largest 项 (at most {@link #TOP_ITEMS}), largest first
 * @param charts the charts of the page (none with a single year)
 */
public record YearSeries(String unit, String textUnit, List<Integer> years, List<Line> totals, List<Line> items, List<Chart> charts) {

    /** How far back the archive is searched for the same department's budgets. */
    public static final int YEARS_BACK = 10;
    /** How many of this year's largest 项 the series follows. */
    public static final int TOP_ITEMS = 5;
    /** How many of the latest years the items chart shows (the table shows every year). */
    static final int CHART_YEARS = 4;
    /** Label columns of the charts: years ("2025年"), item names (up to {@link #LABEL_CHARS} characters). */
    static final int YEAR_LABEL_WIDTH = 70;
    static final int ITEM_LABEL_WIDTH = 170;
    /** Room right of the longest bar for its value ("37,151.47"). */
    static final int VALUE_WIDTH = 90;
    /** Chart labels longer than this are cut (the full name is in the table). */
    static final int LABEL_CHARS = 12;

    /**
     * One line of the series.
     *
     * @param id     stable id of the figure (open data): incomeTotal, expenditureTotal, threePublic, operatingCosts,
     *               items.{code}
     * @param title  its name
     * @param code   the 功能分类 code of an item (empty for totals)
     * @param values one per year of {@link #years()} (null: not in that year's budget)
     * @param texts  the values as the page prints them, in {@code textUnit} ("—" for null)
     */
    public record Line(String id, String title, String code, List<BigDecimal> values, List<String> texts) {
    }

    /** No multi-year view (a single year): the page shows no section, the open data still carries this year. */
    public boolean shown() {
        return years.size() > 1;
    }

    public int first() {
        return years.get(0);
    }

    public int last() {
        return years.get(years.size() - 1);
    }

    /** Every line, totals first. */
    public List<Line> lines() {
        List<Line> all = new ArrayList<>(totals);
        all.addAll(items);
        return all;
    }

    /** The figures of one year, in the series' unit. */
    record YearFigures(int year, BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal threePublic,
                       BigDecimal operatingCosts, Map<String, BigDecimal> items, Map<String, String> itemNames) {
    }

    /**
     * The series for {@code s}: this submission and every earlier year of the same department that
     * {@code archive} holds (at most {@link #YEARS_BACK} years back).
     */
    public static YearSeries of(Submission s, PriorYearSource archive, CodeSuccessors successors, ClassificationNames names) {
        AmountUnit unit = AmountUnit.of(unitOf(s, profileOf(s)));
        int precision = precision(s);
        List<YearFigures> years = new ArrayList<>();
        int year = s.fiscalYear() == null ? 0 : s.fiscalYear();
        if (archive != null && s.departmentCode() != null && year > 0) {
            for (int y = year - YEARS_BACK; y < year; y++) {
                Optional<Submission> earlier;
                try {
                    earlier = archive.find(s.departmentCode(), y);
                } catch (RuntimeException e) {
                    earlier = Optional.empty();
                }
                int fy = y;
                earlier.ifPresent(e -> {
                    YearFigures f = read(e, fy, unit.label(), precision);
                    years.add(new YearFigures(fy, f.incomeTotal(), f.expenditureTotal(), f.threePublic(),
                            f.operatingCosts(), forward(f.items(), fy, year, successors), f.itemNames()));
                });
            }
        }
        years.add(read(s, year, unit.label(), precision));
        DisclosureProfile p = profileOf(s);
        org.gongkai.profile.TextFormat fmt = p == null || p.narrativeTemplate() == null ? null
                : p.text().forSubmission(unit.label());
        Text text = fmt != null ? new Text(fmt.unit(), v -> fmt.number(v, unit.label()))
                : new Text(unit.label(), unit::number);
        return build(unit, text, years, names == null ? ClassificationNames.standard() : names);
    }

    /** How the page prints a value (given in the series' unit): the unit it prints in and the formatter. */
    private record Text(String unit, java.util.function.Function<BigDecimal, String> format) {
    }

    private static YearSeries build(AmountUnit unit, Text text, List<YearFigures> years, ClassificationNames names) {
        List<Integer> ys = years.stream().map(YearFigures::year).toList();
        List<Line> totals = new ArrayList<>();
        totals.add(line(text, "incomeTotal", "收入总计", "", years.stream().map(YearFigures::incomeTotal).toList()));
        totals.add(line(text, "expenditureTotal", "支出总计", "", years.stream().map(YearFigures::expenditureTotal).toList()));
        totals.add(line(text, "threePublic", "“三公”经费", "", years.stream().map(YearFigures::threePublic).toList()));
        totals.add(line(text, "operatingCosts", "机关运行经费", "", years.stream().map(YearFigures::operatingCosts).toList()));
        YearFigures now = years.get(years.size() - 1);
        List<Map.Entry<String, BigDecimal>> top = now.items().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().signum() > 0)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ITEMS).toList();
        List<Line> items = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : top) {
            String code = e.getKey();
            String name = now.itemNames().get(code);
            if (name == null || name.isBlank()) {
                name = names.functionName(code).orElse(code);
            }
            items.add(line(text, "items." + code, name.strip(), code,
                    years.stream().map(y -> y.items().get(code)).toList()));
        }
        List<Chart> charts = years.size() < 2 ? List.of() : charts(text, ys, totals, items);
        return new YearSeries(unit.label(), text.unit(), ys, totals, items, charts);
    }

    private static List<Chart> charts(Text unit, List<Integer> years, List<Line> totals, List<Line> items) {
        String u = "（" + unit.unit() + "）";
        String span = years.get(0) + "年至" + years.get(years.size() - 1) + "年";
        List<String> yearLabels = years.stream().map(y -> y + "年").toList();
        List<Chart> out = new ArrayList<>();
        out.add(byYear("series-totals", "历年收入总计与支出总计" + u, span + "各年预算的收入总计与支出总计，数字见下方表格。",
                yearLabels, List.of(totals.get(0), totals.get(1)), unit));
        out.add(byYear("series-three", "历年“三公”经费与机关运行经费" + u, span + "各年预算的“三公”经费与机关运行经费，数字见下方表格。",
                yearLabels, List.of(totals.get(2), totals.get(3)), unit));
        if (!items.isEmpty()) {
            int from = Math.max(0, years.size() - CHART_YEARS);
            List<String> series = yearLabels.subList(from, years.size());
            List<ChartBuilder.Category> cats = new ArrayList<>();
            for (Line l : items) {
                cats.add(new ChartBuilder.Category(cut(l.title()), l.values().subList(from, years.size())));
            }
            out.add(ChartBuilder.chart("series-items", years.get(years.size() - 1) + "年主要支出项目历年对比" + u,
                    "本年预算金额最大的" + items.size() + "个支出项目（功能分类项）在" + series.get(0) + "至"
                            + series.get(series.size() - 1) + "的预算数，数字见下方表格。",
                    cats, series, null, unit.format(), ITEM_LABEL_WIDTH, ITEM_LABEL_WIDTH + ChartBuilder.BAR_AREA + VALUE_WIDTH));
        }
        return out;
    }

    /** Categories are the years, one bar per line. */
    private static Chart byYear(String id, String title, String desc, List<String> yearLabels, List<Line> lines,
                                Text unit) {
        List<ChartBuilder.Category> cats = new ArrayList<>();
        for (int i = 0; i < yearLabels.size(); i++) {
            List<BigDecimal> values = new ArrayList<>();
            for (Line l : lines) {
                values.add(l.values().get(i));
            }
            cats.add(new ChartBuilder.Category(yearLabels.get(i), values));
        }
        return ChartBuilder.chart(id, title, desc, cats, lines.stream().map(Line::title).toList(), null, unit.format(),
                YEAR_LABEL_WIDTH, YEAR_LABEL_WIDTH + ChartBuilder.BAR_AREA + VALUE_WIDTH);
    }

    private static String cut(String s) {
        return s.codePointCount(0, s.length()) <= LABEL_CHARS ? s
                : s.substring(0, s.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    private static Line line(Text text, String id, String title, String code, List<BigDecimal> values) {
        List<BigDecimal> v = new ArrayList<>(values);
        List<String> texts = v.stream().map(x -> x == null ? "—" : text.format().apply(x)).toList();
        return new Line(id, title, code, java.util.Collections.unmodifiableList(v), texts);
    }

    /** Earlier years' item codes carried forward to this year's codes through the catalogue's successors. */
    private static Map<String, BigDecimal> forward(Map<String, BigDecimal> items, int from, int to, CodeSuccessors successors) {
        if (successors == null || successors == CodeSuccessors.NONE) {
            return items;
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : items.entrySet()) {
            String code = e.getKey();
            for (int y = from + 1; y <= to; y++) {
                try {
                    code = successors.successor(code, y).orElse(code);
                } catch (RuntimeException ex) {
                    // no edition for that year: the code stays
                }
            }
            out.merge(code, e.getValue(), BigDecimal::add);
        }
        return out;
    }

    /** One year's figures in {@code unit}, rounded to {@code precision} decimals where they had to be converted. */
    static YearFigures read(Submission s, int year, String unit, int precision) {
        DisclosureProfile p = profileOf(s);
        String own = unitOf(s, p);
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        Map<String, String> itemNames = new LinkedHashMap<>();
        if (p != null && !p.figures().isEmpty()) {
            Figures f = new Figures(s, p);
            for (String tableId : p.itemTables()) {
                Optional<TableSpec> spec = p.table(tableId);
                if (spec.isEmpty()) {
                    continue;
                }
                String tableUnit = p.unitOf(spec.get(), own);
                for (TableRow r : s.table(tableId).rows()) {
                    String c = Figures.code(spec.get(), r);
                    if (r.rowKind() == TableRow.Kind.ITEM && c != null && c.length() == 7 && r.amount("total") != null) {
                        items.merge(c, to(r.amount("total"), tableUnit, unit, precision), BigDecimal::add);
                        if (r.name() != null && !r.name().isBlank()) {
                            itemNames.putIfAbsent(c, r.name().strip());
                        }
                    }
                }
            }
            return new YearFigures(year, named(f, p, "income.total", unit, precision),
                    named(f, p, "expenditure.total", unit, precision), named(f, p, "threePublic.total", unit, precision),
                    named(f, p, "operatingCosts", unit, precision), items, itemNames);
        }
        PriorYear py;
        try {
            py = PriorYearFigures.from(s);
        } catch (RuntimeException e) {
            return new YearFigures(year, null, null, null, null, items, itemNames);
        }
        py.items().forEach((c, v) -> {
            if (v != null) {
                items.put(c, to(v, own, unit, precision));
            }
        });
        for (var t : s.tables().values()) {
            for (TableRow r : t.rows()) {
                if (r.functionCode() != null && items.containsKey(r.functionCode().strip()) && r.name() != null
                        && !r.name().isBlank()) {
                    itemNames.putIfAbsent(r.functionCode().strip(), r.name().strip());
                }
            }
        }
        return new YearFigures(year, to(py.incomeTotal(), own, unit, precision), to(py.expenditureTotal(), own, unit, precision),
                to(py.threePublic().get("total"), own, unit, precision), to(py.operatingCosts(), own, unit, precision),
                items, itemNames);
    }

    private static BigDecimal named(Figures f, DisclosureProfile p, String name, String unit, int precision) {
        if (!p.figures().containsKey(name)) {
            return null;
        }
        try {
            return to(f.named(name), "元", unit, precision);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static BigDecimal to(BigDecimal v, String from, String to, int precision) {
        if (v == null) {
            return null;
        }
        BigDecimal c = TextFormat.convert(v, from, to);
        return from.equals(to) || c.scale() <= precision ? c : c.setScale(precision, RoundingMode.HALF_UP);
    }

    private static DisclosureProfile profileOf(Submission s) {
        return DisclosureProfile.findForSubmission(s.profile()).orElse(null);
    }

    private static String unitOf(Submission s, DisclosureProfile p) {
        if (s.amountUnit() != null && !s.amountUnit().isBlank()) {
            return s.amountUnit().strip();
        }
        return p == null || p.amountUnit() == null ? "万元" : p.amountUnit();
    }

    private static int precision(Submission s) {
        if (s.precision() != null) {
            return Math.max(0, Math.min(4, s.precision()));
        }
        DisclosureProfile p = profileOf(s);
        return p != null && p.precision() != null ? p.precision() : 2;
    }
}
