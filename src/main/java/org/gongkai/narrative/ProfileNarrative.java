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
import org.gongkai.support.Templates;

/**
 * Writes the narrative of a profile that names a {@code narrativeTemplate}: the template (plain-text FreeMarker under
 * {@code templates/}) holds every sentence; this class only hands it the figures, comparisons and items of the
 * submission ({@link Facts}) and reads its output back into parts and blocks.
 *
 * <p>Output lines: {@code @part <id>|<label>|<title>} starts a part, {@code # } a section heading, {@code ## } a
 * sub-heading, any other non-blank line is a paragraph.
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
        Submission s = oneLine(submitted);
        Map<String, Object> model = new HashMap<>();
        Facts f = new Facts(s, p, names);
        model.put("s", s);
        model.put("f", f);
        String text = Templates.render(p.narrativeTemplate(), model);
        return parse(text, (s.departmentName() == null ? "" : s.departmentName()) + f.year() + "年部门预算公开");
    }

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
        String one = t.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
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
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@part ")) {
                if (id != null) {
                    parts.add(new Narrative.Part(id, label, partTitle, List.copyOf(blocks)));
                }
                String[] h = line.substring(6).split("\\|", -1);
                id = h[0];
                label = h.length > 1 ? h[1] : "";
                partTitle = h.length > 2 ? h[2] : "";
                blocks = new ArrayList<>();
                section = 0;
                sub = 0;
            } else if (line.startsWith("## ")) {
                sub++;
                blocks.add(new Narrative.Block(Narrative.Kind.SUBSECTION, id + "-s" + section + "-" + sub,
                        List.of(new Narrative.Span(line.substring(3).strip(), false))));
            } else if (line.startsWith("# ")) {
                section++;
                sub = 0;
                blocks.add(new Narrative.Block(Narrative.Kind.SECTION, id + "-s" + section,
                        List.of(new Narrative.Span(line.substring(2).strip(), false))));
            } else {
                blocks.add(new Narrative.Block(Narrative.Kind.PARAGRAPH, null, List.of(new Narrative.Span(line, false))));
            }
        }
        if (id != null) {
            parts.add(new Narrative.Part(id, label, partTitle, List.copyOf(blocks)));
        }
        return new Narrative(title, List.copyOf(parts));
    }

    /** A comparison as the text states it: amounts already written, the direction and base as words. */
    public record Comparison(String id, String current, String prior, boolean known, String direction, String difference,
                             String base, String reason) {
        public boolean flat() {
            return "持平".equals(direction);
        }
    }

    /** One 项 of 财政拨款支出: "一般公共服务支出（类）商贸事务（款）行政运行（项）", its amount and what it is used for. */
    public record Item(String code, String label, String amount, String purpose) {
    }

    /** A count by category ("部级领导干部用车", 0). */
    public record Count(String label, int count) {
    }

    /** What the templates may ask for. Every amount comes back written in the profile's text format. */
    public static final class Facts {
        private final Submission s;
        private final DisclosureProfile p;
        private final Figures figures;
        private final ClassificationNames names;

        Facts(Submission s, DisclosureProfile p, ClassificationNames names) {
            this.s = s;
            this.p = p;
            this.figures = new Figures(s, p);
            this.names = names;
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

        /** A named figure of the profile, written ("37,151.47"). */
        public String money(String figure) {
            return p.text().number(figures.named(figure), "元");
        }

        /** An amount of the submission's own unit (otherMatters, priorYear) written in the text format. */
        public String amount(BigDecimal v) {
            return p.text().number(v, figures.submissionUnit());
        }

        /** Whether a named figure is non-zero. */
        public boolean nonZero(String figure) {
            BigDecimal v = figures.named(figure);
            return v != null && v.signum() != 0;
        }

        public String word(String key) {
            return p.word(key);
        }

        public Comparison cmp(String id) {
            ComparisonSpec c = p.comparisons().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("profile " + p.id() + " has no comparison " + id));
            BigDecimal cur = figures.named(c.figure());
            BigDecimal prior = figures.prior(c.prior());
            String base = s.explanations().comparisonBases().get(c.baseKey());
            String baseWord = base == null ? p.word("上年预算") : p.word(base.strip());
            BigDecimal curN = cur == null ? BigDecimal.ZERO : cur;
            if (prior == null) {
                return new Comparison(id, p.text().number(curN, "元"), null, false, null, null, baseWord, figures.reason(c.reason()));
            }
            BigDecimal diff = curN.subtract(prior);
            String d = p.text().number(diff.abs(), "元");
            String direction = diff.signum() == 0 || "0".equals(d) && p.text().zero() != null ? "持平" : diff.signum() > 0 ? "增加" : "减少";
            return new Comparison(id, p.text().number(curN, "元"), p.text().number(prior, "元"), true, direction, d, baseWord,
                    figures.reason(c.reason()));
        }

        /** The 项 of 财政拨款支出, table by table ({@code itemTables}), in the order printed. */
        public List<Item> items() {
            List<Item> out = new ArrayList<>();
            Map<String, String> purposes = s.explanations().itemPurposes();
            for (String tableId : p.itemTables()) {
                TableSpec spec = p.requireTable(tableId);
                Map<String, String> printed = new HashMap<>();
                List<TableRow> rows = s.table(tableId).rows();
                for (TableRow r : rows) {
                    String c = Figures.code(spec, r);
                    if (c != null && r.name() != null) {
                        printed.put(c, r.name().strip());
                    }
                }
                String unit = p.unitOf(spec, figures.submissionUnit());
                for (TableRow r : rows) {
                    String c = Figures.code(spec, r);
                    if (r.rowKind() != TableRow.Kind.ITEM || c == null || c.length() != 7) {
                        continue;
                    }
                    String label = name(printed, c.substring(0, 3)) + "（类）" + name(printed, c.substring(0, 5)) + "（款）"
                            + name(printed, c) + "（项）";
                    String purpose = purposes.get(c);
                    out.add(new Item(c, label, p.text().number(r.amount("total"), unit),
                            purpose == null || purpose.isBlank() ? null : purpose.strip()));
                }
            }
            return out;
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
