package org.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.TableRow;
import org.gongkai.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSubmissionReaderTest {

    private final SubmissionReader reader = new SubmissionReader();

    private ReadOutcome read(String text) {
        return reader.read("sub.json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Finding only(ReadOutcome o) {
        assertThat(o.readable()).as("readable").isFalse();
        assertThat(o.findings()).hasSize(1);
        return o.findings().get(0);
    }

    @Test
    void readsTheExampleKeepingDecimalScaleAndComputesHashAndSize() throws Exception {
        byte[] bytes = ExampleFiles.bytes();
        ReadOutcome o = reader.read(ExampleFiles.EXAMPLE);
        assertThat(o.findings()).isEmpty();
        assertThat(o.readable()).isTrue();
        assertThat(o.format()).isEqualTo("json");
        assertThat(o.bytes()).isEqualTo(bytes.length);
        String expectedSha = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(o.sha256()).isEqualTo(expectedSha);
        assertThat(o.submission().departmentName()).isEqualTo("平顶山市人民政府经济技术协作办公室");
        TableRow r = o.submission().table("general_budget_basic_expenditure").items().stream()
                .filter(x -> "30112".equals(x.econCode())).findFirst().orElseThrow();
        assertThat(r.amount("total").toPlainString()).isEqualTo("0.0");
        assertThat(r.amount("public").toPlainString()).isEqualTo("0");
        assertThat(o.submission().table("government_procurement").rows().get(0).amount("amount").toPlainString()).isEqualTo("0.00");
    }

    @Test
    void readsUtf8WithByteOrderMark() {
        byte[] body = ExampleFiles.bytes();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ReadOutcome o = reader.read("bom.json", withBom);
        assertThat(o.findings()).isEmpty();
        assertThat(o.submission().fiscalYear()).isEqualTo(2024);
    }

    @Test
    void readsUtf16WithAndWithoutByteOrderMark() {
        String text = ExampleFiles.text();
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] noBom = text.getBytes(cs);
            ReadOutcome plain = reader.read("u16.json", noBom);
            assertThat(plain.findings()).as(cs + " without BOM").isEmpty();
            assertThat(plain.submission().departmentName()).isEqualTo("平顶山市人民政府经济技术协作办公室");

            byte[] bom = ("\uFEFF" + text).getBytes(cs);
            ReadOutcome withBom = reader.read("u16.json", bom);
            assertThat(withBom.findings()).as(cs + " with BOM").isEmpty();
            assertThat(withBom.submission().department().divisions()).containsExactly("秘书科", "综合科", "技术科");
        }
        // "UTF-16" in Java writes a big-endian BOM
        assertThat(reader.read("u16.json", text.getBytes(StandardCharsets.UTF_16)).readable()).isTrue();
    }

    @Test
    void rejectsGbkSayingSoAndAskingForUtf8() {
        byte[] gbk = ExampleFiles.text().getBytes(Charset.forName("GBK"));
        Finding f = only(reader.read("gbk.json", gbk));
        assertThat(f.ruleId()).isEqualTo("file.encoding");
        assertThat(f.message()).contains("GBK").contains("UTF-8");
        assertThat(f.hint()).contains("UTF-8");
        assertThat(f.found()).contains("GBK");
    }

    @Test
    void rejectsUndecodableBytesWithoutClaimingGbk() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\n\"formatVersion\": 1,\n\"profile\": \"".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.write(0xFF);
        b.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        Finding f = only(reader.read("bad.json", b.toByteArray()));
        assertThat(f.ruleId()).isEqualTo("file.encoding");
        assertThat(f.message()).doesNotContain("GBK").contains("第3行").contains("0xFF");
    }

    @Test
    void emptyAndBlankFilesAreFileEmpty() {
        assertThat(only(reader.read("e.json", new byte[0])).ruleId()).isEqualTo("file.empty");
        assertThat(only(reader.read("e.json", " \n\t ".getBytes(StandardCharsets.UTF_8))).ruleId()).isEqualTo("file.empty");
        assertThat(only(reader.read("e.json", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' '})).ruleId()).isEqualTo("file.empty");
    }

    @Test
    void tooLargeIsRejectedBeforeParsingAlsoFromDisk(@TempDir Path dir) throws Exception {
        SubmissionReader small = new SubmissionReader(List.of(new JsonSubmissionReader()), 1000);
        Finding f = only(small.read("big.json", ExampleFiles.bytes()));
        assertThat(f.ruleId()).isEqualTo("file.size");
        assertThat(f.message()).contains("big.json").contains("上限");

        Path big = dir.resolve("大文件.json");
        Files.write(big, ExampleFiles.bytes());
        ReadOutcome o = small.read(big);
        assertThat(o.findings()).extracting(Finding::ruleId).containsExactly("file.size");
        assertThat(o.sha256()).isEqualTo(org.gongkai.support.Hashes.sha256(ExampleFiles.bytes()));
        assertThat(o.bytes()).isEqualTo(Files.size(big));
        assertThat(o.fileName()).isEqualTo("大文件.json");
    }

    @Test
    void defaultLimitIsTheConfiguredTwentyMebibytes(@TempDir Path dir) throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("config/application.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        assertThat(SubmissionReader.DEFAULT_MAX_BYTES).isEqualTo(20_971_520L)
                .isEqualTo(Long.parseLong(config.getProperty("gongkai.intake.max-file-size").strip()));
        assertThat(reader.maxBytes()).isEqualTo(SubmissionReader.DEFAULT_MAX_BYTES);

        Path big = dir.resolve("big.json");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SubmissionReader.DEFAULT_MAX_BYTES + 1);    // sparse: nothing is written
        }
        Finding f = only(reader.read(big));
        assertThat(f.ruleId()).isEqualTo("file.size");
        assertThat(f.expected()).isEqualTo("≤ 20.0 MB");
        assertThat(f.message()).contains("超过了允许的上限 20.0 MB");
    }

    @Test
    void unknownTypesAreFileTypeNamingWhatWasSent() {
        Finding pdf = only(reader.read("预算.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(pdf.ruleId()).isEqualTo("file.type");
        assertThat(pdf.message()).contains("PDF");
        Finding zipAsJson = only(reader.read("预算.json", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}));
        assertThat(zipAsJson.ruleId()).isEqualTo("file.type");
        assertThat(zipAsJson.message()).contains("ZIP");
        Finding txt = only(reader.read("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(txt.ruleId()).isEqualTo("file.type");
        assertThat(txt.message()).contains(".txt");
        // JSON content under another extension is still read
        assertThat(reader.read("submission.txt", ExampleFiles.bytes()).readable()).isTrue();
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        String broken = ExampleFiles.replaceFirst("\"fiscalYear\": 2024,", "\"fiscalYear\": 2024");
        Finding f = only(read(broken));
        assertThat(f.ruleId()).isEqualTo("json.syntax");
        assertThat(f.message()).contains("第5行").contains("逗号");
        assertThat(f.found()).contains("amountUnit");
    }

    @Test
    void fullWidthPunctuationIsExplained() {
        String broken = ExampleFiles.replaceFirst("\"fiscalYear\": 2024,", "\"fiscalYear\": 2024，");
        Finding f = only(read(broken));
        assertThat(f.ruleId()).isEqualTo("json.syntax");
        assertThat(f.message()).contains("全角").contains("第4行");
    }

    @Test
    void trailingCommaAndTrailingContentAreSyntaxErrors() {
        assertThat(only(read(ExampleFiles.replaceFirst("\"技术科\"", "\"技术科\",").replace("\"技术科\",\n    ]", "\"技术科\",]"))).ruleId())
                .isEqualTo("json.syntax");
        assertThat(only(read(ExampleFiles.text() + "\n{}")).ruleId()).isEqualTo("json.syntax");
        assertThat(only(read(ExampleFiles.replaceFirst("{", "{ // comment\n"))).ruleId()).isEqualTo("json.syntax");
    }

    @Test
    void everyUnknownFieldIsReportedWithItsPathAndAllowedFields() {
        String t = ExampleFiles.replaceFirst("\"approvalDate\"", "\"approvaldate\"");
        t = t.replace("{\"kind\": \"item\", \"functionCode\": \"2080501\", \"name\": \"行政单位离退休\", \"values\"",
                "{\"kind\": \"item\", \"functionCode\": \"2080501\", \"name\": \"行政单位离退休\", \"valuez\"");
        ReadOutcome o = read(t);
        assertThat(o.readable()).isFalse();
        assertThat(o.findings()).extracting(Finding::ruleId).containsOnly("json.field");
        assertThat(o.findings()).hasSizeGreaterThanOrEqualTo(3); // approvaldate + valuez in tables 3 and 5
        Finding top = o.findings().get(0);
        assertThat(top.found()).isEqualTo("approvaldate");
        assertThat(top.hint()).startsWith("是否应为“approvalDate”？");
        assertThat(top.expected()).contains("approvalDate").contains("department");
        assertThat(top.message()).contains("第7行");
        Finding row = o.findings().stream().filter(f -> "valuez".equals(f.found())).findFirst().orElseThrow();
        assertThat(row.location().path()).isEqualTo("tables.expenditure_summary.rows[2].valuez");
        assertThat(row.location().tableTitle()).isEqualTo("部门支出总体情况表");
        assertThat(row.location().row()).isEqualTo(3);
        assertThat(row.hint()).contains("“values”");
    }

    @Test
    void textWhereANumberGoesIsJsonTypeAtTheCell() {
        String t = ExampleFiles.replaceFirst("\"name\": \"行政单位离退休\", \"values\": {\"total\": 36.2",
                "\"name\": \"行政单位离退休\", \"values\": {\"total\": \"36.2\"");
        ReadOutcome o = read(t);
        Finding f = only(o);
        assertThat(f.ruleId()).isEqualTo("json.type");
        assertThat(f.location().path()).isEqualTo("tables.expenditure_summary.rows[2].values.total");
        assertThat(f.location().table()).isEqualTo("expenditure_summary");
        assertThat(f.location().row()).isEqualTo(3);
        assertThat(f.location().column()).isEqualTo("total");
        assertThat(f.location().columnTitle()).isEqualTo("合计");
        assertThat(f.expected()).isEqualTo("数字");
        assertThat(f.found()).contains("36.2");
        assertThat(f.hint()).contains("36.2").contains("不加引号");
    }

    @Test
    void severalTypeErrorsAreAllReported() {
        String t = ExampleFiles.replaceFirst("\"fiscalYear\": 2024", "\"fiscalYear\": 2024.0")
                .replace("\"precision\": 1", "\"precision\": \"1\"")
                .replace("\"code\": \"701\"", "\"code\": 701")
                .replace("\"divisions\": [", "\"divisions\": {\"a\": [")
                .replace("\"技术科\"\n    ]", "\"技术科\"\n    ]}");
        ReadOutcome o = read(t);
        assertThat(o.readable()).isFalse();
        assertThat(o.findings()).extracting(f -> f.location().path())
                .contains("fiscalYear", "precision", "department.code", "department.divisions");
        assertThat(o.findings()).extracting(Finding::ruleId).containsOnly("json.type");
    }

    @Test
    void nanIsAJsonTypeError() {
        Finding f = only(read(ExampleFiles.replaceFirst("\"total\": 36.2", "\"total\": NaN")));
        assertThat(f.ruleId()).isEqualTo("json.type");
        assertThat(f.message()).contains("NaN");
        assertThat(only(read(ExampleFiles.replaceFirst("\"total\": 36.2", "\"total\": \"NaN\""))).ruleId()).isEqualTo("json.type");
    }

    @Test
    void duplicateKeyIsRejected() {
        Finding f = only(read(ExampleFiles.replaceFirst("\"precision\": 1,", "\"precision\": 1, \"precision\": 2,")));
        assertThat(f.ruleId()).isEqualTo("json.duplicate-key");
        assertThat(f.found()).isEqualTo("precision");
        assertThat(f.message()).contains("precision").contains("第6行");
    }

    @Test
    void hostileInputFailsFast() {
        long t0 = System.nanoTime();
        String deep = "{\"department\": {\"duties\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
        assertThat(read(deep).findings()).extracting(Finding::ruleId).contains("json.depth").containsOnly("json.depth", "json.type");
        assertThat(only(read("{\"fiscalYear\": 1" + "0".repeat(5000) + "}")).ruleId()).isEqualTo("json.limit");
        assertThat(only(read(ExampleFiles.replaceFirst("\"total\": 36.2", "\"total\": 1e999999999"))).ruleId()).isEqualTo("json.limit");
        assertThat(only(read(ExampleFiles.replaceFirst("\"total\": 36.2", "\"total\": 1e-999999999"))).ruleId()).isEqualTo("json.limit");
        assertThat(only(read("{\"profile\": \"" + "x".repeat(300_000) + "\"}")).ruleId()).isEqualTo("json.limit");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(15_000); // generous: the build machine is shared
    }

    @Test
    void aRootThatIsNotAnObjectIsJsonType() {
        assertThat(only(reader.read("a.json", "[]".getBytes(StandardCharsets.UTF_8))).ruleId()).isEqualTo("json.type");
        assertThat(only(reader.read("a.json", "{\"tables\": []}".getBytes(StandardCharsets.UTF_8))).ruleId()).isEqualTo("json.type");
        assertThat(only(reader.read("a.json", "null".getBytes(StandardCharsets.UTF_8))).ruleId()).isEqualTo("json.type");
    }

    @Test
    void exponentNotationIsReadAsAPlainAmount() {
        ReadOutcome o = read(ExampleFiles.replaceFirst("\"total\": 36.2", "\"total\": 3.62E+1"));
        assertThat(o.findings()).isEmpty();
        BigDecimal v = o.submission().table("expenditure_summary").rows().get(2).amount("total");
        assertThat(v).isEqualByComparingTo("36.2");
        ReadOutcome big = read(ExampleFiles.replaceFirst("\"total\": 36.2", "\"total\": 1E+2"));
        assertThat(big.submission().table("expenditure_summary").rows().get(2).amount("total").toString()).isEqualTo("100");
    }

    @Test
    void neverThrowsOnTruncatedOrCorruptedInput() {
        byte[] good = ExampleFiles.bytes();
        java.util.Random rnd = new java.util.Random(42);
        for (int cut = 1; cut < good.length; cut += 211) {
            byte[] part = java.util.Arrays.copyOf(good, cut);
            ReadOutcome o = reader.read("cut.json", part);
            assertThat(o.readable()).as("cut at %d", cut).isFalse();
            assertThat(o.findings()).allMatch(Finding::isError).isNotEmpty();
        }
        for (int i = 0; i < 300; i++) {
            byte[] b = good.clone();
            for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            ReadOutcome o = reader.read("noise.json", b);
            assertThat(o.findings().isEmpty()).isEqualTo(o.readable());
        }
        for (int i = 0; i < 50; i++) {
            byte[] b = new byte[rnd.nextInt(2000) + 1];
            rnd.nextBytes(b);
            b[0] = '{';
            assertThat(reader.read("random.json", b).readable()).isFalse();
        }
    }

    @Test
    void aFloodOfProblemsStopsAtTheCapWithANote() {
        StringBuilder sb = new StringBuilder("{\"department\": {\"duties\": [");
        for (int i = 0; i < 5000; i++) {
            sb.append(i).append(',');
        }
        sb.append("1]}}");
        ReadOutcome o = read(sb.toString());
        assertThat(o.readable()).isFalse();
        assertThat(o.findings()).hasSize(201);
        assertThat(o.findings().get(200).message()).contains("问题过多").contains("200");
        assertThat(o.findings().get(0).location().path()).isEqualTo("department.duties[0]");
    }
}
