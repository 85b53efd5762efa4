package org.gongkai.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.publish.PublicationReport.Failure;
import org.gongkai.publish.PublicationReport.Pending;
import org.gongkai.publish.PublicationReport.Published;
import org.gongkai.support.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One publication pass: every staged disclosure whose content is not yet public goes to the target, overdue ones
 * first. Per department the files go into a new versioned folder ({@code {year}/{dept}/v{N}-{sha8}/}) that no
 * reader links to yet; only when every file is there does the department page switch to it, and then the site
 * index and the manifest are regenerated. The ledger records a department after its switch, so a pass that
 * breaks off publishes it again next time; staged folders are never touched. Passes never overlap.
 */
public final class PublicationPass {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationPass.class);
    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    public static final String SITE_INDEX = "index.html";

    private final StagingArea staging;
    private final Path stateDir;
    private final SitePages pages;
    private final RetryPolicy retry;
    private final int maxConsecutiveFailures;
    private final ExpectedSource expected;
    private final int warnDays;
    private final Clock clock;

    /** Where the expected departments come from; read at every pass, so that the list can change without a restart. */
    @FunctionalInterface
    public interface ExpectedSource {
        List<ExpectedDepartment> read() throws IOException;
    }

    public PublicationPass(StagingArea staging, Path stateDir, SitePages pages, RetryPolicy retry,
                           int maxConsecutiveFailures, List<ExpectedDepartment> expected, int warnDays, Clock clock) {
        this(staging, stateDir, pages, retry, maxConsecutiveFailures, () -> expected, warnDays, clock);
    }

    public PublicationPass(StagingArea staging, Path stateDir, SitePages pages, RetryPolicy retry,
                           int maxConsecutiveFailures, ExpectedSource expected, int warnDays, Clock clock) {
        this.staging = staging;
        this.stateDir = stateDir;
        this.pages = pages;
        this.retry = retry;
        this.maxConsecutiveFailures = Math.max(1, maxConsecutiveFailures);
        this.expected = expected;
        this.warnDays = warnDays;
        this.clock = clock;
    }

    /**
     * Runs a pass (or, with {@code dryRun}, only lists what it would publish). Passes of this JVM never overlap, and a
     * lock file in the state folder keeps a {@code publish} command from overlapping the running service.
     */
    public synchronized PublicationReport run(PublicationTarget target, boolean dryRun) throws IOException {
        Files.createDirectories(stateDir);
        try (java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(stateDir.resolve("publication.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = lockFile.lock()) {
            return runLocked(target, dryRun);
        }
    }

    private PublicationReport runLocked(PublicationTarget target, boolean dryRun) throws IOException {
        LocalDateTime started = LocalDateTime.now(clock).withNano(0);
        LocalDate today = started.toLocalDate();
        PublicationLedger ledger = PublicationLedger.load(stateDir);
        List<Published> published = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<StagedDisclosure> notRendered = new ArrayList<>();
        List<StagedDisclosure> unpublished = new ArrayList<>();

        List<StagedDisclosure> candidates = candidates(ledger, pending, notRendered, failures, dryRun);
        if (dryRun) {
            for (StagedDisclosure d : candidates) {
                published.add(plan(ledger, d, started).published);
                unpublished.add(d);
            }
        } else {
            publishAll(ledger, candidates, target, started, published, failures, pending, unpublished);
        }
        candidates.clear(); // what is still needed is in unpublished: the rest need not stay in memory for the pages

        List<String> shared = new ArrayList<>();
        // Pages change only when a department went out (or an earlier pass could not upload them); when every
        // department failed the server is most likely unreachable, and the next pass uploads them.
        if (!dryRun && !ledger.departments().isEmpty() && (failures.isEmpty() || !published.isEmpty())) {
            try {
                shared.addAll(updateSharedPages(ledger, target));
            } catch (Exception e) {
                String reason = FailureReason.describe(e);
                LOG.error("Site index or manifest upload to {} failed: {}", target.describe(), reason);
                failures.add(new Failure(0, "", "公开目录与文件清单", reason + "（下次发布时重新上传）"));
            }
        }
        if (!dryRun) {
            ledger.compact();
        }
        List<ExpectedDepartment> expectedNow = List.of();
        try {
            expectedNow = expected.read();
        } catch (IOException | RuntimeException e) {
            // Whatever is wrong with the list, the pass has uploaded already: report it, never break off here.
            LOG.error("The list of expected departments cannot be read: {}", e.toString());
            failures.add(new Failure(0, "", "预期部门清单", "无法读取（gongkai.deadline.expected-departments）：" + e.getMessage()));
        }
        List<DeadlineItem> deadlines = deadlines(ledger, unpublished, notRendered, expectedNow, today);
        return new PublicationReport(started, LocalDateTime.now(clock).withNano(0), target.describe(), dryRun,
                published, failures, pending, deadlines, shared);
    }

    /** What became of one candidate department in this pass. */
    private record Outcome(Published published, Failure failure, Pending pending) {
    }

    /**
     * Uploads the candidates, most urgent first, up to {@link PublicationTarget#connections()} departments at a time
     * (each wholly by one thread: its files, then its page switch). After {@code maxConsecutiveFailures} departments
     * in a row failed, the ones not started yet wait for the next pass. The report lists them in deadline order.
     */
    private void publishAll(PublicationLedger ledger, List<StagedDisclosure> candidates, PublicationTarget target,
                            LocalDateTime started, List<Published> published, List<Failure> failures,
                            List<Pending> pending, List<StagedDisclosure> unpublished) throws IOException {
        Outcome[] outcomes = new Outcome[candidates.size()];
        AtomicInteger consecutiveFailures = new AtomicInteger();
        int threads = Math.min(Math.max(1, target.connections()), Math.max(1, candidates.size()));
        if (threads == 1) {
            for (int i = 0; i < candidates.size(); i++) {
                outcomes[i] = publishOne(ledger, candidates.get(i), target, started, consecutiveFailures);
                forgetIfPublished(candidates, outcomes, i);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "gongkai-publish-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Outcome>> futures = new ArrayList<>();
                for (StagedDisclosure d : candidates) { // the pool's queue keeps the deadline order
                    futures.add(pool.submit(() -> publishOne(ledger, d, target, started, consecutiveFailures)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    outcomes[i] = futures.get(i).get();
                    forgetIfPublished(candidates, outcomes, i);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("publication pass interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("publication pass broke off", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < outcomes.length; i++) {
            Outcome o = outcomes[i];
            if (o.published() != null) {
                published.add(o.published());
                continue;
            }
            if (o.failure() != null) {
                failures.add(o.failure());
            } else {
                pending.add(o.pending());
            }
            unpublished.add(candidates.get(i));
        }
    }

    /** A published candidate's file list and header are in the ledger now: not kept twice through the pass. */
    private static void forgetIfPublished(List<StagedDisclosure> candidates, Outcome[] outcomes, int i) {
        if (outcomes[i].published() != null) {
            candidates.set(i, null);
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private Outcome publishOne(PublicationLedger ledger, StagedDisclosure d, PublicationTarget target,
                               LocalDateTime started, AtomicInteger consecutiveFailures) {
        if (consecutiveFailures.get() >= maxConsecutiveFailures) {
            return new Outcome(null, null, new Pending(d.year(), d.code(), d.name(), "发布服务器连续失败，本次未尝试，下次发布时重试"));
        }
        try {
            Published p = publish(ledger, d, target, started);
            consecutiveFailures.set(0);
            return new Outcome(p, null, null);
        } catch (Exception e) {
            consecutiveFailures.incrementAndGet();
            String reason = FailureReason.describe(e);
            LOG.error("Publication of {}/{} to {} failed after {} attempts per file: {}", d.year(), d.folderCode(),
                    target.describe(), retry.attempts(), reason);
            return new Outcome(null, new Failure(d.year(), d.code(), d.name(), reason + "（暂存文件保留，下次发布时重试）"), null);
        }
    }

    /**
     * The latest staged folder per department and year whose content is not public yet, overdue first. A staged
     * folder the ledger knows (published from it, or found to hold the published content) is not read again, so a
     * pass with nothing new costs a directory listing, whatever the history.
     */
    private List<StagedDisclosure> candidates(PublicationLedger ledger, List<Pending> pending,
                                              List<StagedDisclosure> notRendered, List<Failure> failures,
                                              boolean dryRun) throws IOException {
        Map<String, Path> latest = new LinkedHashMap<>();
        for (Path folder : staging.stagedFolders()) {
            Path rel = staging.root().relativize(folder);
            if (rel.getNameCount() == 3) {
                latest.put(rel.getName(0) + "/" + rel.getName(1), folder); // oldest first: the last one wins
            }
        }
        List<StagedDisclosure> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : latest.entrySet()) {
            Path folder = e.getValue();
            String stagedName = staging.root().relativize(folder).toString().replace('\\', '/');
            if (ledger.covers(e.getKey(), stagedName)) {
                continue;
            }
            StagedDisclosure d;
            try {
                d = StagedDisclosure.read(staging, folder);
            } catch (IOException ex) {
                failures.add(new Failure(0, folder.getFileName().toString(), staging.root().relativize(folder).toString(),
                        "暂存文件无法读取：" + ex.getMessage()));
                continue;
            }
            if (!d.rendered()) {
                pending.add(new Pending(d.year(), d.code(), d.name(), "公开文件尚未生成（暂存于 " + d.stagedName() + "）"));
                notRendered.add(d);
                continue;
            }
            Optional<DepartmentPublication> done = ledger.department(d.year(), d.folderCode());
            if (done.isPresent() && done.get().current().contentHash().equals(d.contentHash())) {
                if (!dryRun && e.getKey().equals(done.get().key())) {
                    ledger.recordCovered(e.getKey(), stagedName);
                }
                continue;
            }
            out.add(d);
        }
        out.sort(Comparator.comparing((StagedDisclosure d) -> d.deadline().orElse(LocalDate.MAX))
                .thenComparingInt(StagedDisclosure::year).thenComparing(StagedDisclosure::folderCode));
        return out;
    }

    private record Plan(PublishedVersion version, Published published) {
    }

    private Plan plan(PublicationLedger ledger, StagedDisclosure d, LocalDateTime at) {
        Optional<DepartmentPublication> before = ledger.department(d.year(), d.folderCode());
        int number = before.map(b -> b.current().version() + 1).orElse(1);
        String folder = d.year() + "/" + d.folderCode() + "/v" + number + "-" + d.contentHash().substring(0, 8);
        Map<String, String> files = new TreeMap<>(d.fileHashes());
        PublishedVersion v = new PublishedVersion(number, folder, d.contentHash(), d.stagedName(), AT.format(at), files,
                before.isPresent(), KeyFigures.read(d.siteFiles().get("data.json")));
        Published p = new Published(d.year(), d.code(), d.name(), number, folder,
                DepartmentPublication.key(d.year(), d.folderCode()) + "/index.html",
                underFolder(folder, List.copyOf(files.keySet())), before.isPresent(),
                d.approval().orElse(null), d.deadline().orElse(null), d.contactEmail().orElse(null));
        return new Plan(v, p);
    }

    /**
     * The paths of a version's files on the server, made when asked for: a pass of ten thousand departments reports
     * about 200,000 files, and the names are the ledger's own strings.
     */
    private static List<String> underFolder(String folder, List<String> names) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return folder + "/" + names.get(i);
            }

            @Override
            public int size() {
                return names.size();
            }
        };
    }

    /**
     * Uploads one department set into its versioned folder, then switches the department page to it. Each uploaded
     * file is noted in the ledger's journal (a pass that breaks off does not upload it again), the switch too.
     */
    private Published publish(PublicationLedger ledger, StagedDisclosure d, PublicationTarget target, LocalDateTime at)
            throws Exception {
        Plan plan = plan(ledger, d, at);
        Map<String, String> alreadyThere = ledger.unfinished(plan.version.folder());
        for (Map.Entry<String, Path> f : d.siteFiles().entrySet()) {
            String sha = plan.version.files().get(f.getKey());
            if (sha.equals(alreadyThere.get(f.getKey()))) {
                continue; // uploaded by a pass that broke off before the switch
            }
            byte[] content = Files.readAllBytes(f.getValue());
            String path = plan.version.folder() + "/" + f.getKey();
            retry.run(() -> target.put(path, content), (n, e) -> LOG.warn("Upload of {} failed (attempt {} of {}): {}",
                    path, n, retry.attempts(), e.getMessage()));
            ledger.recordUnfinished(plan.version.folder(), f.getKey(), sha);
            ledger.save();
        }
        List<PublishedVersion> versions = new ArrayList<>(ledger.department(d.year(), d.folderCode())
                .map(DepartmentPublication::versions).orElse(List.of()));
        versions.add(plan.version);
        DepartmentPublication next = new DepartmentPublication(d.year(), d.code(), d.folderCode(), d.name(),
                d.submission().approvalDate(), versions);
        byte[] page = pages.departmentPage(next, readOrNull(d.siteFiles().get(org.gongkai.render.FileNames.HTML)),
                earlierYears(ledger, next));
        retry.run(() -> target.replace(next.pagePath(), page), (n, e) -> LOG.warn(
                "Upload of {} failed (attempt {} of {}): {}", next.pagePath(), n, retry.attempts(), e.getMessage()));
        ledger.record(d.year(), d.code(), d.folderCode(), d.name(), d.submission().approvalDate(), plan.version);
        ledger.recordSharedFile(next.pagePath(), Hashes.sha256(page));
        ledger.save();
        LOG.info("Published {}/{} version {} into {}{}", d.year(), d.folderCode(), plan.version.version(),
                plan.version.folder(), plan.version.correction() ? " (更正)" : "");
        return plan.published;
    }

    /**
     * Site index and manifest (and the department pages whose last upload is not known), regenerated once per pass
     * when a department went out since they were last uploaded, and uploaded only when their content changed. When
     * the way pages are generated changed (a new version of gongkai, another site title: {@link #pagesFingerprint()}),
     * every department page is regenerated too. Nothing changed: nothing is generated.
     */
    private List<String> updateSharedPages(PublicationLedger ledger, PublicationTarget target) throws Exception {
        String fingerprint = pagesFingerprint();
        boolean regenerateAll = !fingerprint.equals(ledger.pagesFingerprint());
        if (!regenerateAll && !ledger.sharedPagesStale()) {
            return List.of();
        }
        List<String> uploaded = new ArrayList<>();
        Map<String, String> pageHashes = new TreeMap<>();
        List<DepartmentPublication> all = ledger.departments();
        for (DepartmentPublication d : all) {
            Optional<String> known = ledger.sharedFile(d.pagePath());
            if (!regenerateAll && known.isPresent()) {
                pageHashes.put(d.pagePath(), known.get());
                continue;
            }
            byte[] page = pages.departmentPage(d, stagedDisclosure(d), earlierYears(ledger, d));
            pageHashes.put(d.pagePath(), Hashes.sha256(page));
            replaceIfChanged(ledger, target, d.pagePath(), page, uploaded);
        }
        byte[] index = pages.siteIndex(all);
        pageHashes.put(SITE_INDEX, Hashes.sha256(index));
        replaceIfChanged(ledger, target, Manifest.PATH, Manifest.render(all, pageHashes), uploaded);
        replaceIfChanged(ledger, target, SITE_INDEX, index, uploaded);
        ledger.recordSharedPagesUploaded(fingerprint);
        ledger.save();
        return uploaded;
    }

    /** How far back a department page looks for the same department's earlier published years. */
    static final int EARLIER_YEARS = 10;

    /**
     * The same department's earlier years in the ledger (at most {@link #EARLIER_YEARS} back). Earlier years only: they
     * are known when the page goes out, so publishing a year never regenerates the pages of other years.
     */
    private static List<Integer> earlierYears(PublicationLedger ledger, DepartmentPublication d) {
        List<Integer> years = new ArrayList<>();
        for (int y = d.year() - 1; y >= d.year() - EARLIER_YEARS; y--) {
            if (ledger.department(y, d.folderCode()).isPresent()) {
                years.add(y);
            }
        }
        return years;
    }

    /**
     * The rendered disclosure page of a department's current version, from the staged folder it was published from;
     * null when that folder is gone (the department page is then the landing page).
     */
    private byte[] stagedDisclosure(DepartmentPublication d) {
        if (d.current() == null || d.current().stagedFolder() == null) {
            return null;
        }
        Path root = staging.root().toAbsolutePath().normalize();
        Path page = root.resolve(d.current().stagedFolder()).resolve(StagingArea.SITE)
                .resolve(org.gongkai.render.FileNames.HTML).normalize();
        return page.startsWith(root) ? readOrNull(page) : null;
    }

    private static byte[] readOrNull(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Identifies how pages are generated: the hash of the department page, site index and manifest of a fixed sample
     * (two versions, one a correction, text that needs escaping; as a landing page and as a disclosure page with its
     * bar). Pages depend on the ledger (with the published versions' own rendered pages) and on this only.
     */
    String pagesFingerprint() {
        PublishedVersion v1 = new PublishedVersion(1, "2000/0/v1-00000000", "0", "2000/0/a", "2000-01-02T03:04:05",
                Map.of("index.html", "0", "a b.pdf", "1"), false);
        PublishedVersion v2 = new PublishedVersion(2, "2000/0/v2-11111111", "1", "2000/0/b", "2000-02-03T04:05:06",
                Map.of("index.html", "2", "data.csv", "3"), true);
        DepartmentPublication sample = new DepartmentPublication(2000, "0<&>\"'", "0", "示例<&>\"'部门", "2000-01-01",
                List.of(v1, v2));
        byte[] page = pages.departmentPage(sample);
        byte[] disclosurePage = pages.departmentPage(sample, "<html><head></head><body><main>示例</main></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(1999, 2001));
        byte[] index = pages.siteIndex(List.of(sample));
        byte[] manifest = Manifest.render(List.of(sample), Map.of(sample.pagePath(), "4", SITE_INDEX, "5"));
        return Hashes.sha256((Hashes.sha256(page) + Hashes.sha256(disclosurePage) + Hashes.sha256(index) + Hashes.sha256(manifest))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void replaceIfChanged(PublicationLedger ledger, PublicationTarget target, String path, byte[] content,
                                  List<String> uploaded) throws Exception {
        String sha = Hashes.sha256(content);
        if (ledger.sharedFile(path).filter(sha::equals).isPresent()) {
            return;
        }
        retry.run(() -> target.replace(path, content), (n, e) -> LOG.warn("Upload of {} failed (attempt {} of {}): {}",
                path, n, retry.attempts(), e.getMessage()));
        ledger.recordSharedFile(path, sha);
        ledger.save();
        uploaded.add(path);
    }

    /** Departments not public yet whose deadline is within the warning window or past, most urgent first. */
    private List<DeadlineItem> deadlines(PublicationLedger ledger, List<StagedDisclosure> unpublished,
                                         List<StagedDisclosure> notRendered, List<ExpectedDepartment> expected,
                                         LocalDate today) {
        List<DeadlineItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StagedDisclosure d : unpublished) {
            seen.add(DepartmentPublication.key(d.year(), d.folderCode()));
            addIfDue(items, d, "已报送，待发布", today);
        }
        for (StagedDisclosure d : notRendered) {
            seen.add(DepartmentPublication.key(d.year(), d.folderCode()));
            if (ledger.department(d.year(), d.folderCode()).isEmpty()) {
                addIfDue(items, d, "已报送，公开文件待生成", today);
            }
        }
        for (ExpectedDepartment e : expected) {
            String folderCode = StagingArea.safeSegment(e.code());
            if (seen.contains(DepartmentPublication.key(e.year(), folderCode))
                    || ledger.department(e.year(), folderCode).isPresent()) {
                continue;
            }
            LocalDate deadline = PublicationDeadline.deadline(e.approval());
            long left = PublicationDeadline.daysLeft(deadline, today);
            if (left <= warnDays) {
                items.add(new DeadlineItem(e.year(), e.code(), e.name(), e.approval(), deadline, left, "未报送"));
            }
        }
        items.sort(Comparator.comparingLong(DeadlineItem::daysLeft).thenComparing(DeadlineItem::code));
        return items;
    }

    private void addIfDue(List<DeadlineItem> items, StagedDisclosure d, String state, LocalDate today) {
        if (d.approval().isEmpty()) {
            return;
        }
        LocalDate deadline = d.deadline().get();
        long left = PublicationDeadline.daysLeft(deadline, today);
        if (left <= warnDays) {
            items.add(new DeadlineItem(d.year(), d.code(), d.name(), d.approval().get(), deadline, left, state));
        }
    }
}
