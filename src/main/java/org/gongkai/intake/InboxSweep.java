package org.gongkai.intake;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.support.BoundedNames;

/**
 * Files the inbox consumer cannot take as they are named are never left lying: a name with a backslash (the file
 * consumer reads it as a folder separator), bytes that are not UTF-8 or a leading dot on a submission (a hidden
 * file) is renamed in place to its safe form ({@link BoundedNames#safe}),
 * and the consumer then takes it like any other file: it is checked, and staged or rejected with a report. Every
 * rename is returned for the log. Folders dropped into the inbox are reported once.
 */
public final class InboxSweep {

    /** A rename done: the name found and the name given. */
    public record Renamed(String from, String to) {
    }

    private final Path inbox;
    private final Pattern exclude;
    private final Duration minAge;
    private final Set<String> foldersReported = new HashSet<>();

    /**
     * @param exclude names never taken (temporary names of writers), left alone
     * @param minAge  a file is renamed only once it is this old (a writer may still hold it)
     */
    public InboxSweep(Path inbox, String exclude, Duration minAge) {
        this.inbox = inbox;
        this.exclude = exclude == null || exclude.isBlank() ? null : Pattern.compile(exclude);
        this.minAge = minAge;
    }

    /**
     * Whether the inbox consumer takes a file of this name as it is: not with a backslash (read as a folder
     * separator), not with bytes the platform cannot decode (U+FFFD: the file cannot be opened by that name), not a
     * hidden submission (leading dot). Other odd characters are taken; the names the service writes are bounded.
     */
    public boolean takenAsIs(String name) {
        return name.indexOf('\\') < 0 && name.indexOf('\uFFFD') < 0 && !name.startsWith(".");
    }

    /** Renames the files whose names the consumer cannot take; returns the renames. Folders found go to {@code folders}. */
    public List<Renamed> sweep(List<String> folders) throws IOException {
        List<Renamed> done = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return done;
        }
        Instant youngest = Instant.now().minus(minAge);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(inbox)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (takenAsIs(name) && !foldersToReport(p, name)) {
                    continue; // the common case: a name the consumer takes; no attributes read
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isDirectory()) {
                    if (foldersReported.add(name)) {
                        folders.add(name);
                    }
                    continue;
                }
                if (!a.isRegularFile() || exclude != null && exclude.matcher(name).matches() || takenAsIs(name)
                        || a.lastModifiedTime().toInstant().isAfter(youngest)) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.startsWith(".") && !(lower.endsWith(".json") || lower.endsWith(".xlsx"))) {
                    continue; // a hidden working file of some tool, not a submission
                }
                String safe = BoundedNames.safe(name);
                Path target = free(safe);
                Files.move(p, target);
                done.add(new Renamed(name, target.getFileName().toString()));
            }
        }
        return done;
    }

    /** A folder not reported yet (folders are few; their names are looked at once). */
    private boolean foldersToReport(Path p, String name) {
        return !foldersReported.contains(name) && Files.isDirectory(p);
    }

    private Path free(String name) {
        Path target = inbox.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 2; Files.exists(target); n++) {
            target = inbox.resolve(dot > 0 ? name.substring(0, dot) + "~" + n + name.substring(dot) : name + "~" + n);
        }
        return target;
    }
}
