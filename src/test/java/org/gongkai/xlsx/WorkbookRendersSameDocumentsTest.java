package org.gongkai.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.intake.ReadOutcome;
import org.gongkai.model.Submission;
import org.gongkai.narrative.CatalogClassificationNames;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.validation.SubmissionValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed example as a workbook is as good as the JSON: it validates cleanly and renders the same documents. */
class WorkbookRendersSameDocumentsTest {

    @TempDir
    Path tmp;

    @Test
    void exampleWorkbookRendersTheSameHtmlAndCsvAsTheJson() throws Exception {
        Submission fromJson = new ObjectMapper().readValue(Path.of("examples/pingdingshan-701-2024.json").toFile(), Submission.class);
        byte[] workbook = new WorkbookWriter().toBytes(fromJson);
        ReadOutcome read = new WorkbookSubmissionReader().read("701.xlsx", workbook, null);
        assertThat(read.findings()).isEmpty();
        assertThat(new SubmissionValidator().validate(read.submission()).findings()).isEmpty();

        DisclosureRenderer renderer = new DisclosureRenderer(CatalogClassificationNames.STANDARD_2024, null);
        renderer.renderAll(fromJson, tmp.resolve("json"));
        renderer.renderAll(read.submission(), tmp.resolve("xlsx"));
        assertThat(Files.readString(tmp.resolve("xlsx/index.html"))).isEqualTo(Files.readString(tmp.resolve("json/index.html")));
        List<Path> csvs;
        try (Stream<Path> s = Files.list(tmp.resolve("json/csv"))) {
            csvs = s.sorted().toList();
        }
        assertThat(csvs).hasSize(14);
        for (Path csv : csvs) {
            assertThat(Files.readAllBytes(tmp.resolve("xlsx/csv").resolve(csv.getFileName().toString())))
                    .as(csv.getFileName().toString()).isEqualTo(Files.readAllBytes(csv));
        }
    }
}
