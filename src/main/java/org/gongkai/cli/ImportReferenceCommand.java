package org.gongkai.cli;

import org.gongkai.catalog.CatalogEditions;
import org.gongkai.narrative.CodeSuccessors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.intake.SubmissionReader;
import org.gongkai.model.Submission;
import org.gongkai.publish.PriorYearArchive;
import org.gongkai.report.CheckReport;
import org.gongkai.report.ConsoleReport;
import org.gongkai.report.JsonReportWriter;
import org.gongkai.validation.PriorYearReferences;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.xlsx.WorkbookSubmissionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Takes earlier years' submissions (from before gongkai was used) into the archive as reference only: they serve as
 * last year's budget for next year's comparatives and are never published. Lenient: every rule runs and its findings
 * are printed and kept beside the file, but a file is refused only when it cannot be read or names no fiscal year or
 * department code (without them it could never be found again).
 */
@Command(name = "import-reference", mixinStandardHelpOptions = true,
        description = {"Import earlier years' submission files (.json, .xlsx) as reference for the following year's",
                "prior-year figures; they are not published. Problems are reported but what is readable is kept.",
                "Exit status 0 when every file was imported."})
public final class ImportReferenceCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (.json, .xlsx) of earlier years")
    List<Path> files;

    @Option(names = "--data-dir", defaultValue = "data", paramLabel = "DIR",
            description = "The service's data folder; files go to DIR/reference/{year}/{department}/ (default ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--max-file-size", defaultValue = "" + SubmissionReader.DEFAULT_MAX_BYTES,
            description = "Largest file accepted, in bytes (default ${DEFAULT-VALUE})")
    long maxFileSize;

    /** The archive of a data folder (staging/ and reference/), or none without one. */
    static PriorYearArchive archive(Path dataDir) {
        return archive(dataDir, CatalogEditions.shipped());
    }

    /** As above, matching codes replaced between editions through {@code editions}' successor information. */
    static PriorYearArchive archive(Path dataDir, CatalogEditions editions) {
        return dataDir == null ? null : new PriorYearArchive(dataDir.resolve("staging"), dataDir.resolve("reference"),
                CodeSuccessors.of(editions));
    }

    static PriorYearReferences references(Path dataDir, CatalogEditions editions) {
        PriorYearArchive a = archive(dataDir, editions);
        return a == null ? PriorYearReferences.NONE : a;
    }

    @Override
    public Integer call() throws Exception {
        PriorYearArchive archive = archive(dataDir);
        SubmissionCheck check = new SubmissionCheck(SubmissionReader.withReaders(maxFileSize, new WorkbookSubmissionReader()),
                new SubmissionValidator());
        ConsoleReport console = new ConsoleReport();
        JsonReportWriter json = new JsonReportWriter();
        boolean all = true;
        for (Path file : files) {
            CheckedSubmission checked = check.check(file);
            Submission s = checked.read().readable() ? checked.read().submission() : null;
            String code = s == null ? null : s.departmentCode();
            if (s == null || s.fiscalYear() == null || code == null || code.isBlank()) {
                all = false;
                System.out.print(console.render(CheckReport.of(checked), file.toString()));
                System.out.println(file + ": 未导入（" + (s == null ? "文件无法读取" : "缺少预算年度或部门编码") + "）");
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
            Path dir = archive.references().stage(s, checked.read().sha256(), at, file.getFileName().toString(), bytes,
                    json.toJson(CheckReport.of(checked)));
            archive.references().complete(dir);
            if (!checked.valid()) {
                System.out.print(console.render(CheckReport.of(checked), file.toString()));
            }
            System.out.println(file + ": 已导入为 " + s.fiscalYear() + " 年 " + code + " 的参考（" + dataDir.relativize(dir)
                    + (checked.valid() ? "" : "；有问题，见上，上年数以可读出的表格为准") + "）");
        }
        return all ? 0 : 1;
    }
}
