package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashesTest {

    @Test
    void knownVectors() {
        // FIPS 180-2 test vectors
        assertThat(Hashes.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Hashes.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void fileHashEqualsByteHashAcrossBufferBoundaries(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[3 * 64 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        Path f = Files.write(dir.resolve("big.bin"), bytes);
        assertThat(Hashes.sha256(f)).isEqualTo(Hashes.sha256(bytes)).hasSize(64).matches("[0-9a-f]{64}");

        Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
        assertThat(Hashes.sha256(empty)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
