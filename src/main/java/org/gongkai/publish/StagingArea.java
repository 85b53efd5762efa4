package org.gongkai.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.model.Submission;
import org.gongkai.support.AtomicFiles;

/**
 * The staging area: one folder per accepted submission, {@code {year}/{dept}/{receivedAt}-{sha8}/}, holding the
 * submission as read, its original bytes, its validation report and (once rendered) the disclosure under
 * {@code site/}. A folder is complete when its {@code STAGED} marker exists; it is written last.
 */
public final class StagingArea {

    public static final String SUBMISSION = "submission.json";
    public static final String VALIDATION = "validation.json";
    public static final String SITE = "site";
    public static final String MARKER = "STAGED";
    /** The original file's name and hash, written with the submission. */
    public static final String ORIGINAL_NAME = "original.txt";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final Path root;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StagingArea(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The folder a submission goes to; deterministic for the same content and receipt time. */
    public Path folderFor(Submission s, String sha256, LocalDateTime receivedAt) {
        return root.resolve(String.valueOf(s.fiscalYear()))
                .resolve(safeSegment(s.departmentCode()))
                .resolve(STAMP.format(receivedAt) + "-" + sha256.substring(0, 8));
    }

    /**
     * Writes a staged submission (not yet complete: the disclosure is rendered into {@link #SITE} next, then
     * {@link #complete} writes the marker). Files are written under temporary names and renamed; staging the same
     * content again rewrites the same files.
     */
    public Path stage(Submission s, String sha256, LocalDateTime receivedAt, String originalFileName,
                      byte[] original, String validationJson) throws IOException {
        Path dir = folderFor(s, sha256, receivedAt);
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(SUBMISSION), mapper.writeValueAsBytes(s));
        AtomicFiles.write(dir.resolve("original" + extension(originalFileName)), original);
        AtomicFiles.write(dir.resolve(VALIDATION), validationJson.getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(dir.resolve(ORIGINAL_NAME), (originalFileName + "\n" + sha256 + "\n").getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    /** Marks a staged folder complete (its disclosure rendered): from now on the publisher may take it. */
    public void complete(Path folder) throws IOException {
        AtomicFiles.write(folder.resolve(MARKER), Files.readAllBytes(folder.resolve(ORIGINAL_NAME)));
    }

    /** The newest complete staged submission of a department and year (the archive of accepted submissions). */
    public Optional<Submission> latestSubmission(int year, String departmentCode) {
        try {
            Optional<Path> folder = latest(year, departmentCode);
            return folder.isPresent() ? Optional.of(read(folder.get())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Every complete staged folder, oldest first. */
    public List<Path> stagedFolders() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.find(root, 3, (p, a) -> a.isDirectory() && Files.exists(p.resolve(MARKER)))) {
            s.forEach(found::add);
        }
        found.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return found;
    }

    /**
     * Moves every staged folder without its {@link #MARKER} (a crash or a failure while staging or rendering left it
     * half done: no marker, perhaps a {@code site.rendering/} inside) to the same place under {@code quarantine};
     * the half-rendered {@code site.rendering/} itself is removed.
     * Only call it while no submission is being staged (at start-up). Returns the folders moved, as they were.
     */
    public List<Path> quarantineIncomplete(Path quarantine) throws IOException {
        List<Path> moved = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return moved;
        }
        List<Path> incomplete = new ArrayList<>();
        try (Stream<Path> s = Files.find(root, 3, (p, a) -> a.isDirectory() && root.relativize(p).getNameCount() == 3)) {
            s.filter(p -> !Files.exists(p.resolve(MARKER))).forEach(incomplete::add);
        }
        for (Path folder : incomplete) {
            quarantine(folder, quarantine);
            moved.add(folder);
        }
        return moved;
    }

    /** Moves one (incomplete) staged folder to the same relative place under {@code quarantine}; returns where. */
    public Path quarantine(Path folder, Path quarantine) throws IOException {
        Path relative = root.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize());
        Path target = quarantine.resolve(relative);
        for (int n = 2; Files.exists(target); n++) {
            target = quarantine.resolve(relative + "~" + n);
        }
        Files.createDirectories(target.getParent());
        Files.move(folder, target);
        // a half-rendered site is half output by definition (rendered again when the file is taken again): removed,
        // so nothing half is kept; what the folder held besides (the submission as read, its copies) is kept
        org.gongkai.support.Folders.deleteTree(target.resolve(SITE + ".rendering"));
        removeEmptyFolders(target);
        // no empty {year}/{dept} folders left behind
        Path rootAbs = root.toAbsolutePath().normalize();
        for (Path p = folder.toAbsolutePath().normalize().getParent(); p != null && p.startsWith(rootAbs) && !p.equals(rootAbs);
             p = p.getParent()) {
            try (Stream<Path> s = Files.list(p)) {
                if (s.findAny().isPresent()) {
                    break;
                }
            }
            Files.deleteIfExists(p);
        }
        return target;
    }

    /** Removes the empty folders under {@code dir} (a half-rendered {@code site.rendering/} may hold nothing). */
    private static void removeEmptyFolders(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.walk(dir)) {
            folders = s.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path f : folders) {
            try (Stream<Path> s = Files.list(f)) {
                if (s.findAny().isPresent()) {
                    continue;
                }
            }
            Files.deleteIfExists(f);
        }
    }

    /** Reads the staged submission of a folder. */
    public Submission read(Path folder) throws IOException {
        return mapper.readValue(folder.resolve(SUBMISSION).toFile(), Submission.class);
    }

    /** The newest staged folder of a department and year, if any. */
    public Optional<Path> latest(int year, String departmentCode) throws IOException {
        Path dept = root.resolve(String.valueOf(year)).resolve(safeSegment(departmentCode));
        if (!Files.isDirectory(dept)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dept)) {
            return s.filter(p -> Files.exists(p.resolve(MARKER))).max(Comparator.comparing(p -> p.getFileName().toString()));
        }
    }


    /**
     * The revision of a staged submission: 1 for the department's first submission of the year, one more each time a
     * later staged submission differs in content from the one before it (a correction, 更正). The same submission
     * staged again keeps its revision, so its rendered files stay byte-identical.
     */
    public static int revision(Path folder) throws IOException {
        Path dept = folder.toAbsolutePath().getParent();
        String self = folder.getFileName().toString();
        List<Path> earlier;
        try (Stream<Path> s = Files.list(dept)) {
            earlier = s.filter(p -> Files.isRegularFile(p.resolve(SUBMISSION)))
                    .filter(p -> p.getFileName().toString().compareTo(self) <= 0)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        int revision = 0;
        String previous = null;
        for (Path p : earlier) {
            String sha = org.gongkai.support.Hashes.sha256(p.resolve(SUBMISSION));
            if (!sha.equals(previous)) {
                revision++;
                previous = sha;
            }
        }
        return Math.max(1, revision);
    }

    /** A path segment made safe: department codes are digits in practice, but nothing a submitter writes may escape the folder. */
    static String safeSegment(String s) {
        if (s == null || s.isBlank()) {
            return "unknown";
        }
        String cleaned = s.trim().replaceAll("[^0-9A-Za-z_-]", "_");
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_') ? "unknown" : cleaned;
    }

    private static String extension(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") ? ".xlsx" : ".json";
    }
}
