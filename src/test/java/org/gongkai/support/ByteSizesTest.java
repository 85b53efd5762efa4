package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void binaryUnitsWithOneDecimal() {
        assertThat(ByteSizes.human(0)).isEqualTo("0 字节");
        assertThat(ByteSizes.human(1023)).isEqualTo("1023 字节");
        assertThat(ByteSizes.human(1024)).isEqualTo("1.0 KB");
        assertThat(ByteSizes.human(1536)).isEqualTo("1.5 KB");
        assertThat(ByteSizes.human(1024 * 1024 - 1)).isEqualTo("1024.0 KB");
        assertThat(ByteSizes.human(20L * 1024 * 1024)).isEqualTo("20.0 MB");
    }

    @Test
    void exactCountFromOneKilobyte() {
        assertThat(ByteSizes.humanWithExactBytes(999)).isEqualTo("999 字节");
        assertThat(ByteSizes.humanWithExactBytes(1536)).isEqualTo("1.5 KB（1536 字节）");
        assertThat(ByteSizes.humanWithExactBytes(20971520)).isEqualTo("20.0 MB（20971520 字节）");
    }
}
