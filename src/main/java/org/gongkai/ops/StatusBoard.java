package org.gongkai.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.intake.JsonIdentityScanner;
import org.gongkai.intake.SubmissionSummary;
import org.gongkai.model.Submission;
import org.gongkai.publish.DepartmentPublication;
import org.gongkai.publish.ExpectedDepartment;
import org.gongkai.publish.PublicationDeadline;
import org.gongkai.publish.PublicationLedger;
import org.gongkai.publish.PublishedVersion;
import org.gongkai.publish.StagedDisclosure;
import org.gongkai.publish.StagingArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finance bureau's view of one fiscal year: every expected department (gongkai.deadline.expected-departments) and
 * every department seen (staged, published, rejected or failed), each with its state, approval date, deadline and days
 * left or late, most urgent first. Read from the folders and the publication ledger at every call: nothing is cached.
 */
public final class StatusBoard {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FINDINGS_SHOWN = 3;

    private final StagingArea staging;
    private final Path stateDir;
    private final Path rejectedDir;
    private final Path failedDir;
    private final ExpectedSource expected;
    private final long maxFileBytes;
    private final Clock clock;

    /** The expected departments, read at every call so that the list can change without a restart. */
    @FunctionalInterface
    public interface ExpectedSource {
        List<ExpectedDepartment> read() throws IOException;
    }

    /** One year's board: the departments and what could not be read. */
    public record Board(int year, LocalDate today, List<DepartmentStatus> departments, List<Integer> years,
                        Map<String, Long> counts, List<String> problems) {
    }

    public StatusBoard(StagingArea staging, Path stateDir, Path rejectedDir, Path failedDir, ExpectedSource expected,
                       long maxFileBytes, Clock clock) {
        this.staging = staging;
        this.stateDir = stateDir;
        this.rejectedDir = rejectedDir;
        this.failedDir = failedDir;
        this.expected = expected;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
    }

    private static final class Row {
        final int year;
        final String code;
        String name;
        boolean expected;
        LocalDate approval;
        Path staged;
        Submission stagedSubmission;
        DepartmentPublication published;
        int rejections;
        String lastRejectedAt;
        long lastErrors;
        List<String> lastFindings = List.of();
        String passFailure;
        String intakeFailure;

        Row(int year, String code) {
            this.year = year;
            this.code = code;
        }
    }

    /** The board of {@code year}; {@code null} for the most recent year anything is known of (or this year). */
    public Board board(Integer year) {
        List<String> problems = new ArrayList<>();
        List<ExpectedDepartment> exp = List.of();
        try {
            exp = expected.read();
        } catch (IOException | RuntimeException e) {
            problems.add("预期部门清单无法读取（gongkai.deadline.expected-departments）：" + e.getMessage());
        }
        PublicationLedger ledger = null;
        try {
            ledger = PublicationLedger.load(stateDir);
        } catch (IOException | RuntimeException e) {
            problems.add("发布台账无法读取：" + e.getMessage());
        }
        TreeSet<Integer> years = new TreeSet<>();
        exp.forEach(e -> years.add(e.year()));
        if (ledger != null) {
            ledger.departments().forEach(d -> years.add(d.year()));
        }
        years.addAll(stagingYears());
        LocalDate today = LocalDate.now(clock);
        int y = year != null ? year : years.isEmpty() ? today.getYear() : years.last();
        years.add(y);

        Map<String, Row> rows = new LinkedHashMap<>();
        for (ExpectedDepartment e : exp) {
            if (e.year() == y) {
                Row r = rows.computeIfAbsent(StagingArea.safeSegment(e.code()), k -> new Row(y, e.code()));
                r.name = e.name();
                r.expected = true;
                r.approval = e.approval();
            }
        }
        readStaging(y, rows, problems);
        if (ledger != null) {
            for (DepartmentPublication d : ledger.departments()) {
                if (d.year() == y && d.current() != null) {
                    Row r = rows.computeIfAbsent(d.folderCode(), k -> new Row(y, d.code()));
                    r.published = d;
                    if (r.name == null) {
                        r.name = d.name();
                    }
                    if (r.approval == null && d.approvalDate() != null) {
                        r.approval = parseDate(d.approvalDate());
                    }
                }
            }
        }
        readRejections(y, rows, problems);
        readFailures(y, rows);

        List<DepartmentStatus> out = new ArrayList<>();
        for (Row r : rows.values()) {
            out.add(status(r, today));
        }
        out.sort(URGENCY);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DepartmentStatus.State s : DepartmentStatus.State.values()) {
            counts.put(s.name(), out.stream().filter(d -> d.state() == s).count());
        }
        counts.put("OVERDUE", out.stream().filter(DepartmentStatus::overdue).count());
        return new Board(y, today, out, List.copyOf(years.descendingSet()), counts, problems);
    }

    /** Not published before published; among them the fewest days left (most days late) first; failures first. */
    static final Comparator<DepartmentStatus> URGENCY = Comparator
            .comparing((DepartmentStatus d) -> d.state() == DepartmentStatus.State.PUBLISHED)
            .thenComparing(d -> d.daysLeft() == null ? Long.MAX_VALUE : d.daysLeft())
            .thenComparing(DepartmentStatus::state)
            .thenComparing(DepartmentStatus::code, Comparator.nullsLast(Comparator.naturalOrder()));

    private DepartmentStatus status(Row r, LocalDate today) {
        DepartmentStatus.State state;
        PublishedVersion current = r.published == null ? null : r.published.current();
        boolean newerStaged = r.staged != null && (current == null || !samePublished(r.staged, current));
        if (r.passFailure != null && (current == null || newerStaged)) {
            state = DepartmentStatus.State.FAILED;
        } else if (newerStaged) {
            state = DepartmentStatus.State.STAGED;
        } else if (current != null) {
            state = DepartmentStatus.State.PUBLISHED;
        } else if (r.intakeFailure != null) {
            state = DepartmentStatus.State.FAILED;
        } else if (r.rejections > 0) {
            state = DepartmentStatus.State.REJECTED;
        } else {
            state = DepartmentStatus.State.NOT_RECEIVED;
        }
        LocalDate deadline = r.approval == null ? null : PublicationDeadline.deadline(r.approval);
        Long daysLeft = deadline == null ? null : PublicationDeadline.daysLeft(deadline, today);
        Long publishedLate = null;
        if (r.published != null && deadline != null && !r.published.versions().isEmpty()) {
            LocalDate first = parseDate(r.published.versions().get(0).publishedOn());
            if (first != null) {
                publishedLate = Math.max(0, ChronoUnit.DAYS.between(deadline, first));
            }
        }
        DepartmentStatus.Contact contact = null;
        if (r.stagedSubmission != null && r.stagedSubmission.department() != null
                && r.stagedSubmission.department().contact() != null) {
            var c = r.stagedSubmission.department().contact();
            contact = new DepartmentStatus.Contact(c.name(), c.email(), c.phone());
        }
        String failure = state == DepartmentStatus.State.FAILED
                ? (r.passFailure != null ? r.passFailure : r.intakeFailure) : null;
        return new DepartmentStatus(r.year, r.code, r.name == null ? r.code : r.name, r.expected, state, r.approval,
                deadline, daysLeft, current == null ? null : current.publishedOn(),
                current == null ? null : current.version(), current != null && current.correction(), publishedLate,
                r.staged == null ? null : stagedAt(r.staged), r.rejections, r.lastRejectedAt, r.lastErrors,
                r.lastFindings, failure, contact);
    }

    /** Whether the staged folder is what is public (same folder, or a later folder with the same content). */
    private boolean samePublished(Path staged, PublishedVersion current) {
        String rel = staging.root().relativize(staged).toString().replace('\\', '/');
        if (rel.equals(current.stagedFolder())) {
            return true;
        }
        if (current.stagedFolder() != null && rel.compareTo(current.stagedFolder()) < 0) {
            return true; // an older staged folder than the one published
        }
        try {
            return StagedDisclosure.read(staging, staged).contentHash().equals(current.contentHash());
        } catch (IOException e) {
            return false;
        }
    }

    private List<Integer> stagingYears() {
        List<Integer> out = new ArrayList<>();
        if (!Files.isDirectory(staging.root())) {
            return out;
        }
        try (Stream<Path> s = Files.list(staging.root())) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}")).forEach(n -> out.add(Integer.parseInt(n)));
        } catch (IOException e) {
            LOG.warn("Staging folder cannot be listed: {}", e.toString());
        }
        return out;
    }

    private void readStaging(int year, Map<String, Row> rows, List<String> problems) {
        Path yearDir = staging.root().resolve(String.valueOf(year));
        if (!Files.isDirectory(yearDir)) {
            return;
        }
        List<Path> depts;
        try (Stream<Path> s = Files.list(yearDir)) {
            depts = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add("暂存目录无法读取：" + e.getMessage());
            return;
        }
        for (Path dept : depts) {
            try {
                Optional<Path> latest = staging.latest(year, dept.getFileName().toString());
                if (latest.isEmpty()) {
                    continue;
                }
                Submission s = staging.read(latest.get());
                Row r = rows.computeIfAbsent(dept.getFileName().toString(), k -> new Row(year, s.departmentCode()));
                r.staged = latest.get();
                r.stagedSubmission = s;
                if (r.name == null) {
                    r.name = s.departmentName();
                }
                if (r.approval == null) {
                    r.approval = s.approvalLocalDate().orElse(null);
                }
            } catch (IOException | RuntimeException e) {
                problems.add("暂存文件无法读取：" + staging.root().relativize(dept) + "（" + e.getMessage() + "）");
            }
        }
    }

    private void readRejections(int year, Map<String, Row> rows, List<String> problems) {
        if (!Files.isDirectory(rejectedDir)) {
            return;
        }
        List<Path> reports;
        try (Stream<Path> s = Files.list(rejectedDir)) {
            reports = s.filter(p -> p.getFileName().toString().endsWith(".report.json")).sorted().toList();
        } catch (IOException e) {
            problems.add("退回目录无法读取：" + e.getMessage());
            return;
        }
        for (Path p : reports) {
            JsonNode n;
            try {
                n = MAPPER.readTree(p.toFile());
            } catch (IOException e) {
                continue;
            }
            String code = n.path("department").path("code").asText(null);
            if (code == null || code.isBlank() || n.path("fiscalYear").asInt(0) != year) {
                continue;
            }
            Row r = rows.computeIfAbsent(StagingArea.safeSegment(code), k -> new Row(year, code));
            if (r.name == null) {
                r.name = n.path("department").path("name").asText(null);
            }
            r.rejections++;
            String at = n.path("checkedAt").asText("");
            if (r.lastRejectedAt == null || at.compareTo(r.lastRejectedAt) >= 0) {
                r.lastRejectedAt = at;
                r.lastErrors = n.path("counts").path("errors").asLong();
                List<String> fs = new ArrayList<>();
                for (JsonNode f : n.path("findings")) {
                    if (fs.size() == FINDINGS_SHOWN) {
                        break;
                    }
                    fs.add(f.path("message").asText(""));
                }
                r.lastFindings = fs;
            }
        }
    }

    private void readFailures(int year, Map<String, Row> rows) {
        PassRecord.load(stateDir).ifPresent(pass -> {
            for (PassRecord.Failed f : pass.failed()) {
                if (f.year() == year && f.code() != null && !f.code().isBlank()) {
                    Row r = rows.computeIfAbsent(StagingArea.safeSegment(f.code()), k -> new Row(year, f.code()));
                    if (r.name == null) {
                        r.name = f.name();
                    }
                    r.passFailure = "上次发布失败：" + f.reason();
                }
            }
        });
        if (!Files.isDirectory(failedDir)) {
            return;
        }
        List<Path> originals;
        try (Stream<Path> s = Files.list(failedDir)) {
            originals = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : originals) {
            try {
                if (Files.size(p) > maxFileBytes) {
                    continue;
                }
                SubmissionSummary s = JsonIdentityScanner.scan(Files.readAllBytes(p));
                if (s.departmentCode() == null || s.fiscalYear() == null || s.fiscalYear() != year) {
                    continue;
                }
                Row r = rows.computeIfAbsent(StagingArea.safeSegment(s.departmentCode()),
                        k -> new Row(year, s.departmentCode()));
                if (r.name == null) {
                    r.name = s.departmentName();
                }
                r.intakeFailure = "处理时发生内部错误，原文件保存在 failed/" + p.getFileName() + "，修复后重新放入收件箱";
            } catch (IOException | RuntimeException e) {
                // an unreadable original stays in failed/, counted on the console
            }
        }
    }

    private static String stagedAt(Path staged) {
        String n = staged.getFileName().toString(); // yyyyMMdd-HHmmss-SSS-sha8
        if (n.length() >= 15 && n.charAt(8) == '-') {
            return n.substring(0, 4) + "-" + n.substring(4, 6) + "-" + n.substring(6, 8) + " "
                    + n.substring(9, 11) + ":" + n.substring(11, 13) + ":" + n.substring(13, 15);
        }
        return n;
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.trim().substring(0, Math.min(10, s.trim().length())));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
