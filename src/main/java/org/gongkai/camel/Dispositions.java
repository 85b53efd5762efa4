package org.gongkai.camel;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.gongkai.support.BoundedNames;

/**
 * Where an original file ends up: every outcome keeps its bytes under a unique, dated name. Nothing is deleted. The
 * submitter's part of the name is bounded ({@link BoundedNames}): a long or odd name is shortened or cleaned, and the
 * original name is recorded in the report, the error file or the staging folder.
 */
public record Dispositions(Path archive, Path rejected, Path duplicates, Path failed) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    public Path accepted(String fileName, LocalDateTime at) {
        return archive.resolve(DAY.format(at)).resolve(stamped(fileName, at)).toAbsolutePath();
    }

    public Path rejected(String fileName, LocalDateTime at) {
        return rejected.resolve(stamped(fileName, at)).toAbsolutePath();
    }

    public Path duplicate(String fileName, LocalDateTime at) {
        return duplicates.resolve(DAY.format(at)).resolve(stamped(fileName, at)).toAbsolutePath();
    }

    public Path failed(String fileName, LocalDateTime at) {
        return failed.resolve(stamped(fileName, at)).toAbsolutePath();
    }

    private static String stamped(String fileName, LocalDateTime at) {
        return STAMP.format(at) + "-" + BoundedNames.bounded(fileName);
    }
}
