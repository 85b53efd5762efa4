package org.gongkai.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Explanations;
import org.gongkai.model.Submission;
import org.gongkai.model.TableRow;
import org.gongkai.profile.ComparisonSpec;
import org.gongkai.profile.DisclosureProfile;
import org.gongkai.profile.Figures;
import org.gongkai.profile.TableSpec;
import org.gongkai.profile.TextFormat;
import org.gongkai.support.Templates;

/**
 * Writes the narrative of a profile that names a {@code narrativeTemplate}: the template (plain-text FreeMarker under
 * {@code templates/}) holds every sentence; this class only hands it the figures, comparisons and items of the
 * submission ({@link Facts}) and reads its output back into parts and blocks.
 *
 * <p>Output lines: {@code @part <id>|<label>|<title>} starts a part, {@code # } a section heading, {@code ## } a
 * sub-heading, any other non-blank line is a paragraph ({@code f.bold} marks bold runs in it). Headings are anchored
 * {@code p<part>-s<section>[-<sub-heading>]} (ASCII, for the table of contents).
 */
public final class ProfileNarrative {

    private final ClassificationNames names;

    public ProfileNarrative(ClassificationNames names) {
        this.names = names == null ? ClassificationNames.standard() : names;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    public Narrative write(Submission submitted, DisclosureProfile p) {
        return write(submitted, p, null);
    }

    /**
     * The narrative from a template given as text ({@code templateSource}; null: the profile's {@code narrativeTemplate}),
     * as a profile under development or a test writes it.
     */
    public Narrative write(Submission submitted, DisclosureProfile p, String templateSource) {
        Submission s = oneLine(submitted);
        Map<String, Object> model = new HashMap<>();
        Facts f = new Facts(s, p, names);
        model.put("s", s);
        model.put("f", f);
        String text = templateSource == null ? Templates.render(p.narrativeTemplate(), model)
                : Templates.renderSource(p.id() + "-narrative.ftl", templateSource, model);
        return parse(text, (s.departmentName() == null ? "" : s.departmentName()) + f.year() + "年部门预算公开");
    }

    /** Marks the start and the end of a bold run in the template's output ({@code f.bold}); never in submitted text. */
    static final char BOLD_ON = '\u0002';
    static final char BOLD_OFF = '\u0003';

    /**
     * The submission with every text on one line and no text starting like a structure line of the template output
     * ({@code #}, {@code @}): what a department writes can never become a heading or a part of its own.
     */
    static Submission oneLine(Submission s) {
        com.fasterxml.jackson.databind.JsonNode tree = MAPPER.valueToTree(s);
        clean(tree);
        try {
            return MAPPER.treeToValue(tree, Submission.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("submission does not round-trip", e);
        }
    }

    private static void clean(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            var it = o.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (e.getValue().isTextual()) {
                    e.setValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(cleanText(e.getValue().asText())));
                } else {
                    clean(e.getValue());
                }
            }
        } else if (n instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(cleanText(a.get(i).asText())));
                } else {
                    clean(a.get(i));
                }
            }
        }
    }

    static String cleanText(String t) {
        String one = t.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ").replace(String.valueOf(BOLD_ON), "")
                .replace(String.valueOf(BOLD_OFF), "").strip();
        if (one.startsWith("#")) {
            return "＃" + one.substring(1);
        }
        if (one.startsWith("@")) {
            return "＠" + one.substring(1);
        }
        return one;
    }

    /** Comparisons the text had to leave out because the submission gives no prior-year figure (Chinese). */
    public List<String> warnings(Submission s, DisclosureProfile p) {
        Figures fig = new Figures(s, p);
        List<String> out = new ArrayList<>();
        for (ComparisonSpec c : p.comparisons()) {
            if (fig.prior(c.prior()) == null) {
                out.add("提交材料未填写" + c.title() + "的上年数（" + Figures.priorPath(c.prior()) + "），说明中的这项比较已略去。");
            }
        }
        return out;
    }

    static Narrative parse(String text, String title) {
        List<Narrative.Part> parts = new ArrayList<>();
        String id = null;
        String label = null;
        String partTitle = null;
        List<Narrative.Block> blocks = new ArrayList<>();
        int section = 0;
        int sub = 0;
        int partNo = 0;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@part ")) {
                if (id != null) {
                    parts.add(new Narrative.Part(id, label, partTitle, List.copyOf(blocks)));
                }
                String[] h = line.substring(6).split("\\|", 3);
                id = h[0];
                label = h.length > 1 ? h[1] : "";
                partTitle = h.length > 2 ? h[2] : "";
                blocks = new ArrayList<>();
                partNo++;
                section = 0;
                sub = 0;
            } else if (line.startsWith("## ")) {
                sub++;
                blocks.add(new Narrative.Block(Narrative.Kind.SUBSECTION, "p" + partNo + "-s" + section + "-" + sub,
                        List.of(new Narrative.Span(line.substring(3).strip(), false))));
            } else if (line.startsWith("# ")) {
                section++;
                sub = 0;
                blocks.add(new Narrative.Block(Narrative.Kind.SECTION, "p" + partNo + "-s" + section,
                        List.of(new Narrative.Span(line.substring(2).strip(), false))));
            } else {
                blocks.add(new Narrative.Block(Narrative.Kind.PARAGRAPH, null, spans(line)));
            }
        }
        if (id != null) {
            parts.add(new Narrative.Part(id, label, partTitle, List.copyOf(blocks)));
        }
        return new Narrative(title, List.copyOf(parts));
    }

    /** A paragraph's spans: plain text, and the bold runs {@code f.bold} marked. */
    private static List<Narrative.Span> spans(String line) {
        if (line.indexOf(BOLD_ON) < 0) {
            return List.of(new Narrative.Span(line, false));
        }
        List<Narrative.Span> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        for (char ch : line.toCharArray()) {
            if (ch == BOLD_ON || ch == BOLD_OFF) {
                if (run.length() > 0) {
                    out.add(new Narrative.Span(run.toString(), bold));
                }
                run.setLength(0);
                bold = ch == BOLD_ON;
            } else {
                run.append(ch);
            }
        }
        if (run.length() > 0) {
            out.add(new Narrative.Span(run.toString(), bold));
        }
        return List.copyOf(out);
    }

    /**
     * A comparison as the text states it: amounts already written, the direction and base as words.
     *
     * @param rate  the change in percent of the prior figure, written without sign ("28.4"); null when the prior is zero
     * @param isNew whether the prior figure is zero and the current one positive (a new item: no rate)
     */
    public record Comparison(String id, String current, String prior, boolean known, String direction, String difference,
                             String base, String reason, String rate, boolean isNew) {
        public boolean flat() {
            return "持平".equals(direction);
        }

        /** Known and not 持平: the text states a change. */
        public boolean moved() {
            return known && !flat();
        }
    }

    /**
     * One 项 of a table: "一般公共服务支出（类）商贸事务（款）行政运行（项）", its amount, what it is used for, the names
     * of its 类, 款 and 项, and its comparison with last year (null when the item is listed without one).
     */
    public record Item(String code, String label, String amount, String purpose, String className, String kuanName,
                       String xiangName, Comparison cmp) {
    }

    /** A 功能分类 类 of a table: its name ("社会保障和就业支出"), the name without "支出", amount and share of a whole. */
    public record ClassShare(String code, String name, String shortName, String amount, String share) {
    }

    /** Amounts of a 政府采购 table by 品目 category (A 货物, B 工程, C 服务), written. */
    public record Procurement(String total, String goods, String works, String services) {
    }

    /** A count by category ("部级领导干部用车", 0). */
    public record Count(String label, int count) {
    }

    /** What the templates may ask for. Every amount comes back written in the profile's text format. */
    public static final class Facts {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        private final Submission s;
        private final DisclosureProfile p;
        private final Figures figures;
        private final ClassificationNames names;
        private final TextFormat fmt;

        Facts(Submission s, DisclosureProfile p, ClassificationNames names) {
            this.s = s;
            this.p = p;
            this.figures = new Figures(s, p);
            this.names = names;
            this.fmt = p.text().forSubmission(figures.submissionUnit());
        }

        public int year() {
            return s.fiscalYear() == null ? 0 : s.fiscalYear();
        }

        public int priorYear() {
            return year() - 1;
        }

        public String department() {
            return s.departmentName() == null ? "" : s.departmentName();
        }

        /** The unit amounts are written in ("万元"; the submission's own unit when the profile's text says "submission"). */
        public String unit() {
            return fmt.unit();
        }

        /** A named figure of the profile, written ("37,151.47"). */
        public String money(String figure) {
            return fmt.number(figures.named(figure), "元");
        }

        /** An amount of the submission's own unit (otherMatters, priorYear) written in the text format. */
        public String amount(BigDecimal v) {
            return fmt.number(v, figures.submissionUnit());
        }

        /** The sum of the {@code amount()} of each entry (key projects, transfer projects…), written; blank amounts count 0. */
        public String sum(List<?> entries) {
            BigDecimal total = BigDecimal.ZERO;
            for (Object e : entries == null ? List.of() : entries) {
                try {
                    Object v = e.getClass().getMethod("amount").invoke(e);
                    if (v instanceof BigDecimal b) {
                        total = total.add(b);
                    }
                } catch (ReflectiveOperationException x) {
                    throw new IllegalArgumentException(e.getClass().getSimpleName() + " has no amount", x);
                }
            }
            return amount(total);
        }

        /** Whether a named figure is non-zero. */
        public boolean nonZero(String figure) {
            BigDecimal v = figures.named(figure);
            return v != null && v.signum() != 0;
        }

        /** {@code part} as a percentage of {@code whole} (both figure names), written ("92.2"); null when the whole is zero. */
        public String share(String part, String whole) {
            return percentOf(figures.named(part), figures.named(whole));
        }

        private String percentOf(BigDecimal part, BigDecimal whole) {
            if (whole == null || whole.signum() == 0) {
                return null;
            }
            BigDecimal pct = (part == null ? BigDecimal.ZERO : part).multiply(HUNDRED)
                    .divide(whole, fmt.percentDecimals(), fmt.roundingMode());
            return fmt.percent(pct);
        }

        public String word(String key) {
            return p.word(key);
        }

        /** Text the HTML and PDF print in bold (the surrounding paragraph stays plain). */
        public String bold(String text) {
            return BOLD_ON + (text == null ? "" : text) + BOLD_OFF;
        }

        public Comparison cmp(String id) {
            ComparisonSpec c = spec(id);
            return compare(id, figures.named(c.figure()), figures.prior(c.prior()), c, figures.reason(c.reason()));
        }

        private ComparisonSpec spec(String id) {
            return p.comparisons().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("profile " + p.id() + " has no comparison " + id));
        }

        private Comparison compare(String id, BigDecimal cur, BigDecimal prior, ComparisonSpec c, String reason) {
            String base = s.explanations().comparisonBases().get(c.baseKey());
            String baseWord = base == null ? p.word("上年预算") : p.word(base.strip());
            BigDecimal curN = cur == null ? BigDecimal.ZERO : cur;
            String why = cleanReason(reason);
            if (prior == null) {
                return new Comparison(id, fmt.number(curN, "元"), null, false, null, null, baseWord, why, null, false);
            }
            BigDecimal diff = curN.subtract(prior);
            String d = fmt.number(diff.abs(), "元");
            String direction = diff.signum() == 0 || "0".equals(d) && fmt.zero() != null ? "持平" : diff.signum() > 0 ? "增加" : "减少";
            String rate = prior.signum() == 0 ? null : fmt.percent(diff.abs().multiply(HUNDRED)
                    .divide(prior.abs(), fmt.percentDecimals(), fmt.roundingMode()));
            boolean isNew = prior.signum() == 0 && diff.signum() > 0;
            return new Comparison(id, fmt.number(curN, "元"), fmt.number(prior, "元"), true, direction, d, baseWord, why, rate, isNew);
        }

        /** A reason as the text inserts it: trimmed, without a lead-in the template writes itself or a final full stop. */
        static String cleanReason(String reason) {
            if (reason == null || reason.isBlank()) {
                return null;
            }
            String r = reason.strip().replaceFirst("^(主要原因[:：是]?|主要是)", "").strip();
            while (r.endsWith("。") || r.endsWith(".") || r.endsWith("；") || r.endsWith(";")) {
                r = r.substring(0, r.length() - 1).strip();
            }
            return r.isEmpty() ? null : r;
        }

        /** The 项 of the profile's {@code itemTables}, table by table, in the order printed. */
        public List<Item> items() {
            List<Item> out = new ArrayList<>();
            for (String tableId : p.itemTables()) {
                out.addAll(items(tableId, null));
            }
            return out;
        }

        /** The 项 of one table, in the order printed. */
        public List<Item> items(String tableId) {
            return items(tableId, null);
        }

        /**
         * The 项 of one table, each compared with last year by the profile's per-item comparison {@code comparisonId}
         * (a comparison with {@code each}; null: no comparison).
         */
        public List<Item> items(String tableId, String comparisonId) {
            ComparisonSpec c = comparisonId == null ? null : spec(comparisonId);
            List<Item> out = new ArrayList<>();
            Map<String, String> purposes = s.explanations().itemPurposes();
            TableSpec spec = p.requireTable(tableId);
            Map<String, String> printed = printedNames(spec, tableId);
            String unit = p.unitOf(spec, figures.submissionUnit());
            String column = c == null ? "total" : c.columnOrTotal();
            boolean priorListed = c != null && figures.priorListGiven(c.prior());
            for (TableRow r : s.table(tableId).rows()) {
                String code = Figures.code(spec, r);
                if (code == null || r.rowKind() != TableRow.Kind.ITEM || code.length() != 7) {
                    continue;
                }
                String cls = name(printed, code.substring(0, 3));
                String kuan = name(printed, code.substring(0, 5));
                String xiang = name(printed, code);
                String purpose = purposes.get(code);
                Comparison cmp = null;
                if (c != null) {
                    BigDecimal prior = figures.prior(ComparisonSpec.forRow(c.prior(), code, xiang));
                    if (prior == null && priorListed) {
                        prior = BigDecimal.ZERO;
                    }
                    cmp = compare(c.id(), TextFormat.convert(r.amount(column), unit, "元"), prior, c,
                            figures.reason(ComparisonSpec.forRow(c.reason(), code, xiang)));
                }
                out.add(new Item(code, cls + "（类）" + kuan + "（款）" + xiang + "（项）", fmt.number(r.amount(column), unit),
                        purpose == null || purpose.isBlank() ? null : purpose.strip(), cls, kuan, xiang, cmp));
            }
            return out;
        }

        /**
         * The 功能分类 类 of a table's 项 (summed over {@code column}), in code order, each with its share of the figure
         * {@code whole}.
         */
        public List<ClassShare> classes(String tableId, String column, String whole) {
            TableSpec spec = p.requireTable(tableId);
            Map<String, String> printed = printedNames(spec, tableId);
            String unit = p.unitOf(spec, figures.submissionUnit());
            java.util.TreeMap<String, BigDecimal> byClass = new java.util.TreeMap<>();
            for (TableRow r : s.table(tableId).rows()) {
                String code = Figures.code(spec, r);
                if (code != null && r.rowKind() == TableRow.Kind.ITEM && code.length() == 7) {
                    byClass.merge(code.substring(0, 3), TextFormat.convert(r.amount(column), unit, "元"), BigDecimal::add);
                }
            }
            BigDecimal w = figures.named(whole);
            List<ClassShare> out = new ArrayList<>();
            byClass.forEach((code, amount) -> {
                String n = name(printed, code);
                out.add(new ClassShare(code, n, n.endsWith("支出") ? n.substring(0, n.length() - 2) : n, fmt.number(amount, "元"),
                        percentOf(amount, w)));
            });
            return out;
        }

        /**
         * The printed names of a coded table's 项 whose code starts with one of {@code prefixes} (comma-separated, e.g.
         * 经济分类 "301,303"), in code order, blank names left out.
         */
        public List<String> rowNames(String tableId, String prefixes) {
            TableSpec spec = p.requireTable(tableId);
            List<String> starts = List.of(prefixes.split("\\s*,\\s*"));
            return s.table(tableId).items().stream()
                    .filter(r -> Figures.code(spec, r) != null)
                    .sorted(java.util.Comparator.comparing(r -> Figures.code(spec, r)))
                    .filter(r -> starts.stream().anyMatch(x -> Figures.code(spec, r).startsWith(x)))
                    .map(TableRow::name).filter(n -> n != null && !n.isBlank()).toList();
        }

        /** How many 项 (item rows) a table has. */
        public int count(String tableId) {
            return s.table(tableId).items().size();
        }

        /**
         * A 政府采购 table's {@code amountColumn} summed by the 品目 category of {@code catalogColumn}
         * (政府采购品目分类目录: A 货物, B 工程, C 服务); the total is the table's total row, else the sum of its items.
         */
        public Procurement procurement(String tableId, String amountColumn, String catalogColumn) {
            TableSpec spec = p.requireTable(tableId);
            String unit = p.unitOf(spec, figures.submissionUnit());
            BigDecimal goods = BigDecimal.ZERO;
            BigDecimal works = BigDecimal.ZERO;
            BigDecimal services = BigDecimal.ZERO;
            BigDecimal all = BigDecimal.ZERO;
            var t = s.table(tableId);
            for (TableRow r : t.items()) {
                BigDecimal a = r.amount(amountColumn);
                all = all.add(a);
                switch (org.gongkai.catalog.ProcurementCategory.of(r.text(catalogColumn))) {
                    case 'A' -> goods = goods.add(a);
                    case 'B' -> works = works.add(a);
                    case 'C' -> services = services.add(a);
                    default -> {
                    }
                }
            }
            BigDecimal total = t.totalRow().map(r -> r.amount(amountColumn)).orElse(all);
            return new Procurement(fmt.number(total, unit), fmt.number(goods, unit), fmt.number(works, unit), fmt.number(services, unit));
        }

        private Map<String, String> printedNames(TableSpec spec, String tableId) {
            Map<String, String> printed = new HashMap<>();
            for (TableRow r : s.table(tableId).rows()) {
                String c = Figures.code(spec, r);
                if (c != null && r.name() != null && !r.name().isBlank()) {
                    printed.put(c, r.name().strip());
                }
            }
            return printed;
        }

        private String name(Map<String, String> printed, String code) {
            String n = printed.get(code);
            return n != null ? n : names.functionName(code).orElse(code);
        }

        /** The department's own 名词解释, else the profile's default. */
        public List<Explanations.GlossaryEntry> glossary() {
            if (!s.explanations().glossary().isEmpty()) {
                return s.explanations().glossary();
            }
            return p.glossary().stream().map(g -> new Explanations.GlossaryEntry(g.term(), g.text())).toList();
        }

        /** Counts by the profile's vehicle categories ({@code words} "vehicle.*"), in the profile's order. */
        public List<Count> vehicles(Map<String, Integer> byKey) {
            List<Count> out = new ArrayList<>();
            for (Map.Entry<String, String> w : p.words().entrySet()) {
                if (w.getKey().startsWith("vehicle.")) {
                    Integer n = byKey == null ? null : byKey.get(w.getKey().substring("vehicle.".length()));
                    out.add(new Count(w.getValue(), n == null ? 0 : n));
                }
            }
            return out;
        }

        public int total(List<Count> counts) {
            return counts.stream().mapToInt(Count::count).sum();
        }

        public int n(Integer v) {
            return v == null ? 0 : v;
        }

        /** Chinese ordinal 一, 二 … for numbered headings. */
        public String numeral(int n) {
            return org.gongkai.profile.ChineseNumerals.of(n);
        }
    }
}
