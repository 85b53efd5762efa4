package org.gongkai.narrative;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gongkai.model.Submission;

/** Reads submissions for tests (the example and the test resources under render/). */
public final class Submissions {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private Submissions() {
    }

    public static Submission example() {
        return read(Path.of("examples/pingdingshan-701-2024.json"));
    }

    public static Submission resource(String name) {
        return read(Path.of("src/test/resources/render", name));
    }

    public static Submission read(Path p) {
        try {
            return MAPPER.readValue(p.toFile(), Submission.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
