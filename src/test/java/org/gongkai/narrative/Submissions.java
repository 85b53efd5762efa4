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

    /** The narrative of a submission as the documents show it: its profile's template, no archive. */
    public static Narrative narrative(Submission s) {
        return narrative(s, ClassificationNames.standard(), PriorYearSource.NONE);
    }

    /** The narrative with comparatives the submission leaves out taken from the archive ({@code source}). */
    public static Narrative narrative(Submission s, ClassificationNames names, PriorYearSource source) {
        return org.gongkai.render.DisclosureDocument.of(s, names, source).narrative();
    }

    public static Submission read(Path p) {
        try {
            return MAPPER.readValue(p.toFile(), Submission.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
