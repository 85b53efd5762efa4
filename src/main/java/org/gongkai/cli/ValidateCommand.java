package org.gongkai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.SubmissionCheck;
import org.gongkai.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Offline self-check: the same rules as the service, without the service. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check submission files offline with the service's rules; exit status 0 only when all are valid.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (.json, .xlsx)")
    List<Path> files;

    @Option(names = "--max-file-size", defaultValue = "20971520", description = "Largest file accepted, in bytes (default ${DEFAULT-VALUE})")
    long maxFileSize;

    @Override
    public Integer call() throws Exception {
        SubmissionCheck check = new SubmissionCheck(maxFileSize);
        boolean allValid = true;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                System.out.println(file + ": invalid (文件不存在或不是普通文件)");
                allValid = false;
                continue;
            }
            CheckedSubmission checked = check.check(file.getFileName().toString(), Files.readAllBytes(file));
            allValid &= checked.valid();
            System.out.printf("%s: %s (%d errors, %d warnings)%n", file, checked.valid() ? "valid" : "invalid",
                    checked.result().errorCount(), checked.result().warningCount());
            for (Finding f : checked.result().findings()) {
                System.out.println("  " + f.severity().chinese() + " " + f.ruleId() + " " + f.location().describe() + ": " + f.message());
            }
        }
        return allValid ? 0 : 1;
    }
}
