package org.gongkai.ops;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Liveness (the process answers and Camel runs) and readiness (it can do its work): routes started, inbox, staging
 * and state folders writable, free disk space above a threshold, mail spool backlog and failed mails within limits,
 * the last publication pass and the last on-demand check of the publication target.
 */
public final class Health {

    private final Supplier<Map<String, String>> routes;
    private final Map<String, Path> folders;
    private final long minFreeBytes;
    private final MailQueues mail;
    private final long maxMailBacklog;
    private final long maxFailedMails;
    private final Path stateDir;
    private final TargetProbe probe;

    /**
     * @param routes        route id -> status (Started, Stopped, …) of the routes that must run
     * @param folders       name -> folder that must be writable (inbox, staging, state)
     * @param minFreeBytes  free space every one of those folders' disks must have
     */
    public Health(Supplier<Map<String, String>> routes, Map<String, Path> folders, long minFreeBytes, MailQueues mail,
                  long maxMailBacklog, long maxFailedMails, Path stateDir, TargetProbe probe) {
        this.routes = routes;
        this.folders = new LinkedHashMap<>(folders);
        this.minFreeBytes = minFreeBytes;
        this.mail = mail;
        this.maxMailBacklog = maxMailBacklog;
        this.maxFailedMails = maxFailedMails;
        this.stateDir = stateDir;
        this.probe = probe;
    }

    /** Liveness: only that Camel runs (a full disk or a down mail server is not cured by a restart). */
    public HealthReport liveness(boolean camelStarted) {
        return HealthReport.of(List.of(HealthReport.Check.of("camel", camelStarted, Map.of())));
    }

    public HealthReport readiness() {
        List<HealthReport.Check> checks = new ArrayList<>();
        Map<String, String> r = routes.get();
        Map<String, Object> notStarted = new LinkedHashMap<>();
        r.forEach((id, status) -> {
            if (!"Started".equalsIgnoreCase(status)) {
                notStarted.put(id, status);
            }
        });
        Map<String, Object> routeData = new LinkedHashMap<>();
        routeData.put("routes", r.size());
        if (!notStarted.isEmpty()) {
            routeData.put("notStarted", notStarted);
        }
        checks.add(HealthReport.Check.of("routes", notStarted.isEmpty() && !r.isEmpty(), routeData));

        for (Map.Entry<String, Path> f : folders.entrySet()) {
            Optional<String> problem = FolderProbe.problem(f.getValue());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("writable", problem.isEmpty());
            problem.ifPresent(p -> data.put("problem", p));
            checks.add(HealthReport.Check.of("folder-" + f.getKey(), problem.isEmpty(), data));
        }

        Map<String, Object> disk = new LinkedHashMap<>();
        boolean diskOk = true;
        long lowest = Long.MAX_VALUE;
        for (Path p : folders.values()) {
            try {
                FileStore store = Files.getFileStore(existing(p));
                lowest = Math.min(lowest, store.getUsableSpace());
            } catch (IOException e) {
                diskOk = false;
                disk.put("problem", e.toString());
            }
        }
        if (lowest != Long.MAX_VALUE) {
            disk.put("freeBytes", lowest);
            diskOk &= lowest >= minFreeBytes;
        }
        disk.put("minFreeBytes", minFreeBytes);
        checks.add(HealthReport.Check.of("disk-space", diskOk, disk));

        long waiting = mail.waiting();
        long failed = mail.failedCount();
        Map<String, Object> mailData = new LinkedHashMap<>();
        mailData.put("waiting", waiting);
        mailData.put("maxWaiting", maxMailBacklog);
        mailData.put("failed", failed);
        mailData.put("maxFailed", maxFailedMails);
        checks.add(HealthReport.Check.of("mail", waiting >= 0 && failed >= 0 && waiting <= maxMailBacklog
                && failed <= maxFailedMails, mailData));

        Optional<PassRecord> pass = PassRecord.load(stateDir);
        Map<String, Object> passData = new LinkedHashMap<>();
        pass.ifPresentOrElse(p -> {
            passData.put("outcome", p.outcome());
            passData.put("startedAt", p.startedAt());
            passData.put("finishedAt", p.finishedAt());
            passData.put("published", p.published());
            passData.put("failed", p.failedCount());
        }, () -> passData.put("outcome", "none yet"));
        checks.add(HealthReport.Check.of("last-publication-pass", pass.map(PassRecord::ok).orElse(true), passData));

        Map<String, Object> probeData = new LinkedHashMap<>();
        Optional<TargetProbe.Result> last = probe.last();
        last.ifPresentOrElse(p -> {
            probeData.put("checkedAt", p.at().toString());
            probeData.put("target", p.target());
            probeData.put("reachable", p.reachable());
            if (!p.reachable()) {
                probeData.put("problem", p.detail());
            }
        }, () -> probeData.put("checkedAt", "never (checked on demand: POST /ops/check-publication-target)"));
        checks.add(HealthReport.Check.of("publication-target", last.map(TargetProbe.Result::reachable).orElse(true), probeData));
        return HealthReport.of(checks);
    }

    private static Path existing(Path p) {
        Path x = p.toAbsolutePath();
        while (x != null && !Files.exists(x)) {
            x = x.getParent();
        }
        return x == null ? p.toAbsolutePath().getRoot() : x;
    }
}
