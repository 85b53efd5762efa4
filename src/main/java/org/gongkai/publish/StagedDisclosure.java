package org.gongkai.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.model.Submission;
import org.gongkai.support.Hashes;

/**
 * A staged submission seen by the publication: the header of its submission (year, department, approval date; the
 * tables and texts are not kept, so that a pass of ten thousand departments holds little in memory), and the
 * rendered files under {@code site/} (relative path with '/' separators) with the SHA-256 of each (hashed once,
 * when the folder is read) and a content hash over all of them.
 */
public record StagedDisclosure(Path folder, String stagedName, Submission submission, String contentHash,
                               Map<String, String> fileHashes) {

    /** Reads a staged folder; {@code siteFiles} is empty when the disclosure has not been rendered yet. */
    public static StagedDisclosure read(StagingArea staging, Path folder) throws IOException {
        Submission full = staging.read(folder);
        Submission s = new Submission(full.formatVersion(), full.profile(), full.fiscalYear(), full.amountUnit(),
                full.precision(), full.approvalDate(), full.department(), null, null, null, null, null);
        Map<String, Path> files = new TreeMap<>();
        Path site = folder.resolve(StagingArea.SITE);
        if (Files.isDirectory(site)) {
            try (Stream<Path> all = Files.walk(site)) {
                all.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".tmp"))
                        .forEach(p -> files.put(site.relativize(p).toString().replace('\\', '/').intern(), p)); // names recur in every department: one copy each
            }
        }
        StringBuilder listing = new StringBuilder();
        Map<String, String> hashes = new TreeMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String sha = Hashes.sha256(e.getValue());
            hashes.put(e.getKey(), sha);
            listing.append(e.getKey()).append('\0').append(sha).append('\n');
        }
        String hash = Hashes.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
        String name = staging.root().relativize(folder).toString().replace('\\', '/');
        return new StagedDisclosure(folder, name, s, hash, hashes);
    }

    /** The rendered files: relative path with '/' separators -> file. */
    public Map<String, Path> siteFiles() {
        Map<String, Path> files = new TreeMap<>();
        Path site = folder.resolve(StagingArea.SITE);
        fileHashes.keySet().forEach(f -> files.put(f, site.resolve(f)));
        return files;
    }

    public int year() {
        return submission.fiscalYear() == null ? 0 : submission.fiscalYear();
    }

    public String code() {
        return submission.departmentCode();
    }

    /** The department code as a safe folder name (the same as in the staging area). */
    public String folderCode() {
        return StagingArea.safeSegment(submission.departmentCode());
    }

    public String name() {
        return submission.departmentName() == null ? folderCode() : submission.departmentName();
    }

    public Optional<LocalDate> approval() {
        return submission.approvalLocalDate();
    }

    public Optional<LocalDate> deadline() {
        return approval().map(PublicationDeadline::deadline);
    }

    public boolean rendered() {
        return !fileHashes.isEmpty();
    }

    public Optional<String> contactEmail() {
        if (submission.department() == null || submission.department().contact() == null) {
            return Optional.empty();
        }
        String e = submission.department().contact().email();
        return e == null || e.isBlank() ? Optional.empty() : Optional.of(e.trim());
    }
}
