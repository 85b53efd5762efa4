package org.gongkai.camel;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.gongkai.intake.InboxSweep;
import org.gongkai.intake.IntakeJournal;
import org.gongkai.mail.IntakeFailureMails;
import org.gongkai.mail.MailComposer;
import org.gongkai.mail.MailSpool;
import org.gongkai.publish.StagingArea;
import org.gongkai.support.DataFolderLock;
import org.gongkai.support.DiskSpace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the intake route safe from its surroundings (routePolicyRef of the intake route):
 * <ul>
 *   <li>before the route starts: takes the data folder's instance lock (a second instance refuses to start), moves
 *   half-rendered staging folders left by a crash to quarantine, forgets journal entries of files gone;</li>
 *   <li>while it runs: renames inbox files whose names the consumer cannot take ({@link InboxSweep}), and when the
 *   disk is full suspends the consumer (files wait in the inbox untouched), alerts the operators once, looks again
 *   every few seconds and resumes by itself when space returns.</li>
 * </ul>
 */
public final class IntakeGuard extends RoutePolicySupport {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeGuard.class);

    private final Path dataDir;
    private final Path stateDir;
    private final Path inboxDir;
    private final StagingArea staging;
    private final Path quarantine;
    private final IntakeJournal journal;
    private final InboxSweep sweep;
    private final DiskSpace disk;
    private final long recheckMillis;
    private final long sweepMillis;
    private final IntakeFailureMails mails;
    private final MailComposer composer;
    private final MailSpool spool;

    private DataFolderLock lock;
    private ScheduledExecutorService timer;
    private Route route;
    private boolean paused;
    private boolean alertWritten;
    private String pauseDetail;

    public IntakeGuard(Path dataDir, Path stateDir, Path inboxDir, StagingArea staging, Path quarantine, IntakeJournal journal,
                       InboxSweep sweep, DiskSpace disk, long recheckMillis, long sweepMillis, IntakeFailureMails mails,
                       MailComposer composer, MailSpool spool) {
        this.dataDir = dataDir;
        this.stateDir = stateDir;
        this.inboxDir = inboxDir;
        this.staging = staging;
        this.quarantine = quarantine;
        this.journal = journal;
        this.sweep = sweep;
        this.disk = disk;
        this.recheckMillis = recheckMillis;
        this.sweepMillis = sweepMillis;
        this.mails = mails;
        this.composer = composer;
        this.spool = spool;
    }

    @Override
    public synchronized void onInit(Route route) {
        this.route = route;
        try {
            lock = DataFolderLock.acquire(stateDir, dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot take the instance lock in " + stateDir + ": " + e, e);
        }
        try {
            for (Path folder : staging.quarantineIncomplete(quarantine)) {
                LOG.warn("Start-up: half-staged folder {} (no {} marker, left by a crash) moved to {}", folder,
                        StagingArea.MARKER, quarantine);
            }
            removeTakenLeftovers();
            int forgotten = journal.forgetAllBut(namesInInbox());
            if (forgotten > 0) {
                LOG.info("Start-up: {} intake journal entries of files no longer in the inbox dropped", forgotten);
            }
        } catch (IOException e) {
            LOG.error("Start-up clean-up of the staging area failed: {}", e.toString(), e);
        }
        sweepNow();
    }

    @Override
    public synchronized void onStart(Route route) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gongkai-intake-guard");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::tick, sweepMillis, Math.min(sweepMillis, recheckMillis), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void onRemove(Route route) {
        release();
    }

    @Override
    public synchronized void onStop(Route route) {
        release();
    }

    private void release() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("Could not release the instance lock: {}", e.toString());
            }
            lock = null;
        }
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        Throwable error = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (Boolean.TRUE.equals(exchange.getProperty(IntakeHeaders.DISK_FULL)) || exchange.getException() != null
                && DiskSpace.isDiskFull(error)) {
            pause(String.valueOf(error == null ? "free space below the reserve" : error.getMessage()));
        } else if (exchange.getException() == null && !exchange.isRollbackOnly()) {
            String name = exchange.getIn().getHeader(IntakeHeaders.FILE_NAME, String.class);
            String sha = exchange.getIn().getHeader(IntakeHeaders.SHA256, String.class);
            if (name != null && sha != null) {
                try {
                    journal.forget(name, sha); // the outcome is final: a later drop of the same file is a new one
                } catch (IOException e) {
                    LOG.warn("Could not drop the journal entry of {}: {}", name, e.toString());
                }
            }
        }
    }

    /** Whether the intake is paused for lack of disk space. */
    public synchronized boolean paused() {
        return paused;
    }

    private synchronized void pause(String detail) {
        if (paused) {
            return;
        }
        paused = true;
        alertWritten = false;
        pauseDetail = detail;
        LOG.error("Disk full under {}: {} bytes usable, {} kept in reserve ({}). Intake paused: files wait in the inbox "
                + "untouched, nothing half written; it resumes by itself when space returns", dataDir.toAbsolutePath(),
                disk.usableBytes(), disk.reserveBytes(), detail);
        try {
            suspendOrStopConsumer(route.getConsumer());
        } catch (Exception e) {
            LOG.error("Could not suspend the inbox consumer: {}", e.toString());
        }
        writeAlert();
    }

    private void writeAlert() {
        if (alertWritten) {
            return;
        }
        try {
            spool.enqueue(composer.composeEml(mails.diskFull(dataDir.toAbsolutePath().toString(), disk.usableBytes(),
                    disk.reserveBytes(), pauseDetail)), "disk-full");
            alertWritten = true;
        } catch (Exception e) {
            LOG.error("The disk-full alert could not be written yet ({}); trying again while the intake waits", e.toString());
        }
    }

    private synchronized void tick() {
        try {
            if (paused) {
                if (disk.roomFor(0)) {
                    paused = false;
                    LOG.info("Disk space returned under {} ({} bytes usable): intake resumes", dataDir.toAbsolutePath(),
                            disk.usableBytes());
                    resumeOrStartConsumer(route.getConsumer());
                } else {
                    writeAlert();
                }
                return;
            }
            sweepNow();
        } catch (Exception e) {
            LOG.warn("Intake guard: {}", e.toString());
        }
    }

    private void sweepNow() {
        try {
            List<String> folders = new ArrayList<>();
            for (InboxSweep.Renamed r : sweep.sweep(folders)) {
                LOG.warn("Inbox file named {} cannot be taken under that name (path separator, control or undecodable "
                        + "character, hidden name): renamed to {} and processed like any other file",
                        org.gongkai.validation.PublishableText.visible(r.from(), 300), r.to());
            }
            for (String f : folders) {
                LOG.warn("The inbox holds a folder, {}: submissions must be single files dropped into the inbox itself; "
                        + "the folder is left alone", org.gongkai.validation.PublishableText.visible(f, 300));
            }
        } catch (IOException e) {
            LOG.warn("Inbox sweep failed: {}", e.toString());
        }
    }

    /** Inbox files renamed for removal after their copy was kept, when a crash came before the removal. */
    private void removeTakenLeftovers() throws IOException {
        if (!Files.isDirectory(inboxDir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(inboxDir, KeepOriginal.TAKEN_PREFIX + "*")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
                LOG.info("Start-up: removed {} (its checked copy was kept before a crash)", p.getFileName());
            }
        }
    }

    private Set<String> namesInInbox() throws IOException {
        Set<String> names = new HashSet<>();
        if (Files.isDirectory(inboxDir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(inboxDir)) {
                ds.forEach(p -> names.add(p.getFileName().toString()));
            }
        }
        return names;
    }
}
