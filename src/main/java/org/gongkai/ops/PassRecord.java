package org.gongkai.ops;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.support.AtomicFiles;

/**
 * The outcome of the last publication pass, kept in {@code {state}/last-publication-pass.json} so that the console and
 * the readiness check know it after a restart.
 *
 * @param outcome   ok, failed (some departments failed) or broken_off (the pass stopped on an unexpected error)
 * @param failed    per department that failed: year/code -> reason (Chinese)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PassRecord(String startedAt, String finishedAt, String outcome, int published, int failedCount,
                         String message, List<Failed> failed) {

    public static final String FILE_NAME = "last-publication-pass.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A department whose publication failed in the pass. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Failed(int year, String code, String name, String reason) {
    }

    public PassRecord {
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    public boolean ok() {
        return "ok".equals(outcome);
    }

    public void save(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        AtomicFiles.write(stateDir.resolve(FILE_NAME), MAPPER.writeValueAsBytes(this));
    }

    public static Optional<PassRecord> load(Path stateDir) {
        Path f = stateDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(f.toFile(), PassRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
