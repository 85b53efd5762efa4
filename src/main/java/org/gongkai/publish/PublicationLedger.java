package org.gongkai.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.support.AtomicFiles;

/**
 * What has been published, kept in {@code {state}/publication-ledger.json}: per department and year every version
 * with its file hashes, and the hash of every shared page last uploaded (site index, department pages, manifest).
 * A department is recorded only after its files and its landing page are on the server, so a pass that breaks off
 * leaves the department unrecorded and the next pass publishes it again.
 */
public final class PublicationLedger {

    public static final String FILE_NAME = "publication-ledger.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record State(Map<String, DepartmentPublication> departments, Map<String, String> sharedFiles,
                 Map<String, Map<String, String>> unfinished) {
        State {
            departments = departments == null ? new TreeMap<>() : new TreeMap<>(departments);
            sharedFiles = sharedFiles == null ? new TreeMap<>() : new TreeMap<>(sharedFiles);
            unfinished = unfinished == null ? new TreeMap<>() : new TreeMap<>(unfinished);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private State state;

    private PublicationLedger(Path file, State state) {
        this.file = file;
        this.state = state;
    }

    /** Reads the ledger of a state folder (an empty ledger when nothing was published yet). */
    public static PublicationLedger load(Path stateDir) throws IOException {
        Path f = stateDir.resolve(FILE_NAME);
        State s = Files.exists(f) ? MAPPER.readValue(f.toFile(), State.class) : new State(null, null, null);
        return new PublicationLedger(f, s);
    }

    public Optional<DepartmentPublication> department(int year, String folderCode) {
        return Optional.ofNullable(state.departments().get(DepartmentPublication.key(year, folderCode)));
    }

    /** Every department, by year then department code. */
    public List<DepartmentPublication> departments() {
        List<DepartmentPublication> all = new ArrayList<>(state.departments().values());
        all.sort(Comparator.comparingInt(DepartmentPublication::year).thenComparing(DepartmentPublication::folderCode));
        return all;
    }

    /**
     * Files already in place in a version folder that is not switched to yet (a pass that broke off): the next pass
     * does not upload them again. Path inside the folder -> SHA-256.
     */
    public Map<String, String> unfinished(String folder) {
        return state.unfinished().getOrDefault(folder, Map.of());
    }

    /** Notes one file of an unfinished version folder as uploaded. */
    public void recordUnfinished(String folder, String file, String sha256) {
        state.unfinished().computeIfAbsent(folder, f -> new TreeMap<>()).put(file, sha256);
    }

    /** Records a new current version of a department (and its latest name and approval date). */
    public void record(int year, String code, String folderCode, String name, String approvalDate, PublishedVersion v) {
        DepartmentPublication before = state.departments().get(DepartmentPublication.key(year, folderCode));
        List<PublishedVersion> versions = before == null ? new ArrayList<>() : new ArrayList<>(before.versions());
        versions.add(v);
        // the department is switched: no unfinished folder of it is resumed any more (nor linked: it stays unused)
        state.unfinished().keySet().removeIf(f -> f.startsWith(DepartmentPublication.key(year, folderCode) + "/"));
        state.departments().put(DepartmentPublication.key(year, folderCode),
                new DepartmentPublication(year, code, folderCode, name, approvalDate, versions));
    }

    /** The SHA-256 of a shared page as last uploaded, if any. */
    public Optional<String> sharedFile(String path) {
        return Optional.ofNullable(state.sharedFiles().get(path));
    }

    public void recordSharedFile(String path, String sha256) {
        state.sharedFiles().put(path, sha256);
    }

    /** Writes the ledger (temporary name, then rename). */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(state));
    }
}
