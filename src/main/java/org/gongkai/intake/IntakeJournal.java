package org.gongkai.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.gongkai.support.AtomicFiles;
import org.gongkai.support.Hashes;

/**
 * What the intake has already done for a file still in the inbox, kept across a crash: when it was first taken (so a
 * file taken again after a restart gets the same staging folder and the same place in archive/, rejected/ or
 * failed/, instead of a second one) and which mails were already written (so a restart does not mail twice). One
 * small file per name and content under {@code state/intake-journal/}; entries of files no longer in the inbox are
 * dropped at start-up.
 */
public final class IntakeJournal {

    private static final String RECEIVED_AT = "receivedAt";
    private static final String NAME = "name";
    private static final String MAILED = "mailed.";
    private static final String KEPT_AT = "keptAt";

    private final Path dir;
    /** The last receipt time handed out: receipt times are distinct to the millisecond, the staging folders' grain. */
    private LocalDateTime lastIssued;

    public IntakeJournal(Path dir) {
        this.dir = dir;
    }

    /** When a file was first taken: recorded now unless an earlier take (before a crash) recorded it. */
    public synchronized LocalDateTime receivedAt(String name, String sha256, LocalDateTime now) throws IOException {
        Properties p = read(name, sha256);
        String at = p.getProperty(RECEIVED_AT);
        if (at != null) {
            try {
                return LocalDateTime.parse(at);
            } catch (RuntimeException e) {
                // rewritten below
            }
        }
        // two files with the same content taken in the same millisecond (several consumers at once) must not share a
        // staging folder or a place in archive/ or failed/, which are named by receipt time and content
        LocalDateTime taken = now.truncatedTo(ChronoUnit.MILLIS);
        if (lastIssued != null && !taken.isAfter(lastIssued)) {
            taken = lastIssued.plus(1, ChronoUnit.MILLIS);
        }
        lastIssued = taken;
        p.setProperty(NAME, name);
        p.setProperty(RECEIVED_AT, taken.toString());
        write(name, sha256, p);
        return taken;
    }

    /** Whether a mail of this kind was already written for the file. */
    public synchronized boolean mailed(String name, String sha256, String kind) throws IOException {
        return Boolean.parseBoolean(read(name, sha256).getProperty(MAILED + kind));
    }

    /** Records that a mail of this kind was written for the file. */
    public synchronized void markMailed(String name, String sha256, String kind) throws IOException {
        Properties p = read(name, sha256);
        p.setProperty(MAILED + kind, "true");
        write(name, sha256, p);
    }

    /** Records where the original was kept (before the inbox file is removed). */
    public synchronized void markKept(String name, String sha256, String keptAt) throws IOException {
        Properties p = read(name, sha256);
        p.setProperty(KEPT_AT, keptAt);
        write(name, sha256, p);
    }

    /** Where the original was kept by an earlier take of this file (a crash came before the inbox file was removed). */
    public synchronized String keptAt(String name, String sha256) throws IOException {
        return read(name, sha256).getProperty(KEPT_AT);
    }

    /** Drops the entry of a file whose outcome is final (it left the inbox). */
    public synchronized void forget(String name, String sha256) throws IOException {
        Files.deleteIfExists(file(name, sha256));
    }

    /** Drops the entries of files no longer in the inbox (their outcome is final); returns how many. */
    public synchronized int forgetAllBut(Set<String> namesInInbox) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> gone = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.properties")) {
            for (Path f : ds) {
                Properties p = load(f);
                if (!namesInInbox.contains(p.getProperty(NAME, ""))) {
                    gone.add(f);
                }
            }
        }
        for (Path f : gone) {
            Files.deleteIfExists(f);
        }
        return gone.size();
    }

    private Path file(String name, String sha256) {
        return dir.resolve(Hashes.sha256((name + "|" + sha256).getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".properties");
    }

    private Properties read(String name, String sha256) throws IOException {
        Path f = file(name, sha256);
        return Files.exists(f) ? load(f) : new Properties();
    }

    private static Properties load(Path f) throws IOException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(f, StandardCharsets.UTF_8)));
        } catch (java.nio.file.NoSuchFileException e) {
            // dropped meanwhile
        }
        return p;
    }

    private void write(String name, String sha256, Properties p) throws IOException {
        StringWriter w = new StringWriter();
        p.store(w, null);
        AtomicFiles.write(file(name, sha256), w.toString().getBytes(StandardCharsets.UTF_8));
    }
}
