package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gongkai.render.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The one FreeMarker set-up: HTML escaping for .ftlh, plain .ftl, no ?new, no ?api. */
class TemplatesTest {

    @Test
    void ftlhEscapesAndFtlDoesNot() {
        Map<String, Object> model = Map.of("text", "<b>\"甲&乙\"</b>", "n", 1234567, "flag", true);
        assertThat(Templates.render("test/escape.ftlh", model))
                .contains("<p>&lt;b&gt;&quot;甲&amp;乙&quot;&lt;/b&gt;</p>").contains("<p>1234567 true</p>");
        assertThat(Templates.render("test/plain.ftl", model)).startsWith("<b>\"甲&乙\"</b> 1234567");
    }

    @Test
    void templatesCannotCreateClassesOrReachTheJavaApi() {
        assertThatThrownBy(() -> Templates.render("test/new-builtin.ftl", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test/new-builtin.ftl");
        assertThatThrownBy(() -> Templates.render("test/api-builtin.ftl", Map.of("map", Map.of("a", 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("api");
    }

    @Test
    void theDisclosurePageAndTheReportsShareTheSetUp() throws Exception {
        assertThat(Templates.escapesHtml(HtmlRenderer.TEMPLATE)).isTrue();
        assertThat(Templates.escapesHtml("report/check-report.html.ftlh")).isTrue();
        assertThat(Templates.escapesHtml("mail/rejection.txt.ftl")).isFalse();
    }
}
