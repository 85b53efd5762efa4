package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF (the PDF Association's reference validator) checks the PDF of every example submission against
 * PDF/A-2u (archiving, GB/T 23286.1) and PDF/UA-1 (tagged, accessible): any failed rule fails the test.
 */
class PdfStandardsTest {

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static byte[] pdf(Path example) {
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.read(example));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(new HtmlRenderer().renderPrint(doc), doc.title(), out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pdfA2uAndPdfUa1(Path example) throws Exception {
        byte[] pdf = pdf(example);
        Path out = Files.createDirectories(Path.of("target/pdf-standards"))
                .resolve(example.getFileName().toString().replace(".json", ".pdf"));
        Files.write(out, pdf);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u failures of %s", example).isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures of %s", example).isEmpty();
        // The description PDF/UA asks for: the document information's Subject and, the same, the XMP dc:description.
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String subject = doc.getDocumentInformation().getSubject();
            assertThat(subject).as("Subject of %s", example).contains("年部门预算公开").contains("张预算表");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("dc:description").contains(subject);
        }
    }

    /** The PDF with the multi-year section (three years: charts as CSS bars, the series tables) passes both too. */
    @org.junit.jupiter.api.Test
    void pdfWithTheMultiYearSection() throws Exception {
        DisclosureDocument doc = new DisclosureRenderer(null, MultiYearFixtures.archive2023and2024())
                .document(MultiYearFixtures.submission2025());
        assertThat(doc.series().years()).containsExactly(2023, 2024, 2025);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(new HtmlRenderer().renderPrint(doc), doc.title(), out);
        byte[] pdf = out.toByteArray();
        Files.write(Files.createDirectories(Path.of("target/pdf-standards")).resolve("keji-802-2025-multi-year.pdf"), pdf);
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u failures").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    }

    /** Failed rules with their clause, test number, description and how often they failed. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                            + " " + a.getMessage(), java.util.TreeMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
