package org.gongkai.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.support.Hashes;

/**
 * The budget as open data: {@code data.json} (the submission with every derived figure and the narrative),
 * one CSV per table under {@code csv/}, a Frictionless {@code datapackage.json} describing the CSVs exactly as they
 * are (IANA encoding name, header row = field names, the Chinese header paths as field titles), and
 * {@code tables.xlsx} with every table for people who open data in Excel.
 */
public final class OpenDataWriter {

    /**
     * The licence of the open data (a Frictionless {@code licenses} entry).
     *
     * @param name  Open Definition / SPDX id, e.g. CC-BY-4.0
     * @param path  where the licence text is
     * @param title its name for readers
     */
    public record Licence(String name, String path, String title) {
        /** Creative Commons Attribution 4.0: reuse with attribution, the usual licence of government open data. */
        public static final Licence DEFAULT = new Licence("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
                "知识共享署名 4.0 国际许可协议（CC BY 4.0）");
    }

    private final Licence licence;
    private final String publisher;

    /**
     * @param licence   licence of the published data (null: {@link Licence#DEFAULT})
     * @param publisher who publishes the data (blank: the department itself)
     */
    public OpenDataWriter(Licence licence, String publisher) {
        this.licence = licence == null || licence.name() == null || licence.name().isBlank() ? Licence.DEFAULT : licence;
        this.publisher = publisher == null ? "" : publisher.strip();
    }

    /** CC BY 4.0, published by the department. */
    public OpenDataWriter() {
        this(Licence.DEFAULT, "");
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final CsvWriter csv = new CsvWriter();

    /** Writes data.json, the CSVs, datapackage.json and tables.xlsx (revision 1); returns the files written. */
    public List<Path> write(DisclosureDocument doc, Path outDir) throws IOException {
        return write(doc, outDir, 1);
    }

    /**
     * Writes data.json, the CSVs, datapackage.json and tables.xlsx; returns the files written.
     *
     * @param revision the disclosure's revision: 1, then one more for every corrected (更正) submission; the data
     *                 package's version is "{revision}.0.0"
     */
    public List<Path> write(DisclosureDocument doc, Path outDir, int revision) throws IOException {
        List<Path> files = new ArrayList<>();
        Path csvDir = Files.createDirectories(outDir.resolve(FileNames.CSV_DIR));
        List<CsvFile> written = new ArrayList<>();
        for (TableModel t : doc.tables()) {
            Path p = FileNames.resolve(csvDir, FileNames.csv(t.number(), t.title()), FileNames.csvAscii(t.number(), t.id()));
            byte[] bytes = csv.bytes(t);
            Files.write(p, bytes);
            files.add(p);
            written.add(new CsvFile(t, p, bytes));
        }
        Path series = outDir.resolve(FileNames.SERIES_CSV);
        byte[] seriesBytes = seriesCsv(doc.series());
        Files.write(series, seriesBytes);
        files.add(series);
        Path data = outDir.resolve(FileNames.DATA);
        writeJson(data, dataJson(doc, outDir, written));
        files.add(0, data);
        Path pkg = outDir.resolve(FileNames.DATAPACKAGE);
        writeJson(pkg, dataPackage(doc, outDir, written, seriesBytes, Math.max(1, revision)));
        files.add(1, pkg);
        Path xlsx = outDir.resolve(FileNames.TABLES_XLSX);
        try (OutputStream out = Files.newOutputStream(xlsx)) { // TablesWorkbook buffers
            new TablesWorkbook().write(doc, out);
        }
        files.add(2, xlsx);
        return files;
    }

    /** Streams JSON to a file through one buffer (Jackson's own 8 KB chunks would each be a system call). */
    private static void writeJson(Path file, Object value) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            JSON.writeValue(out, value);
        }
    }

    /** A CSV as written: its table, file and bytes (hashed for the data package without reading the file back). */
    private record CsvFile(TableModel table, Path path, byte[] bytes) {
    }

    private static Map<String, Object> dataJson(DisclosureDocument doc, Path outDir, List<CsvFile> csvs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "gongkai");
        m.put("title", doc.title());
        m.put("department", doc.department());
        m.put("fiscalYear", doc.year());
        m.put("amountUnit", doc.unit());
        m.put("submission", doc.submission());
        m.put("derived", doc.enrichment());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (var part : doc.narrative().parts()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", part.id());
            p.put("label", part.label());
            p.put("title", part.title());
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (var b : part.blocks()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
                bm.put("text", b.text());
                blocks.add(bm);
            }
            p.put("blocks", blocks);
            parts.add(p);
        }
        m.put("narrative", parts);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (var e : csvs) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", e.table().id());
            t.put("number", e.table().number());
            t.put("title", e.table().title());
            t.put("csv", relative(outDir, e.path()));
            t.put("notes", e.table().notes());
            tables.add(t);
        }
        m.put("tables", tables);
        m.put("series", seriesJson(doc.series()));
        return m;
    }

    private ObjectNode dataPackage(DisclosureDocument doc, Path outDir, List<CsvFile> csvs, byte[] seriesBytes,
                                   int revision) {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", ("gongkai-" + nz(doc.submission().departmentCode()) + "-" + doc.year()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-"));
        root.put("title", doc.title());
        root.put("description", doc.department() + doc.year() + "年部门预算公开的" + csvs.size() + "张预算表（金额单位："
                + doc.unitsText() + "）。第 " + revision + " 版" + (revision > 1 ? "（更正后的版本）" : "")
                + "。完整的预算数据、派生数字与说明文字见 data.json，全部表格的 Excel 文件见 tables.xlsx。");
        root.putArray("keywords").add("部门预算").add("预算公开").add(doc.department()).add(Integer.toString(doc.year()));
        // the disclosure's revision: 1.0.0 first, 2.0.0 after a correction (更正) of the submitted figures
        root.put("version", revision + ".0.0");
        ObjectNode lic = root.putArray("licenses").addObject();
        lic.put("name", licence.name());
        if (licence.path() != null && !licence.path().isBlank()) {
            lic.put("path", licence.path());
        }
        if (licence.title() != null && !licence.title().isBlank()) {
            lic.put("title", licence.title());
        }
        ObjectNode pub = root.putArray("contributors").addObject();
        pub.put("title", publisher.isEmpty() ? doc.department() : publisher);
        pub.put("role", "publisher");
        ArrayNode sources = root.putArray("sources");
        ObjectNode src = sources.addObject();
        src.put("title", doc.department() + "报送的" + doc.year() + "年部门预算"
                + (doc.approvalDate() == null ? "" : "（批复日期 " + doc.approvalDate() + "）"));
        src.put("path", FileNames.DATA);
        ArrayNode resources = root.putArray("resources");
        for (var e : csvs) {
            TableModel t = e.table();
            byte[] bytes = e.bytes();
            ObjectNode r = resources.addObject();
            r.put("name", String.format("t%02d-%s", t.number(), t.id().replace('_', '-')));
            r.put("path", relative(outDir, e.path()));
            r.put("title", t.title());
            r.put("description", String.join(" ", t.notes()));
            csvResource(r, bytes);
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (TableModel.Column c : t.columns()) {
                ObjectNode f = fields.addObject();
                f.put("name", c.id());
                f.put("title", c.title());
                if (c.numeric()) {
                    f.put("type", "number");
                    f.put("description", c.title() + "（" + (t.unit() == null ? doc.unit() : t.unit()) + "）");
                } else {
                    f.put("type", "string");
                }
            }
            schema.putArray("missingValues").add("");
        }
        seriesResource(resources.addObject(), doc, seriesBytes);
        return root;
    }

    /** What every CSV resource declares: format, IANA encoding, size and hash, the dialect the writers use. */
    private static void csvResource(ObjectNode r, byte[] bytes) {
        r.put("profile", "tabular-data-resource");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8"); // the IANA name (no BOM: see CsvWriter)
        r.put("bytes", bytes.length);
        r.put("hash", "sha256:" + Hashes.sha256(bytes));
        ObjectNode dialect = r.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
    }

    /** The columns of {@code series.csv}: id, Frictionless type, title. */
    private static final List<String[]> SERIES_FIELDS = List.of(
            new String[] {"fiscal_year", "year", "年度"},
            new String[] {"figure", "string", "数字（incomeTotal 收入总计、expenditureTotal 支出总计、threePublic “三公”经费、operatingCosts 机关运行经费、items.编码 支出项目）"},
            new String[] {"title", "string", "名称"},
            new String[] {"code", "string", "功能分类科目编码（支出项目）"},
            new String[] {"amount", "number", "金额"},
            new String[] {"unit", "string", "金额单位"});

    /**
     * The multi-year view as a long table: one row per year and figure the year's budget carries (a figure a year
     * lacks has no row), amounts in this year's unit, text cells guarded against spreadsheet formulas.
     */
    static byte[] seriesCsv(YearSeries series) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", SERIES_FIELDS.stream().map(f -> f[0]).toList())).append("\r\n");
        for (YearSeries.Line l : series.lines()) {
            for (int i = 0; i < series.years().size(); i++) {
                java.math.BigDecimal v = l.values().get(i);
                if (v == null) {
                    continue;
                }
                sb.append(series.years().get(i)).append(',').append(CsvWriter.field(l.id(), true)).append(',')
                        .append(CsvWriter.field(l.title(), true)).append(',').append(CsvWriter.field(l.code(), true))
                        .append(',').append(v.toPlainString()).append(',').append(CsvWriter.field(series.unit(), true))
                        .append("\r\n");
            }
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> seriesJson(YearSeries series) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", series.unit());
        m.put("years", series.years());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (YearSeries.Line l : series.lines()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("id", l.id());
            lm.put("title", l.title());
            lm.put("code", l.code());
            lm.put("values", l.values());
            lines.add(lm);
        }
        m.put("lines", lines);
        m.put("csv", FileNames.SERIES_CSV);
        return m;
    }

    private static void seriesResource(ObjectNode r, DisclosureDocument doc, byte[] bytes) {
        YearSeries series = doc.series();
        r.put("name", "series");
        r.put("path", FileNames.SERIES_CSV);
        r.put("title", "历年预算主要数字（" + series.first() + (series.first() == series.last() ? "" : "—" + series.last())
                + "年）");
        r.put("description", doc.department() + "在 gongkai 存档中各年度部门预算的收入总计、支出总计、“三公”经费、机关运行经费和"
                + series.last() + "年预算金额最大的支出项目（功能分类项，按科目编码及科目变更对应），金额统一为" + series.unit()
                + "；某年没有的数字不列行。");
        csvResource(r, bytes);
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (String[] f : SERIES_FIELDS) {
            ObjectNode field = fields.addObject();
            field.put("name", f[0]);
            field.put("type", f[1]);
            field.put("title", f[2]);
            if ("amount".equals(f[0])) {
                field.put("description", "金额（" + series.unit() + "）");
            }
            field.putObject("constraints").put("required", !"code".equals(f[0]));
        }
        schema.putArray("primaryKey").add("fiscal_year").add("figure");
        schema.putArray("missingValues").add("");
    }

    private static String relative(Path outDir, Path p) {
        return outDir.relativize(p).toString().replace('\\', '/');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
