package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MagicBytesTest {

    private static final byte[] UTF8_BOM_JSON = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'};

    @Test
    void unsignedValuesMatchHighBytes() {
        assertThat(MagicBytes.startsWith(UTF8_BOM_JSON, 0xEF, 0xBB, 0xBF)).isTrue();
        assertThat(MagicBytes.startsWith(UTF8_BOM_JSON, 0xEF, 0xBB, 0xBE)).isFalse();
        assertThat(MagicBytes.startsWith(UTF8_BOM_JSON, 0xEF, 0xBB, 0xBF, '{', 0x0A)).as("longer than content").isFalse();
        assertThat(MagicBytes.startsWith(null, 0xEF)).isFalse();
        assertThat(MagicBytes.startsWith(UTF8_BOM_JSON)).as("empty prefix").isTrue();
    }

    @Test
    void bytePrefix() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertThat(MagicBytes.startsWith(zip, new byte[] {'P', 'K', 3, 4})).isTrue();
        assertThat(MagicBytes.startsWith(zip, new byte[] {'P', 'K', 5, 6})).isFalse();
        assertThat(MagicBytes.startsWith(new byte[] {'P'}, new byte[] {'P', 'K'})).isFalse();
        assertThat(MagicBytes.startsWith(null, new byte[] {'P'})).isFalse();
    }
}
