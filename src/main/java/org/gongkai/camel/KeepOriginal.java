package org.gongkai.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.gongkai.support.AtomicFiles;

/**
 * Last step for every file: the original is kept at its disposition (archive/, rejected/, duplicates/ or failed/).
 * What is kept is the checked copy, not the inbox path: the bytes read once at the start (a writer that goes on
 * writing into the inbox file cannot change the kept original behind its report). A file above the size limit,
 * never read into memory, is copied as it is. The copy is written under a temporary name and renamed, so a crash
 * leaves either no copy or a whole one; the inbox file is removed by the file consumer once the route completes, and
 * a file taken again after a crash gets the same disposition (same receipt time), so it is kept exactly once.
 */
public final class KeepOriginal implements Processor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeepOriginal.class);

    /** Exchange property: size and modification time of the inbox file when it was taken. */
    static final String TAKEN_AS = "gongkai.takenAs";

    private final org.gongkai.intake.IntakeJournal journal;

    public KeepOriginal(org.gongkai.intake.IntakeJournal journal) {
        this.journal = journal;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        keep(exchange);
        release(exchange);
    }

    /** Writes the original to the exchange's disposition; returns where. */
    Path keep(Exchange exchange) throws IOException {
        Path target = Path.of(exchange.getIn().getHeader(IntakeHeaders.DISPOSITION, String.class));
        byte[] bytes = exchange.getProperty(CheckSubmission.ORIGINAL_BYTES, byte[].class);
        if (bytes != null) {
            AtomicFiles.write(target, bytes);
        } else {
            GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
            copy(Path.of(file.getAbsoluteFilePath()), target);
        }
        IntakeHeaders.wrote(exchange, target);
        journal.markKept(IntakeHeaders.fileName(exchange), exchange.getIn().getHeader(IntakeHeaders.SHA256, String.class),
                target.toString());
        return target;
    }

    /** Size and modification time of a file ("size/millis"), or null when it is gone. */
    static String stamp(Path file) {
        try {
            return Files.size(file) + "/" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    private static void copy(Path from, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".keep-", ".tmp");
        try {
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Prefix of the hidden name an inbox file gets for the instant between being kept and being removed. */
    static final String TAKEN_PREFIX = ".gongkai-taken-";

    /**
     * Last act for a kept file: the inbox file is renamed to a hidden name and only then compared with the file that
     * was taken (size and time); the same file is removed (its checked copy is kept), a changed one (a writer went on
     * writing, or dropped a new version under the same name) is renamed back into the inbox under a new name and
     * taken again as a submission of its own. So the file consumer, which removes the inbox path once the route is
     * done, never removes a file that was not checked. A crash between the rename and the removal leaves a hidden
     * {@code .gongkai-taken-*.tmp} file, removed at the next start.
     */
    static void release(Exchange exchange) throws IOException {
        GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
        String takenAs = exchange.getProperty(TAKEN_AS, String.class);
        if (file == null || takenAs == null) {
            return;
        }
        Path inboxFile = Path.of(file.getAbsoluteFilePath());
        Path hidden = inboxFile.resolveSibling(TAKEN_PREFIX + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.move(inboxFile, hidden, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException gone) {
            return;
        }
        String now = stamp(hidden);
        if (takenAs.equals(now)) {
            Files.delete(hidden);
            return;
        }
        String name = inboxFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String suffix = "~" + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HHmmssSSS"));
        String renamed = org.gongkai.support.BoundedNames.bounded(dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot)
                : name + suffix);
        Files.move(hidden, inboxFile.resolveSibling(renamed));
        LOG.warn("{} changed in the inbox after it was taken (was {}, now {} bytes/ms): the bytes that were checked are kept;"
                + " the file as it is now is renamed {} and will be checked as a new submission", name, takenAs, now, renamed);
    }
}
