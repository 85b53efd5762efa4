package org.gongkai.publish;

import org.gongkai.support.Hashes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.model.Submission;
import org.gongkai.render.DisclosureRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example submission received twice and rendered each time: the rendered files are byte-identical (the PDF
 * carries no rendering time and no random trailer /ID), so the second copy is no new publication and no 更正.
 */
class SameSubmissionRenderedTwiceTest {

    static final Path EXAMPLE = Path.of("examples/pingdingshan-701-2024.json");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path tmp;
    static Path first;
    static Path second;

    @BeforeAll
    static void receiveAndRenderTwice() throws Exception {
        byte[] original = Files.readAllBytes(EXAMPLE);
        Submission s = new ObjectMapper().findAndRegisterModules().readValue(original, Submission.class);
        first = stageAndRender(s, original, LocalDateTime.of(2024, 2, 7, 9, 0));
        Thread.sleep(1100); // a different second: openhtmltopdf stamps the time of rendering unless told otherwise
        second = stageAndRender(s, original, LocalDateTime.of(2024, 2, 8, 9, 0));
    }

    static Path stageAndRender(Submission s, byte[] original, LocalDateTime receivedAt) throws IOException {
        StagingArea staging = new StagingArea(tmp.resolve("staging"));
        Path folder = staging.stage(s, Hashes.sha256(original), receivedAt, "pingdingshan-701-2024.json", original, "{}");
        new DisclosureRenderer().renderAll(s, folder.resolve(StagingArea.SITE));
        staging.complete(folder);
        return folder;
    }

    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void renderingTheSameSubmissionTwiceGivesByteIdenticalFilesPdfIncluded() throws Exception {
        Map<String, byte[]> a = files(first.resolve(StagingArea.SITE));
        Map<String, byte[]> b = files(second.resolve(StagingArea.SITE));

        assertThat(a.keySet()).anyMatch(f -> f.endsWith(".pdf")).anyMatch(f -> f.endsWith(".csv"))
                .contains("index.html", "data.json", "datapackage.json");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String f : a.keySet()) {
            assertThat(b.get(f)).as(f).isEqualTo(a.get(f));
        }
    }

    @Test
    void theSameSubmissionStagedTwiceIsPublishedOnceAndNeverAsACorrection() throws Exception {
        FolderTarget target = new FolderTarget(tmp.resolve("public"));
        StagingArea staging = new StagingArea(tmp.resolve("staging"));
        Path state = tmp.resolve("state");
        assertThat(staging.stagedFolders()).containsExactly(first, second);

        PublicationReport r = pass(staging, state, LocalDate.of(2024, 2, 9)).run(target, false);
        PublicationReport again = pass(staging, state, LocalDate.of(2024, 2, 10)).run(target, false);

        assertThat(r.failures()).isEmpty();
        assertThat(r.published()).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.correction()).isFalse();
        });
        assertThat(again.published()).isEmpty();
        assertThat(again.failures()).isEmpty();
        assertThat(Files.readString(target.root.resolve("index.html"))).doesNotContain("更正 20");
        assertThat(Files.readString(target.root.resolve("2024/701/index.html"))).doesNotContain("更正：").doesNotContain("历史版本");
        assertThat(StagedDisclosure.read(staging, first).contentHash())
                .isEqualTo(StagedDisclosure.read(staging, second).contentHash());
    }

    static PublicationPass pass(StagingArea staging, Path state, LocalDate today) {
        Clock clock = Clock.fixed(ZonedDateTime.of(today.atTime(2, 0), SHANGHAI).toInstant(), SHANGHAI);
        return new PublicationPass(staging, state, new SitePages("部门预算公开"),
                new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO), 2, List.of(), 3, clock);
    }
}
