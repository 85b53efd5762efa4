package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, defect 3: every name the service writes fits the 255-byte limit, cut at a character boundary. */
class BoundedNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesOfEveryScriptAndLengthAreBoundedAtACharacterBoundaryWithTheirExtension() throws Exception {
        List<String> units = List.of("a", "é", "预", "😀", "e\u0301");
        for (String unit : units) {
            for (int n = 1; n < 300; n += 7) {
                String name = unit.repeat(n) + ".json";
                String b = BoundedNames.bounded(name);
                assertThat(BoundedNames.utf8Length(b)).as(name).isLessThanOrEqualTo(BoundedNames.SUBMITTED_NAME_MAX_BYTES);
                assertThat(b).endsWith(".json");
                // a whole string: no lone surrogate, encodes and decodes unchanged
                assertThat(new String(b.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(b);
                // with the longest stamp and suffix the service adds, the file can be created
                Path p = dir.resolve("20261202-141656-768-" + b + ".report.html");
                Files.writeString(p, "x");
                Files.delete(p);
                if (BoundedNames.utf8Length(name) <= BoundedNames.SUBMITTED_NAME_MAX_BYTES) {
                    assertThat(b).isEqualTo(name);
                }
            }
        }
    }

    @Test
    void oddCharactersBecomeUnderscores() {
        assertThat(BoundedNames.safe("b1-back\\slash.json")).isEqualTo("b1-back_slash.json");
        assertThat(BoundedNames.safe("a/b:c*d?e\"f<g>h|i\u0000j\u0007k\ud800l\ufffdm\u202e.json"))
                .isEqualTo("a_b_c_d_e_f_g_h_i_j_k_l_m_.json");
        assertThat(BoundedNames.safe(".hidden.json")).isEqualTo("hidden.json");
        assertThat(BoundedNames.safe("...")).isEqualTo("_");
    }

    @Test
    void aNameWithoutBoundsIsWhatBreaksTheFileSystem() {
        String name = "20261202-141656-768-" + "预".repeat(80) + ".json";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(255);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Files.writeString(dir.resolve(name), "x"))
                .isInstanceOf(FileSystemException.class);
    }

    @Test
    void aFullDiskIsRecognisedInAnyErrorChain() {
        assertThat(DiskSpace.isDiskFull(new java.io.IOException("No space left on device"))).isTrue();
        assertThat(DiskSpace.isDiskFull(new RuntimeException(new FileSystemException("/x", null, "No space left on device"))))
                .isTrue();
        assertThat(DiskSpace.isDiskFull(new java.io.IOException("Disk quota exceeded"))).isTrue();
        assertThat(DiskSpace.isDiskFull(new java.io.IOException("Permission denied"))).isFalse();
        DiskSpace space = new DiskSpace(dir, 1000, d -> 5000);
        assertThat(space.roomFor(1000)).isTrue();
        assertThat(space.roomFor(1001)).isFalse();
    }

    @Test
    void theLockIsHeldOncePerFolderAndFreedOnClose() throws Exception {
        try (DataFolderLock first = DataFolderLock.acquire(dir.resolve("state"), dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataFolderLock.acquire(dir.resolve("state"), dir))
                    .isInstanceOf(DataFolderLock.HeldElsewhereException.class)
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
        }
        DataFolderLock.acquire(dir.resolve("state"), dir).close();
    }
}
