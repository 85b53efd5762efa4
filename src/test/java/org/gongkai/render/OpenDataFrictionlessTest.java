package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.narrative.Submissions;
import org.gongkai.support.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open data of every example as its users read it: the official Frictionless JavaScript libraries
 * (datapackage-js 1.1.10, tableschema-js 1.12.6) load each data package and read and cast every resource as declared
 * — any error fails the test; tables.xlsx, opened with POI, has every table with codes as text.
 */
class OpenDataFrictionlessTest {

    static final List<Path> packages = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        Path root = Files.createDirectories(Path.of("target/open-data"));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path example : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Path out = root.resolve(example.getFileName().toString().replace(".json", ""));
                org.gongkai.support.Folders.deleteTree(out);
                Files.createDirectories(out);
                DisclosureRenderer r = new DisclosureRenderer();
                new OpenDataWriter().write(r.document(Submissions.read(example)), out, 2);
                packages.add(out.resolve(FileNames.DATAPACKAGE));
            }
        }
        // a department with three years: series.csv carries them all
        Path multi = root.resolve("keji-802-2025-multi-year");
        org.gongkai.support.Folders.deleteTree(multi);
        Files.createDirectories(multi);
        new OpenDataWriter().write(new DisclosureRenderer(null, MultiYearFixtures.archive2023and2024())
                .document(MultiYearFixtures.submission2025()), multi, 1);
        packages.add(multi.resolve(FileNames.DATAPACKAGE));
        assertThat(packages).isNotEmpty();
    }

    @Test
    void frictionlessReadsEveryResourceAsDeclared() throws Exception {
        NodeTools.assumeReady();
        NodeTools.Result r = NodeTools.node("check-datapackage.js",
                packages.stream().map(p -> p.toAbsolutePath().toString()).toList(), 300);
        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonNode reports = new ObjectMapper().readTree(r.stdout());
        assertThat(reports).hasSize(packages.size());
        for (JsonNode report : reports) {
            Path pkg = Path.of(report.get("package").asText());
            assertThat(report.get("errors")).as("Frictionless errors in %s", pkg).isEmpty();
            JsonNode descriptor = new ObjectMapper().readTree(pkg.toFile());
            assertThat(report.get("resources")).hasSize(descriptor.get("resources").size());
            for (JsonNode res : report.get("resources")) {
                String path = null;
                for (JsonNode d : descriptor.get("resources")) {
                    if (d.get("name").asText().equals(res.get("name").asText())) {
                        path = d.get("path").asText();
                    }
                }
                long lines = Files.readString(pkg.resolveSibling(path), StandardCharsets.UTF_8).split("\r\n").length;
                assertThat(res.get("rows").asLong()).as("rows read from %s", path).isEqualTo(lines - 1);
            }
        }
    }

    @Test
    void descriptorHasLicencePublisherVersionAndSources() throws Exception {
        JsonNode d = new ObjectMapper().readTree(packages.get(0).toFile());
        assertThat(d.get("version").asText()).isEqualTo("2.0.0");
        assertThat(d.get("licenses").get(0).get("name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(d.get("contributors").get(0).get("role").asText()).isEqualTo("publisher");
        assertThat(d.get("sources").get(0).get("path").asText()).isEqualTo("data.json");
        for (JsonNode r : d.get("resources")) {
            assertThat(r.get("encoding").asText()).isEqualTo("utf-8");
        }
    }

    @Test
    void tablesWorkbookHasEveryTableWithCodesAsText() throws Exception {
        // henan-14 prints 款/项 codes in their own columns ("01"); shanghai-district prints one column ("201 13 01"):
        // every leading-zero code is text, and at least one package has such codes
        boolean leadingZero = false;
        for (Path pkg : packages) {
            JsonNode d = new ObjectMapper().readTree(pkg.toFile());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(pkg.resolveSibling(FileNames.TABLES_XLSX)))) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(d.get("resources").size());
                DataFormatter f = new DataFormatter();
                for (Sheet s : wb) {
                    for (Row row : s) {
                        for (var c : row) {
                            if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("0\\d+")) {
                                leadingZero = true;
                                assertThat(f.formatCellValue(c)).startsWith("0");
                            } else if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d{3}( \\d{2})*( 0\\d)( \\d{2})*")) {
                                // shanghai-district prints a whole code in one cell, in groups: "201 13 01"
                                leadingZero = true;
                                assertThat(f.formatCellValue(c)).isEqualTo(c.getStringCellValue());
                            }
                        }
                    }
                }
            }
        }
        assertThat(leadingZero).as("a code with a leading zero is kept as text in %s", packages).isTrue();
    }

    @Test
    void theSameDocumentGivesTheSameWorkbookBytes() throws IOException {
        DisclosureDocument doc = new DisclosureRenderer().document(Submissions.example());
        var a = new java.io.ByteArrayOutputStream();
        var b = new java.io.ByteArrayOutputStream();
        new TablesWorkbook().write(doc, a);
        new TablesWorkbook().write(doc, b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
}
