package org.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConsoleAuthTest {

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAndTokenAreCheckedExactly() {
        ConsoleAuth a = new ConsoleAuth("operator", "p:w 密码", "tok");
        assertThat(a.authenticate(basic("operator:p:w 密码"))).contains(ConsoleAuth.Scheme.BASIC);
        assertThat(a.authenticate(basic("operator:p:w"))).isEmpty();
        assertThat(a.authenticate(basic("Operator:p:w 密码"))).isEmpty();
        assertThat(a.authenticate(basic("operatorp:w 密码"))).isEmpty();
        assertThat(a.authenticate("Basic !!!not-base64")).isEmpty();
        assertThat(a.authenticate("Bearer tok")).contains(ConsoleAuth.Scheme.BEARER);
        assertThat(a.authenticate("bearer  tok ")).contains(ConsoleAuth.Scheme.BEARER);
        assertThat(a.authenticate("Bearer tok2")).isEmpty();
        assertThat(a.authenticate("Bearer ")).isEmpty();
        assertThat(a.authenticate(null)).isEmpty();
        assertThat(a.authenticate("Digest x")).isEmpty();
        assertThat(a.generatedPassword()).isEmpty();
    }

    @Test
    void withoutATokenBearerIsRefusedAndWithoutAPasswordOneIsGenerated() {
        ConsoleAuth a = new ConsoleAuth("", "", "");
        assertThat(a.username()).isEqualTo("operator");
        assertThat(a.authenticate("Bearer ")).isEmpty();
        assertThat(a.authenticate(basic("operator:"))).isEmpty();
        String generated = a.generatedPassword().orElseThrow();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
        assertThat(a.authenticate(basic("operator:" + generated))).contains(ConsoleAuth.Scheme.BASIC);
        assertThat(new ConsoleAuth("", "", "").generatedPassword().orElseThrow()).isNotEqualTo(generated);
    }

    @Test
    void formTokenIsStableForOneStartAndDiffersBetweenStarts() {
        ConsoleAuth a = new ConsoleAuth("operator", "x", "");
        assertThat(a.csrfValid(a.csrfToken())).isTrue();
        assertThat(a.csrfValid(a.csrfToken() + "x")).isFalse();
        assertThat(a.csrfValid(null)).isFalse();
        assertThat(a.csrfValid("")).isFalse();
        assertThat(new ConsoleAuth("operator", "x", "").csrfValid(a.csrfToken())).isFalse();
    }

    @Test
    void sameOriginComparesSchemeLessAuthorityWithTheHost() {
        assertThat(ConsoleAuth.sameOrigin(null, null, "127.0.0.1:8080")).isTrue();
        assertThat(ConsoleAuth.sameOrigin("http://127.0.0.1:8080", null, "127.0.0.1:8080")).isTrue();
        assertThat(ConsoleAuth.sameOrigin(null, "http://127.0.0.1:8080/console?year=2024", "127.0.0.1:8080")).isTrue();
        assertThat(ConsoleAuth.sameOrigin("http://127.0.0.1:8081", null, "127.0.0.1:8080")).isFalse();
        assertThat(ConsoleAuth.sameOrigin("http://evil.example", "http://127.0.0.1:8080/", "127.0.0.1:8080")).isFalse();
        assertThat(ConsoleAuth.sameOrigin("null", null, "127.0.0.1:8080")).isFalse();
        assertThat(ConsoleAuth.sameOrigin("http://127.0.0.1:8080", null, null)).isFalse();
        assertThat(ConsoleAuth.sameOrigin("::not a uri", null, "127.0.0.1:8080")).isFalse();
        // behind the bureau's reverse proxy the browser's origin is the public address
        String proxy = "https://yusuan.czj.example.gov.cn/ops/";
        assertThat(ConsoleAuth.sameOrigin("https://yusuan.czj.example.gov.cn", null, "127.0.0.1:8080", proxy)).isTrue();
        assertThat(ConsoleAuth.sameOrigin("https://evil.example", null, "127.0.0.1:8080", proxy)).isFalse();
        assertThat(ConsoleAuth.sameOrigin("https://yusuan.czj.example.gov.cn", null, "127.0.0.1:8080", "")).isFalse();
    }
}
