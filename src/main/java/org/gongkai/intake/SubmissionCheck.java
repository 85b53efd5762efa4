package org.gongkai.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Location;
import org.gongkai.validation.PriorYearReference;
import org.gongkai.validation.PriorYearReferences;
import org.gongkai.validation.Severity;
import org.gongkai.validation.SubmissionValidator;
import org.gongkai.validation.ValidationResult;

/**
 * The whole offline check of one file: read it, validate what was read, point validation findings at workbook
 * cells when the file was a workbook, and salvage who it is from when it could not be read. Never throws.
 */
public final class SubmissionCheck {

    private final SubmissionReader reader;
    private final SubmissionValidator validator;
    private final Clock clock;
    private final PriorYearReferences priorYears;

    public SubmissionCheck(SubmissionReader reader, SubmissionValidator validator, Clock clock) {
        this(reader, validator, clock, PriorYearReferences.NONE);
    }

    /** @param priorYears where last year's budget of a department is looked up (the reference for its comparatives) */
    public SubmissionCheck(SubmissionReader reader, SubmissionValidator validator, Clock clock, PriorYearReferences priorYears) {
        this.reader = reader;
        this.validator = validator;
        this.clock = clock;
        this.priorYears = priorYears == null ? PriorYearReferences.NONE : priorYears;
    }

    public SubmissionCheck(SubmissionReader reader, SubmissionValidator validator, PriorYearReferences priorYears) {
        this(reader, validator, Clock.systemUTC(), priorYears);
    }

    public SubmissionCheck(SubmissionReader reader, SubmissionValidator validator) {
        this(reader, validator, Clock.systemUTC());
    }

    /** JSON reader with the default size limit and the standard validator. */
    public SubmissionCheck() {
        this(new SubmissionReader(), new SubmissionValidator());
    }

    public CheckedSubmission check(Path file) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        ReadOutcome read = reader.read(file);
        byte[] bytes = null;
        if (!read.readable() && "json".equals(read.format()) && read.bytes() <= reader.maxBytes()) {
            try {
                bytes = java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException | RuntimeException e) {
                bytes = null;
            }
        }
        return finish(read, bytes, start, t0);
    }

    public CheckedSubmission check(String fileName, byte[] content) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        ReadOutcome read = reader.read(fileName, content);
        return finish(read, content, start, t0);
    }

    private CheckedSubmission finish(ReadOutcome read, byte[] content, Instant start, long t0) {
        List<Finding> all = new ArrayList<>(read.findings());
        SubmissionSummary summary;
        if (read.readable()) {
            summary = SubmissionSummary.of(read.submission());
            for (Finding f : validate(read)) {
                all.add(withCell(f, read.sources()));
            }
        } else {
            summary = content != null && content.length <= reader.maxBytes() && !"xlsx".equals(read.format())
                    ? JsonIdentityScanner.scan(content) : SubmissionSummary.unknown();
        }
        all.sort(Comparator.comparing((Finding f) -> f.severity() == Severity.ERROR ? 0 : 1));
        return new CheckedSubmission(read, new ValidationResult(all), summary, start, Duration.ofNanos(System.nanoTime() - t0));
    }

    private List<Finding> validate(ReadOutcome read) {
        try {
            ValidationResult r = validator.validate(read.submission(), reference(read.submission()));
            return r == null ? List.of() : r.findings();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Finding(ReadRules.CHECK_INTERNAL, Severity.ERROR,
                    "校验规则运行时程序发生内部错误（" + e.getClass().getSimpleName() + "），无法确认材料是否合格。",
                    Location.none(), null, null, "这不是提交单位的错误，请联系财政局运维人员。"));
        }
    }

    /** Last year's budget of the same department, when the archive holds one (a failing lookup means none). */
    private PriorYearReference reference(org.gongkai.model.Submission s) {
        if (s == null || s.fiscalYear() == null || s.department() == null || s.department().code() == null) {
            return null;
        }
        try {
            return priorYears.find(s.department().code().strip(), s.fiscalYear() - 1).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Adds the workbook cell of a validation finding when the source map knows it. */
    static Finding withCell(Finding f, SourceMap sources) {
        Location loc = f.location();
        if (loc == null || loc.cell() != null || sources == null || sources.isEmpty()) {
            return f;
        }
        Optional<String> cell = Optional.empty();
        if (loc.table() != null && loc.row() != null) {
            cell = sources.cell(loc.table(), loc.row() - 1, loc.column());
        }
        if (cell.isEmpty() && loc.path() != null) {
            cell = sources.field(loc.path());
        }
        return cell.map(c -> f.withLocation(loc.withCell(c))).orElse(f);
    }
}
