package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.intake.SubmissionReader;
import org.gongkai.narrative.CatalogClassificationNames;
import org.gongkai.narrative.PriorYearSource;
import org.gongkai.publish.StagingArea;
import org.gongkai.render.DisclosureRenderer;
import org.gongkai.render.RenderResult;
import org.gongkai.report.CheckReport;
import org.gongkai.report.ConsoleReport;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.xlsx.WorkbookSubmissionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Renders one submission's disclosure without the service: the same outputs the route writes into staging. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the disclosure of one submission: index.html, the PDF, data.json, csv/ and datapackage.json.",
                "The submission is checked first; an invalid one is not rendered (exit status 1)."})
public final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Submission file (.json, .xlsx)")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the outputs into")
    Path out;

    @Option(names = "--staging", paramLabel = "DIR",
            description = {"The service's staging folder (e.g. data/staging): last year's accepted submission of the",
                    "department supplies prior-year figures the file lacks, as in the service"})
    Path staging;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = {"The service's data folder: last year's budget (staging/ or imported reference/) checks and",
                    "supplies the prior-year figures"})
    Path dataDir;

    @Option(names = "--max-file-size", defaultValue = "" + SubmissionReader.DEFAULT_MAX_BYTES,
            description = "Largest file accepted, in bytes (default ${DEFAULT-VALUE})")
    long maxFileSize;

    @Mixin
    CatalogOptions catalogOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() throws Exception {
        profileOptions.read();
        CatalogEditions editions = catalogOptions.editions();
        var archive = ImportReferenceCommand.archive(dataDir, editions);
        CheckedSubmission checked = new SubmissionCheck(
                SubmissionReader.withReaders(maxFileSize, new WorkbookSubmissionReader()), new SubmissionValidator(editions), archive)
                .check(file);
        if (!checked.valid()) {
            System.out.print(new ConsoleReport().render(CheckReport.of(checked), file.toString()));
            return 1;
        }
        PriorYearSource priorYears = dataDir != null ? archive.asSource() : staging == null ? PriorYearSource.NONE
                : (department, year) -> new StagingArea(staging).latestSubmission(year, department);
        RenderResult result = new DisclosureRenderer(CatalogClassificationNames.STANDARD_2024, priorYears).withCatalog(editions).renderAll(checked.read().submission(), out);
        for (Path p : result.files()) {
            System.out.println(p);
        }
        for (String w : result.warnings()) {
            System.out.println("警告：" + w);
        }
        System.out.printf("rendered in %d ms (html %d ms, pdf %d ms, open data %d ms)%n", result.timings().totalMillis(),
                result.timings().htmlMillis(), result.timings().pdfMillis(), result.timings().openDataMillis());
        return 0;
    }
}
