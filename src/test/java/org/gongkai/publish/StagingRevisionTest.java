package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disclosure's revision (the open data's version): +1 for every staged submission whose content changed. */
class StagingRevisionTest {

    @TempDir
    Path tmp;

    private Path stage(String name, String content) throws Exception {
        Path f = Files.createDirectories(tmp.resolve("2024/701").resolve(name));
        Files.writeString(f.resolve(StagingArea.SUBMISSION), content);
        return f;
    }

    @Test
    void theSameContentKeepsItsRevisionAndEveryChangeAddsOne() throws Exception {
        Path a1 = stage("20240221-090000-000-aaaaaaaa", "{\"a\":1}");
        assertThat(StagingArea.revision(a1)).isEqualTo(1);
        Path a2 = stage("20240222-090000-000-aaaaaaaa", "{\"a\":1}");
        assertThat(StagingArea.revision(a2)).as("the same submission again").isEqualTo(1);
        Path b = stage("20240301-090000-000-bbbbbbbb", "{\"a\":2}");
        assertThat(StagingArea.revision(b)).as("a correction").isEqualTo(2);
        Path a3 = stage("20240302-090000-000-aaaaaaaa", "{\"a\":1}");
        assertThat(StagingArea.revision(a3)).as("back to the first figures is another correction").isEqualTo(3);
        assertThat(StagingArea.revision(a1)).as("later folders do not change an earlier revision").isEqualTo(1);
        Files.createDirectories(tmp.resolve("2024/701/20240303-090000-000-cccccccc")); // not staged yet: no submission
        assertThat(StagingArea.revision(a3)).isEqualTo(3);
    }
}
