package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.gongkai.model.Submission;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF of the example, read back with PDFBox: A4, fonts embedded, headings, names and figures present, no tofu. */
class PdfOutputTest {

    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() throws Exception {
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.example());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(new HtmlRenderer().renderPrint(doc), doc.title(), out);
        pdf = out.toByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(d);
        }
    }

    @Test
    void containsHeadingsNamesAndFigures() {
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("平顶山市人民政府经济技术协作办公室", "2024年部门预算公开", "第一部分", "第二部分", "第三部分", "名词解释",
                "一、收入支出预算总体情况说明", "九、其他重要事项情况说明", "部门收支总体情况表", "政府采购汇总表",
                "收入增加26.8万元，增长28.4%", "社会保障和就业（类）支出45.9万元，占37.8%", "行政事业单位养老支出（款）行政单位离退休（项）",
                "人员经费111.8万元，占92.2%", "“三公”经费", "≥95%", "≤20%", "本部门2024年度没有政府采购支出，故本表无数据。",
                "第1页共", "0.00");
    }

    @Test
    void noGlyphIsMissing() {
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(text).doesNotContain("#");
        assertThat(text.chars().filter(c -> c == '?').count()).isZero();
    }

    @Test
    void a4PagesWithEmbeddedFontsAndPageNumbers() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isGreaterThan(15);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                PDRectangle box = page.getMediaBox();
                float w = Math.min(box.getWidth(), box.getHeight());
                float h = Math.max(box.getWidth(), box.getHeight());
                assertThat(w).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(h).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    fonts.add(f.getName());
                }
            }
            assertThat(fonts).anySatisfy(n -> assertThat(n).contains("DroidSansFallback"));
            int pages = d.getNumberOfPages();
            assertThat(text.replaceAll("\\s+", "")).contains("第" + pages + "页共" + pages + "页");
        }
    }

    /**
     * Borders and backgrounds are still marked as artifacts (PDF/UA: everything drawn is either tagged content or an
     * artifact), but all of a page's refer to one shared layout property list instead of a list each.
     */
    @Test
    void bordersAndBackgroundsAreLayoutArtifactsSharingOnePropertyListPerPage() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int artifacts = 0;
            for (PDPage page : d.getPages()) {
                org.apache.pdfbox.cos.COSDictionary props = page.getResources().getCOSObject()
                        .getCOSDictionary(COSName.PROPERTIES);
                String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                int shared = content.split("/Artifact /Layout BDC", -1).length - 1;
                if (shared > 0) {
                    assertThat(props.getCOSDictionary(TaggedPages.LAYOUT_KEY).getCOSName(COSName.TYPE).getName())
                            .isEqualTo("Layout");
                }
                for (COSName key : props.keySet()) {
                    assertThat(props.getCOSDictionary(key).getCOSName(COSName.TYPE))
                            .as("page property list %s", key).isNotEqualTo(COSName.BACKGROUND);
                }
                assertThat(props.size()).as("property lists of a page").isLessThan(5);
                artifacts += shared;
            }
            assertThat(artifacts).as("borders and backgrounds marked as layout artifacts").isGreaterThan(1000);
        }
    }

    @Test
    void tableHeadersRepeatOnEveryPageOfALongTable() throws Exception {
        ObjectMapper m = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        ObjectNode root = (ObjectNode) m.readTree(Path.of("examples/pingdingshan-701-2024.json").toFile());
        ArrayNode rows = (ArrayNode) root.path("tables").path("general_budget_basic_expenditure").path("rows");
        for (int i = 0; i < 120; i++) {
            rows.addObject().put("kind", "item").put("econCode", "30299").put("name", "长表测试行" + i)
                    .put("govEconCode", "50299").put("govEconName", "其他商品和服务支出")
                    .putObject("values").put("total", new BigDecimal("0.1")).put("personnel", 0).put("public", new BigDecimal("0.1"));
        }
        Submission longTable = m.treeToValue(root, Submission.class);
        DisclosureDocument doc = new DisclosureRenderer().document(longTable);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(new HtmlRenderer().renderPrint(doc), doc.title(), out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            int pagesWithRows = 0;
            int pagesWithRowsAndHeader = 0;
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String page = s.getText(d).replaceAll("\\s+", "");
                if (page.contains("长表测试行") && page.contains("50299")) {
                    pagesWithRows++;
                    if (page.contains("本年一般公共预算基本支出") && page.contains("部门预算支出经济分类科目")) {
                        pagesWithRowsAndHeader++;
                    }
                }
            }
            assertThat(pagesWithRows).isGreaterThanOrEqualTo(2);
            assertThat(pagesWithRowsAndHeader).isEqualTo(pagesWithRows);
        }
    }

    @Test
    void bookmarksForEveryPartAndTableAndPageNumbersInTheContents() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(d.getDocumentInformation().getTitle()).contains("2024年部门预算公开");
            assertThat(d.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            List<String> titles = new ArrayList<>();
            collect(d.getDocumentCatalog().getDocumentOutline().children(), titles);
            assertThat(titles).contains("第三部分 名词解释", "图解", "一、部门收支总体情况表", "十四、政府采购汇总表");
            assertThat(titles.stream().filter(t -> t.matches("[一二三四五六七八九十]+、.*表"))).hasSize(14);
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "pdfuaid:part", "2024年部门预算公开").doesNotContain("CreateDate");

            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            String contents = s.getText(d);
            // the contents page shows, for every part and table, the page its bookmark points at
            java.util.Set<String> numbersOnContentsPage = new java.util.HashSet<>(
                    java.util.Arrays.asList(contents.split("[^0-9]+")));
            List<Integer> targets = new ArrayList<>();
            pages(d, d.getDocumentCatalog().getDocumentOutline().children(), targets);
            assertThat(targets).hasSize(titles.size()).allSatisfy(p -> assertThat(p).isGreaterThan(2));
            assertThat(targets).isSorted();
            for (int p : targets) {
                assertThat(numbersOnContentsPage).as("page %d in the contents", p).contains(Integer.toString(p));
            }
        }
    }

    private static void pages(PDDocument d,
                              Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
                              List<Integer> pages) throws java.io.IOException {
        for (var item : items) {
            var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) item.getDestination();
            pages.add(d.getPages().indexOf(dest.getPage()) + 1);
            pages(d, item.children(), pages);
        }
    }

    private static void collect(Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
                                List<String> titles) {
        for (var item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    @Test
    void rendersOnSeveralThreadsAtOnceGiveTheSameBytesWithAtMostOneFontPairPerProcessor() throws Exception {
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.example());
        String html = new HtmlRenderer().renderPrint(doc);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(PdfRenderer.MAX_FONT_PAIRS + 2);
        try {
            List<java.util.concurrent.Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new PdfRenderer().render(html, doc.title(), out);
                    return out.toByteArray();
                }));
            }
            for (java.util.concurrent.Future<byte[]> run : runs) {
                assertThat(run.get()).isEqualTo(pdf);
            }
            // more renders than processors at once: never more parsed font pairs than processors
            runs.clear();
            for (int i = 0; i < PdfRenderer.MAX_FONT_PAIRS + 2; i++) {
                runs.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new PdfRenderer().render(html, doc.title(), out);
                    assertThat(PdfRenderer.parsedFontPairs()).isBetween(1, PdfRenderer.MAX_FONT_PAIRS);
                    return out.toByteArray();
                }));
            }
            for (java.util.concurrent.Future<byte[]> run : runs) {
                assertThat(run.get()).isEqualTo(pdf);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every compressed stream (page contents, font subsets, object streams) is deflated at the fast level
     * ({@link PdfRenderer#DEFLATE_LEVEL}): each stream's bytes are what that level makes of its decoded content.
     */
    @Test
    void streamsAreDeflatedAtTheFastLevel() throws Exception {
        assertThat(System.getProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL)).isEqualTo("1");
        int checked = 0;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.cos.COSObject o : d.getDocument().getXrefTable().keySet().stream()
                    .map(k -> d.getDocument().getObjectFromPool(k)).toList()) {
                if (!(o.getObject() instanceof org.apache.pdfbox.cos.COSStream stream)
                        || !COSName.FLATE_DECODE.equals(stream.getFilters())) {
                    continue;
                }
                byte[] raw;
                byte[] decoded;
                try (java.io.InputStream in = stream.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
                try (java.io.InputStream in = stream.createInputStream()) {
                    decoded = in.readAllBytes();
                }
                assertThat(raw).as("stream %s", o.getKey()).isEqualTo(deflate(decoded, PdfRenderer.DEFLATE_LEVEL));
                assertThat(raw).as("stream %s", o.getKey()).isNotEqualTo(deflate(decoded, 6));
                checked++;
            }
        }
        assertThat(checked).as("compressed streams checked").isGreaterThan(20);
    }

    private static byte[] deflate(byte[] data, int level) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(level);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
