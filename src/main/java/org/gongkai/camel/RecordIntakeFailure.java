package org.gongkai.camel;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.gongkai.intake.CheckedSubmission;
import org.gongkai.intake.IntakeJournal;
import org.gongkai.intake.SubmissionSummary;
import org.gongkai.mail.IntakeFailureMails;
import org.gongkai.mail.Mail;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.publish.StagingArea;
import org.gongkai.support.AtomicFiles;
import org.gongkai.support.DiskSpace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An internal error while processing a file (a bug, a rendering over its budget): the original goes to failed/,
 * whatever outcome the route had decided before the error, beside a .error.txt saying what happened; a half-written
 * staging folder of this file goes to quarantine; the operators are mailed, and the submitter (when known) is told
 * the submission is held for the finance bureau. The error is handled, so Camel's idempotent consumer forgets the
 * file's key (a handled failure is not a completion): the same file dropped again after a fix is processed.
 * A full disk is not handled here: the file stays in the inbox and the intake pauses ({@link IntakeGuard}).
 */
public final class RecordIntakeFailure implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RecordIntakeFailure.class);
    private final Dispositions dispositions;
    private final StagingArea staging;
    private final Path quarantine;
    private final Path dataDir;
    private final IntakeFailureMails mails;
    private final MailComposer composer;
    private final MailSpool spool;
    private final IntakeJournal journal;

    public RecordIntakeFailure(Dispositions dispositions, StagingArea staging, Path quarantine, Path dataDir,
                               IntakeFailureMails mails, MailComposer composer, MailSpool spool, IntakeJournal journal) {
        this.dispositions = dispositions;
        this.staging = staging;
        this.quarantine = quarantine;
        this.dataDir = dataDir;
        this.mails = mails;
        this.composer = composer;
        this.spool = spool;
        this.journal = journal;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String name = exchange.getIn().getHeader(IntakeHeaders.FILE_NAME, String.class);
        String receivedAt = exchange.getIn().getHeader(IntakeHeaders.RECEIVED_AT, String.class);
        if (name == null || receivedAt == null) {
            unreadable(exchange, error);
            return;
        }
        try {
            Path target = dispositions.failed(name, LocalDateTime.parse(receivedAt));
            exchange.getIn().setHeader(IntakeHeaders.DISPOSITION, target.toString());
            quarantineHalfStaged(exchange);
            writeErrorFile(target, name, error);
            new KeepOriginal(journal).keep(exchange);
            String relative = relative(target);
            LOG.error("Internal error while processing {}; the original is kept at {}", name, relative, error);
            mail(exchange, name, relative, error);
            KeepOriginal.release(exchange);
        } catch (IOException | RuntimeException e) {
            if (DiskSpace.isDiskFull(e)) {
                if (error != null) {
                    e.addSuppressed(error);
                }
                throw e; // IntakeGuard pauses the intake; the file stays in the inbox
            }
            // Recording the failure failed too: never loop on the file. Move it unread to failed/ by rename.
            String kept = exchange.getIn().getHeader(IntakeHeaders.DISPOSITION, String.class);
            if (kept != null && Files.exists(Path.of(kept))) {
                LOG.error("The failure of {} is only partly recorded ({}); its original is kept at {}", name, e.toString(),
                        relative(Path.of(kept)), e);
                KeepOriginal.release(exchange);
            } else {
                LOG.error("Could not record the failure of {} ({}); moving the file itself to failed/", name, e.toString(), e);
                unreadable(exchange, error);
            }
        }
    }

    /** The first step failed (the file could not be read): the file itself is moved to failed/, or left if gone. */
    private void unreadable(Exchange exchange, Throwable error) throws IOException {
        if (DiskSpace.isDiskFull(error)) {
            throw error instanceof IOException io ? io : new IOException(error);
        }
        org.apache.camel.component.file.GenericFile<?> file =
                exchange.getIn().getBody(org.apache.camel.component.file.GenericFile.class);
        if (file == null) {
            LOG.error("Internal error before a file could be identified", error);
            return;
        }
        Path source = Path.of(file.getAbsoluteFilePath());
        if (!Files.exists(source)) {
            LOG.warn("{} vanished from the inbox before it could be read: {}", file.getFileNameOnly(), String.valueOf(error));
            return;
        }
        Path target = dispositions.failed(file.getFileNameOnly(), LocalDateTime.now());
        writeErrorFile(target, file.getFileNameOnly(), error);
        Files.createDirectories(target.getParent());
        Files.move(source, target);
        LOG.error("{} could not be read; moved unread to {}", file.getFileNameOnly(), relative(target), error);
        String shown = org.gongkai.validation.PublishableText.visible(file.getFileNameOnly(), 120);
        try {
            spool.enqueue(composer.composeEml(mails.operatorsAlert(shown, null, relative(target),
                    error == null ? "unknown" : error.toString())), "failure");
        } catch (Exception e) {
            LOG.error("Could not write the mail about the failed file {}: {}", shown, e.toString());
        }
    }

    private void quarantineHalfStaged(Exchange exchange) throws IOException {
        String dir = exchange.getIn().getHeader(IntakeHeaders.STAGING_DIR, String.class);
        if (dir != null) {
            Path folder = Path.of(dir);
            if (Files.isDirectory(folder) && !Files.exists(folder.resolve(StagingArea.MARKER))) {
                Path to = staging.quarantine(folder, quarantine);
                LOG.warn("Half-staged folder {} of a failed submission moved to {}", relative(folder), relative(to));
            }
        }
    }

    private void writeErrorFile(Path target, String name, Throwable error) throws IOException {
        StringWriter trace = new StringWriter();
        if (error != null) {
            error.printStackTrace(new PrintWriter(trace));
        }
        String text = "处理文件时发生内部错误，原文件已保存，修复后可重新放入收件箱。\n"
                + "Internal error while processing " + name + " at " + LocalDateTime.now() + "\n\n" + trace;
        AtomicFiles.write(Path.of(target + ".error.txt"), text.getBytes(StandardCharsets.UTF_8));
    }

    private void mail(Exchange exchange, String name, String relative, Throwable error) {
        String sha = exchange.getIn().getHeader(IntakeHeaders.SHA256, String.class);
        try {
            if (journal.mailed(name, sha, "failure")) {
                return;
            }
            CheckedSubmission checked = IntakeHeaders.checked(exchange);
            SubmissionSummary who = checked == null ? null : checked.summary();
            String shown = org.gongkai.validation.PublishableText.visible(name, 120);
            String summary = error == null ? "unknown" : error.getClass().getSimpleName() + ": "
                    + org.gongkai.validation.PublishableText.visible(String.valueOf(error.getMessage()), 300);
            spool.enqueue(composer.composeEml(mails.operatorsAlert(shown, who, relative, summary)), "failure");
            Mail notice = mails.submitterNotice(shown, who);
            if (notice != null) {
                spool.enqueue(composer.composeEml(notice), "held");
            }
            journal.markMailed(name, sha, "failure");
        } catch (Exception e) {
            LOG.error("Could not write the mails about the failed file {}: {}", name, e.toString());
        }
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path root = dataDir.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }
}
