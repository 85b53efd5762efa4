package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;
import org.gongkai.support.Hashes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationPassTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String NAME = "平顶山市人民政府经济技术协作办公室";

    @TempDir
    Path tmp;

    Path staging() {
        return tmp.resolve("staging");
    }

    PublicationPass pass(LocalDate today, List<ExpectedDepartment> expected) {
        Clock clock = Clock.fixed(ZonedDateTime.of(today.atTime(2, 0), SHANGHAI).toInstant(), SHANGHAI);
        return new PublicationPass(new StagingArea(staging()), tmp.resolve("state"), new SitePages("部门预算公开"),
                new RetryPolicy(3, Duration.ofMillis(1), 2, Duration.ofMillis(4)), 2, expected, 3, clock);
    }

    @Test
    void publishesEachDepartmentIntoAVersionedFolderWithPagesAndManifestOverdueFirst() throws Exception {
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), "a@example.gov.cn",
                LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        StagedFixtures.stage(staging(), "709", "平顶山市审计局", LocalDate.of(2024, 2, 6), null,
                LocalDateTime.of(2024, 2, 22, 9, 0), "初版");
        FolderTarget target = new FolderTarget(tmp.resolve("public"));

        PublicationReport r = pass(LocalDate.of(2024, 3, 1), List.of()).run(target, false);

        assertThat(r.failures()).isEmpty();
        assertThat(r.published()).extracting(PublicationReport.Published::code).containsExactly("709", "701");
        assertThat(target.uploads.get(0)).startsWith("2024/709/v1-");
        PublicationReport.Published p701 = r.published().get(1);
        assertThat(p701.folder()).matches("2024/701/v1-[0-9a-f]{8}");
        Path pdf = target.root.resolve(p701.folder()).resolve(StagedFixtures.PDF);
        assertThat(pdf).hasContent(Files.readString(staging().resolve("2024/701").toFile().listFiles()[0].toPath()
                .resolve("site").resolve(StagedFixtures.PDF)));
        assertThat(target.root.resolve(p701.folder()).resolve(StagedFixtures.CSV)).exists();
        assertThat(p701.deadline()).isEqualTo(LocalDate.of(2024, 3, 11));

        String page = Files.readString(target.root.resolve("2024/701/index.html"));
        String v = p701.folder().substring("2024/701/".length());
        assertThat(page).contains("href=\"" + v + "/" + Html.href(StagedFixtures.PDF) + "\"").contains("批复日期：2024-02-20");
        String index = Files.readString(target.root.resolve("index.html"));
        assertThat(index).contains("2024年部门预算公开").contains(NAME).contains("2024-02-20").contains("2024-03-01")
                .contains("href=\"2024/701/index.html\"").contains("href=\"2024/709/index.html\"").doesNotContain("更正 ");

        JsonNode manifest = new ObjectMapper().readTree(target.root.resolve("manifest.json").toFile());
        int listed = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("files").fields(); it.hasNext(); listed++) {
            Map.Entry<String, JsonNode> f = it.next();
            assertThat(Hashes.sha256(Files.readAllBytes(target.root.resolve(f.getKey())))).as(f.getKey())
                    .isEqualTo(f.getValue().asText());
        }
        assertThat(listed).isEqualTo(5 + 5 + 2 + 1);
        assertThat(Files.walk(target.root).filter(f -> f.toString().endsWith(".part"))).isEmpty();
        assertThat(staging().resolve("2024/701").toFile().listFiles()).hasSize(1);
    }

    @Test
    void aSecondPassWithNothingNewUploadsNothing() throws Exception {
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        FolderTarget target = new FolderTarget(tmp.resolve("public"));
        pass(LocalDate.of(2024, 3, 1), List.of()).run(target, false);
        int first = target.uploads.size();
        // The same content received again later is no new publication either.
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 2, 23, 9, 0), "初版");

        PublicationReport again = pass(LocalDate.of(2024, 3, 2), List.of()).run(target, false);

        assertThat(first).isEqualTo(5 + 1 + 2);
        assertThat(again.published()).isEmpty();
        assertThat(again.failures()).isEmpty();
        assertThat(target.uploads).hasSize(first);
    }

    @Test
    void aCorrectedResubmissionBecomesTheNextVersionMarked更正AndTheOldOneStaysInTheArchive() throws Exception {
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        FolderTarget target = new FolderTarget(tmp.resolve("public"));
        PublicationReport first = pass(LocalDate.of(2024, 3, 1), List.of()).run(target, false);
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 3, 4, 9, 0), "更正版");

        PublicationReport second = pass(LocalDate.of(2024, 3, 5), List.of()).run(target, false);

        assertThat(second.published()).singleElement().satisfies(p -> {
            assertThat(p.correction()).isTrue();
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.folder()).startsWith("2024/701/v2-");
        });
        String v1 = first.published().get(0).folder();
        String v2 = second.published().get(0).folder();
        assertThat(target.root.resolve(v1).resolve("index.html")).content().contains("初版");
        assertThat(target.root.resolve(v2).resolve("index.html")).content().contains("更正版");
        String page = Files.readString(target.root.resolve("2024/701/index.html"));
        assertThat(page).contains("更正：本公开已于 2024-03-05 更正").contains("历史版本（存档）")
                .contains("href=\"" + v1.substring(9) + "/index.html\"").contains("href=\"" + v2.substring(9) + "/index.html\"")
                .contains("公开日期：2024-03-01");
        assertThat(Files.readString(target.root.resolve("index.html"))).contains("更正 2024-03-05");
        JsonNode dept = new ObjectMapper().readTree(target.root.resolve("manifest.json").toFile()).get("departments").get(0);
        assertThat(dept.get("current").asText()).isEqualTo(v2);
        assertThat(dept.get("archive").get(0).asText()).isEqualTo(v1);
    }

    @Test
    void aServerThatFailsKeepsEverythingStagedAndTheNextPassPublishesIt() throws Exception {
        for (String code : List.of("701", "702", "703")) {
            StagedFixtures.stage(staging(), code, NAME + code, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        }
        FolderTarget target = new FolderTarget(tmp.resolve("public"));
        target.failFrom = 3;

        PublicationReport down = pass(LocalDate.of(2024, 3, 1), List.of()).run(target, false);

        assertThat(down.failed()).isTrue();
        assertThat(down.published()).isEmpty();
        assertThat(down.failures()).hasSize(2).allSatisfy(f -> assertThat(f.reason()).startsWith("无法连接发布服务器"));
        assertThat(down.pending()).singleElement().satisfies(p -> assertThat(p.reason()).contains("连续失败"));
        assertThat(target.root.resolve("index.html")).doesNotExist();
        assertThat(target.root.resolve("2024/701/index.html")).doesNotExist();
        assertThat(new StagingArea(staging()).stagedFolders()).hasSize(3);
        assertThat(target.attempts).isEqualTo(2 + 3 + 3); // 2 files fine, then 3 attempts each for two departments

        target.failFrom = Integer.MAX_VALUE;
        PublicationReport up = pass(LocalDate.of(2024, 3, 2), List.of()).run(target, false);
        assertThat(up.failed()).isFalse();
        assertThat(up.published()).hasSize(3);
        assertThat(Files.readString(target.root.resolve("index.html"))).contains(NAME + "701", NAME + "702", NAME + "703");
    }

    @Test
    void theDeadlineWatchListsOverdueAndNearDepartmentsIncludingExpectedOnesThatSentNothing() throws Exception {
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 1), null, LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        StagedFixtures.stageUnrendered(staging(), "706", "平顶山市统计局", LocalDate.of(2024, 2, 8), LocalDateTime.of(2024, 2, 27, 9, 0));
        List<ExpectedDepartment> expected = ExpectedDepartment.parse(
                "701,平顶山市人民政府经济技术协作办公室,2024-02-01;801,平顶山市教育局,2024-02-01;"
                        + "802,平顶山市民政局,2024-02-10;803,平顶山市财政局,2024-02-13;804,平顶山市商务局,2024-02-14");
        FolderTarget target = new FolderTarget(tmp.resolve("public"));

        PublicationReport r = pass(LocalDate.of(2024, 3, 1), expected).run(target, false);

        assertThat(r.published()).extracting(PublicationReport.Published::code).containsExactly("701");
        assertThat(r.deadlines()).extracting(DeadlineItem::code).containsExactly("801", "706", "802", "803");
        assertThat(r.deadlines()).extracting(DeadlineItem::state)
                .containsExactly("未报送", "已报送，公开文件待生成", "未报送", "未报送");
        assertThat(r.deadlines().get(0).describe()).isEqualTo("已逾期 9 天");
        assertThat(r.deadlines().get(2).describe()).isEqualTo("今天到期");
        assertThat(r.deadlines().get(3).describe()).isEqualTo("还剩 3 天");
        assertThat(r.pending()).singleElement().satisfies(p -> assertThat(p.reason()).contains("尚未生成"));
    }

    @Test
    void anUnreadableListOfExpectedDepartmentsIsReportedAndPublicationGoesOn() throws Exception {
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        Clock clock = Clock.fixed(ZonedDateTime.of(LocalDate.of(2024, 3, 1).atTime(2, 0), SHANGHAI).toInstant(), SHANGHAI);
        PublicationPass pass = new PublicationPass(new StagingArea(staging()), tmp.resolve("state"), new SitePages("部门预算公开"),
                new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO), 2,
                () -> ExpectedDepartment.parse(tmp.resolve("missing.csv").toString()), 3, clock);

        PublicationReport r = pass.run(new FolderTarget(tmp.resolve("public")), false);

        assertThat(r.published()).hasSize(1);
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("预期部门清单"));
    }

    @Test
    void aMalformedListOfExpectedDepartmentsIsReportedAndThePassCompletes() throws Exception {
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        Clock clock = Clock.fixed(ZonedDateTime.of(LocalDate.of(2024, 3, 1).atTime(2, 0), SHANGHAI).toInstant(), SHANGHAI);
        FolderTarget target = new FolderTarget(tmp.resolve("public"));
        for (PublicationPass.ExpectedSource bad : List.<PublicationPass.ExpectedSource>of(
                () -> ExpectedDepartment.parse("801,平顶山市教育局,2024-02-01,2O24"),
                () -> { throw new IllegalStateException("unexpected"); })) {
            PublicationPass pass = new PublicationPass(new StagingArea(staging()), tmp.resolve("state"),
                    new SitePages("部门预算公开"), new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO), 2, bad, 3, clock);

            PublicationReport r = pass.run(target, false);

            assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("预期部门清单"));
        }
        assertThat(target.root.resolve("index.html")).content().contains(NAME);
    }

    @Test
    void aDryRunListsWhatWouldGoOutAndTouchesNothing() throws Exception {
        StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null, LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        FolderTarget target = new FolderTarget(tmp.resolve("public"));

        PublicationReport r = pass(LocalDate.of(2024, 3, 1), List.of()).run(target, true);

        assertThat(r.dryRun()).isTrue();
        assertThat(r.published()).singleElement().satisfies(p -> assertThat(p.folder()).startsWith("2024/701/v1-"));
        assertThat(target.attempts).isZero();
        assertThat(tmp.resolve("state").resolve(PublicationLedger.FILE_NAME)).doesNotExist();
    }

    @Test
    void everyTextFieldOfThePagesIsEscaped() throws Exception {
        StagedFixtures.stage(staging(), "701", "<script>alert(1)</script>&局", LocalDate.of(2024, 2, 20), null,
                LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        FolderTarget target = new FolderTarget(tmp.resolve("public"));

        pass(LocalDate.of(2024, 3, 1), List.of()).run(target, false);

        assertThat(Files.readString(target.root.resolve("index.html")))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;局").doesNotContain("<script>alert");
        // the index carries one script of its own (the filter), the department page none
        assertThat(Files.readString(target.root.resolve("index.html")).split("<script>", -1)).hasSize(2);
        assertThat(Files.readString(target.root.resolve("2024/701/index.html"))).doesNotContain("<script>");
    }

    @Test
    void aPassWithNothingNewReadsNoStagedFolderAndGeneratesNoPage() throws Exception {
        Path folder = StagedFixtures.stage(staging(), "701", NAME, LocalDate.of(2024, 2, 20), null,
                LocalDateTime.of(2024, 2, 21, 9, 0), "初版");
        FolderTarget target = new FolderTarget(tmp.resolve("public"));
        pass(LocalDate.of(2024, 3, 1), List.of()).run(target, false);
        // Were the published staged folder read again, this would be a failure.
        Files.writeString(folder.resolve(StagingArea.SUBMISSION), "{not json");
        int uploads = target.uploads.size();

        PublicationReport again = pass(LocalDate.of(2024, 3, 2), List.of()).run(target, false);

        assertThat(again.failures()).isEmpty();
        assertThat(again.published()).isEmpty();
        assertThat(again.sharedFilesUploaded()).isEmpty();
        assertThat(target.uploads).hasSize(uploads);
    }

    @Test
    void severalConnectionsPublishEveryDepartmentOnceWithAVerifiedManifestReportedInDeadlineOrder() throws Exception {
        for (int i = 0; i < 24; i++) {
            StagedFixtures.stage(staging(), String.valueOf(700 + i), NAME + i, LocalDate.of(2024, 2, 1 + (i * 7) % 24),
                    null, LocalDateTime.of(2024, 2, 26, 9, 0), "初版" + i);
        }
        ParallelFolderTarget target = new ParallelFolderTarget(tmp.resolve("public"), 4);

        PublicationReport r = pass(LocalDate.of(2024, 3, 1), List.of()).run(target, false);

        assertThat(r.failures()).isEmpty();
        assertThat(r.published()).hasSize(24);
        assertThat(r.published()).extracting(PublicationReport.Published::deadline).isSorted();
        assertThat(target.threads).hasSizeGreaterThan(1);
        JsonNode manifest = new ObjectMapper().readTree(target.root.resolve("manifest.json").toFile());
        assertThat(manifest.get("departments")).hasSize(24);
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            assertThat(Hashes.sha256(Files.readAllBytes(target.root.resolve(f.getKey())))).as(f.getKey())
                    .isEqualTo(f.getValue().asText());
        }
        for (int i = 0; i < 24; i++) {
            assertThat(target.root.resolve("2024/" + (700 + i)).toFile().list((d, n) -> n.startsWith("v"))).hasSize(1);
        }
        assertThat(pass(LocalDate.of(2024, 3, 2), List.of()).run(target, false).published()).isEmpty();
    }

    /** A folder target that accepts several departments at once and notes which threads wrote. */
    static final class ParallelFolderTarget implements PublicationTarget {
        final Path root;
        final int connections;
        final java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        ParallelFolderTarget(Path root, int connections) {
            this.root = root;
            this.connections = connections;
        }

        @Override
        public void put(String path, byte[] content) throws Exception {
            replace(path, content);
        }

        @Override
        public void replace(String path, byte[] content) throws Exception {
            threads.add(Thread.currentThread().getName());
            org.gongkai.support.AtomicFiles.write(root.resolve(path), content);
        }

        @Override
        public int connections() {
            return connections;
        }

        @Override
        public String describe() {
            return "file:" + root;
        }
    }
}
