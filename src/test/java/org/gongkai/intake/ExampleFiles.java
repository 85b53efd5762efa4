package org.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The acceptance example and textual mutations of it. */
public final class ExampleFiles {
    public static final Path EXAMPLE = Path.of("examples/pingdingshan-701-2024.json");

    private ExampleFiles() {
    }

    public static String text() {
        try {
            return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The example with the first occurrence of {@code from} replaced (which must occur). */
    public static String replaceFirst(String from, String to) {
        String t = text();
        int i = t.indexOf(from);
        assertThat(i).as("mutation anchor %s", from).isNotNegative();
        return t.substring(0, i) + to + t.substring(i + from.length());
    }
}
