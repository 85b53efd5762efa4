package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.catalog.CatalogEditions;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.intake.SubmissionReader;
import org.gongkai.report.CheckReport;
import org.gongkai.report.ConsoleReport;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.xlsx.WorkbookSubmissionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Offline self-check: the same reading and rules as the service, without the service. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check submission files offline with the service's rules.",
                "Prints 'FILE: valid|invalid (N errors, M warnings)' and the findings for each file;",
                "exit status 0 only when every file is valid, 2 when the catalogue folder (--catalog-dir) or the profile folder",
                "(--profile-dir) is unusable."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (.json, .xlsx)")
    List<Path> files;

    @Option(names = "--max-file-size", defaultValue = "" + SubmissionReader.DEFAULT_MAX_BYTES,
            description = "Largest file accepted, in bytes (default ${DEFAULT-VALUE})")
    long maxFileSize;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = {"The service's data folder (e.g. data): last year's budget of the department (staging/ or",
                    "reference/) is the reference for the file's prior-year figures, as in the service"})
    Path dataDir;

    @Mixin
    CatalogOptions catalogOptions;

    @Mixin
    ProfileOptions profileOptions;

    /**
     * {@code validate FILE...} without options, as picocli would run it (the same defaults, a bureau file that cannot
     * be used prints its message and gives status 2), but without picocli: the launcher runs such a line this way
     * ({@link Launcher#plainValidateFiles}).
     */
    static int withDefaults(List<Path> files) {
        ValidateCommand command = new ValidateCommand();
        command.files = files;
        command.maxFileSize = SubmissionReader.DEFAULT_MAX_BYTES;
        command.catalogOptions = new CatalogOptions();
        command.profileOptions = new ProfileOptions();
        try {
            return command.call();
        } catch (org.gongkai.support.BureauFileException e) {
            return BureauFileExit.report(e);
        }
    }

    @Override
    public Integer call() {
        profileOptions.read();
        CatalogEditions editions = catalogOptions.editions();
        SubmissionCheck check = new SubmissionCheck(SubmissionReader.withReaders(maxFileSize, new WorkbookSubmissionReader()), new SubmissionValidator(editions),
                ImportReferenceCommand.references(dataDir, editions));
        ConsoleReport console = new ConsoleReport();
        boolean allValid = true;
        for (Path file : files) {
            CheckedSubmission checked = check.check(file);
            allValid &= checked.valid();
            System.out.print(console.render(CheckReport.of(checked), file.toString()));
        }
        System.out.flush();
        return allValid ? 0 : 1;
    }
}
