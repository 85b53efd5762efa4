package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"xiezuoban@pds.gov.cn", "budget@example.gov.cn", "first.last+tag@a-b.example.cn", "a@b.cn"})
    void plainAddressesAreWellFormed(String address) {
        assertThat(EmailAddresses.isWellFormed(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@-x.cn", "a@x-.cn", "xiezuoban@", "@pds.gov.cn", "a@localhost", "a b@x.cn", " a@x.cn",
            "张三 <a@x.cn>", "a@x.cn\r\nBcc: b@y.cn", "a@x..cn", "a@x.cn,b@y.cn", "group:a@x.cn;", "a@[127.0.0.1]", ""})
    void anythingElseIsNot(String address) {
        assertThat(EmailAddresses.isWellFormed(address)).isFalse();
    }
}
