package org.gongkai.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What has been published, kept in {@code {state}/publication-ledger.json}: per department and year every version
 * with its file hashes, and the hash of every shared page last uploaded (site index, department pages, manifest).
 * A department is recorded only after its files and its landing page are on the server, so a pass that breaks off
 * leaves the department unrecorded and the next pass publishes it again.
 * <p>
 * Changes cost time in proportion to the change, not to the ledger: {@link #save()} appends the changes since the
 * last save as JSON lines to {@code publication-ledger.journal}, and {@link #compact()} (once per pass) writes the
 * whole ledger under a temporary name, renames it over the old one and only then empties the journal. Loading reads
 * the ledger and replays the journal; every journal entry can be applied twice with the same result, so a crash
 * between the rename and the emptying loses nothing, and a last line cut short by a crash is ignored (its change
 * had not been acknowledged: the pass redoes it).
 */
public final class PublicationLedger {

    public static final String FILE_NAME = "publication-ledger.json";
    public static final String JOURNAL_NAME = "publication-ledger.journal";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record State(Map<String, DepartmentPublication> departments, Map<String, String> sharedFiles,
                 Map<String, Map<String, String>> unfinished, Map<String, String> coveredStaged,
                 String pagesFingerprint, Boolean sharedPagesStale) {
        State {
            departments = departments == null ? new TreeMap<>() : new TreeMap<>(departments);
            sharedFiles = sharedFiles == null ? new TreeMap<>() : new TreeMap<>(sharedFiles);
            unfinished = unfinished == null ? new TreeMap<>() : new TreeMap<>(unfinished);
            coveredStaged = coveredStaged == null ? new TreeMap<>() : new TreeMap<>(coveredStaged);
            // a ledger written before the flag existed: regenerate the shared pages once
            sharedPagesStale = sharedPagesStale == null || sharedPagesStale;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Path journal;
    /** The maps of the ledger (changed in place); the two flags below are kept apart so a change copies nothing. */
    private final State state;
    private String pagesFingerprint;
    private boolean sharedPagesStale;
    /** Changes not yet appended to the journal, one JSON line each. */
    private final StringBuilder pending = new StringBuilder();
    private boolean journalNonEmpty;

    private PublicationLedger(Path file, Path journal, State state, boolean journalNonEmpty) {
        this.file = file;
        this.journal = journal;
        this.state = state;
        this.pagesFingerprint = state.pagesFingerprint();
        this.sharedPagesStale = state.sharedPagesStale();
        this.journalNonEmpty = journalNonEmpty;
    }

    /** Reads the ledger of a state folder (an empty ledger when nothing was published yet) and replays its journal. */
    public static PublicationLedger load(Path stateDir) throws IOException {
        Path f = stateDir.resolve(FILE_NAME);
        Path j = stateDir.resolve(JOURNAL_NAME);
        State s = Files.exists(f) ? MAPPER.readValue(f.toFile(), State.class)
                : new State(null, null, null, null, null, false);
        PublicationLedger ledger = new PublicationLedger(f, j, s, false);
        if (Files.exists(j)) {
            byte[] bytes = Files.readAllBytes(j);
            int complete = ledger.replay(bytes);
            if (complete < bytes.length) {
                // drop the line a crash cut short, so that the next entry starts on a line of its own
                try (FileChannel ch = FileChannel.open(j, StandardOpenOption.WRITE)) {
                    ch.truncate(complete);
                }
            }
        }
        return ledger;
    }

    /** Applies every complete line; returns the length in bytes of the complete lines. */
    private int replay(byte[] bytes) throws IOException {
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end == bytes.length) {
                break; // a last line without its newline was cut short by a crash: it was never acknowledged
            }
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            start = end + 1;
            if (!line.isBlank()) {
                apply(MAPPER.readTree(line));
                journalNonEmpty = true;
            }
        }
        return start;
    }

    private void apply(JsonNode e) throws IOException {
        switch (e.path("op").asText()) {
            case "unfinished" -> applyUnfinished(e.get("folder").asText(), e.get("file").asText(), e.get("sha").asText());
            case "record" -> applyRecord(MAPPER.treeToValue(e.get("department"), DepartmentPublication.class),
                    MAPPER.treeToValue(e.get("version"), PublishedVersion.class));
            case "shared" -> state.sharedFiles().put(e.get("path").asText(), e.get("sha").asText());
            case "covered" -> state.coveredStaged().put(e.get("key").asText(), e.get("staged").asText());
            case "pages" -> {
                pagesFingerprint = e.path("fingerprint").asText(null);
                sharedPagesStale = false;
            }
            default -> throw new IOException("unknown entry in " + JOURNAL_NAME + ": " + e);
        }
    }

    public synchronized Optional<DepartmentPublication> department(int year, String folderCode) {
        return Optional.ofNullable(state.departments().get(DepartmentPublication.key(year, folderCode)));
    }

    /** Every department, by year then department code. */
    public synchronized List<DepartmentPublication> departments() {
        List<DepartmentPublication> all = new ArrayList<>(state.departments().values());
        all.sort(Comparator.comparingInt(DepartmentPublication::year).thenComparing(DepartmentPublication::folderCode));
        return all;
    }

    /**
     * Files already in place in a version folder that is not switched to yet (a pass that broke off): the next pass
     * does not upload them again. Path inside the folder -> SHA-256.
     */
    public synchronized Map<String, String> unfinished(String folder) {
        return new TreeMap<>(state.unfinished().getOrDefault(folder, Map.of()));
    }

    /** Notes one file of an unfinished version folder as uploaded. */
    public synchronized void recordUnfinished(String folder, String file, String sha256) {
        applyUnfinished(folder, file, sha256);
        ObjectNode e = MAPPER.createObjectNode().put("op", "unfinished").put("folder", folder).put("file", file)
                .put("sha", sha256);
        append(e);
    }

    private void applyUnfinished(String folder, String file, String sha256) {
        state.unfinished().computeIfAbsent(folder, f -> new TreeMap<>()).put(file, sha256);
    }

    /** Records a new current version of a department (and its latest name and approval date). */
    public synchronized void record(int year, String code, String folderCode, String name, String approvalDate,
                                    PublishedVersion v) {
        DepartmentPublication d = new DepartmentPublication(year, code, folderCode, name, approvalDate, List.of());
        applyRecord(d, v);
        ObjectNode e = MAPPER.createObjectNode().put("op", "record");
        e.set("department", MAPPER.valueToTree(d));
        e.set("version", MAPPER.valueToTree(v));
        append(e);
    }

    /** Applying the same record twice (journal replayed over a ledger that has it already) changes nothing. */
    private void applyRecord(DepartmentPublication d, PublishedVersion v) {
        String key = DepartmentPublication.key(d.year(), d.folderCode());
        DepartmentPublication before = state.departments().get(key);
        List<PublishedVersion> versions = before == null ? new ArrayList<>() : new ArrayList<>(before.versions());
        versions.removeIf(old -> old.version() == v.version());
        versions.add(v);
        versions.sort(Comparator.comparingInt(PublishedVersion::version));
        // the department is switched: no unfinished folder of it is resumed any more (nor linked: it stays unused)
        state.unfinished().keySet().removeIf(f -> f.startsWith(key + "/"));
        state.coveredStaged().remove(key);
        state.departments().put(key, new DepartmentPublication(d.year(), d.code(), d.folderCode(), d.name(),
                d.approvalDate(), versions));
        sharedPagesStale = true;
    }

    /** The SHA-256 of a shared page as last uploaded, if any. */
    public synchronized Optional<String> sharedFile(String path) {
        return Optional.ofNullable(state.sharedFiles().get(path));
    }

    public synchronized void recordSharedFile(String path, String sha256) {
        state.sharedFiles().put(path, sha256);
        append(MAPPER.createObjectNode().put("op", "shared").put("path", path).put("sha", sha256));
    }

    /**
     * The staged folder (relative to the staging root) that the department's current version was published from, or
     * that was found to hold the same content: a pass need not read it again.
     */
    public synchronized boolean covers(String key, String stagedFolder) {
        DepartmentPublication d = state.departments().get(key);
        if (d != null && d.current() != null && stagedFolder.equals(d.current().stagedFolder())) {
            return true;
        }
        return stagedFolder.equals(state.coveredStaged().get(key));
    }

    /** Notes that a staged folder holds the content the department already shows. */
    public synchronized void recordCovered(String key, String stagedFolder) {
        state.coveredStaged().put(key, stagedFolder);
        append(MAPPER.createObjectNode().put("op", "covered").put("key", key).put("staged", stagedFolder));
    }

    /** True when a department went out since the site index and manifest were last uploaded. */
    public synchronized boolean sharedPagesStale() {
        return sharedPagesStale;
    }

    /** How the pages were generated when last uploaded (see {@link PublicationPass}); null before the first time. */
    public synchronized String pagesFingerprint() {
        return pagesFingerprint;
    }

    /** Notes that the site index and manifest on the server match the ledger, generated as {@code fingerprint}. */
    public synchronized void recordSharedPagesUploaded(String fingerprint) {
        pagesFingerprint = fingerprint;
        sharedPagesStale = false;
        append(MAPPER.createObjectNode().put("op", "pages").put("fingerprint", fingerprint));
    }

    private void append(ObjectNode entry) {
        try {
            pending.append(MAPPER.writeValueAsString(entry)).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends the changes since the last save to the journal (one write; the ledger file itself is untouched). */
    public synchronized void save() throws IOException {
        if (pending.length() == 0) {
            return;
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
        pending.setLength(0);
        journalNonEmpty = true;
    }

    /**
     * Writes the whole ledger (temporary name, then rename) and empties the journal; does nothing when the journal
     * holds nothing. Call once per pass, not per change.
     */
    public synchronized void compact() throws IOException {
        save();
        if (!journalNonEmpty && Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        // streamed to a temporary file beside the ledger, then renamed over it (no copy of the whole ledger in memory)
        Path tmp = Files.createTempFile(file.getParent(), "." + FILE_NAME + ".", ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), new State(state.departments(), state.sharedFiles(), state.unfinished(),
                    state.coveredStaged(), pagesFingerprint, sharedPagesStale));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Files.deleteIfExists(journal);
        journalNonEmpty = false;
    }
}
