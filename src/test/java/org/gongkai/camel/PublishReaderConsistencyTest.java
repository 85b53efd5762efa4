package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.support.Hashes;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader browses the FTP server's folder over and over while a pass uploads (every upload slowed down): from
 * the site index to the department pages to the files. It must never reach a temporary file, a file that is not
 * complete, or an index or department page that is neither the old one nor the new one.
 *
 * <p>Apache MINA FtpServer refuses to rename onto an existing file, so the index and a replaced department page are
 * deleted just before the rename (docs/publication.md, "Servers that refuse that rename"): a reader may get "not
 * found" for them during that one command. The test counts those moments: an episode is a run of consecutive
 * not-found reads of one path, and each replaced page may have at most one, since each is replaced once per pass.
 */
class PublishReaderConsistencyTest {

    static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @TempDir
    Path data;
    @TempDir
    Path ftpRoot;

    @Test
    void aReaderDuringAnUploadSeesOnlyCompleteFilesAndWholePages() throws Exception {
        Path staging = data.resolve("staging");
        StagedFixtures.stage(staging, "701", "平顶山市人民政府经济技术协作办公室", LocalDate.now().minusDays(3), null,
                LocalDateTime.now().minusHours(3), "初版");
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot).start()) {
            Map<String, String> settings = PublishTestSupport.settings(data);
            settings.put("gongkai.publish.uri", ftp.uri(FtpTestServer.PASSWORD));
            try (GongkaiService service = GongkaiService.start(settings)) {
                PublishFtpTest.pass(service);
                byte[] oldIndex = Files.readAllBytes(ftpRoot.resolve("index.html"));
                byte[] oldPage = Files.readAllBytes(ftpRoot.resolve("2024/701/index.html"));

                StagedFixtures.stage(staging, "701", "平顶山市人民政府经济技术协作办公室", LocalDate.now().minusDays(3), null,
                        LocalDateTime.now().minusHours(2), "更正版");
                StagedFixtures.stage(staging, "702", "平顶山市审计局", LocalDate.now().minusDays(3), null,
                        LocalDateTime.now().minusHours(2), "初版");
                StagedFixtures.stage(staging, "703", "平顶山市统计局", LocalDate.now().minusDays(3), null,
                        LocalDateTime.now().minusHours(2), "初版");
                Set<String> completeFiles = new HashSet<>();
                try (Stream<Path> s = Files.walk(staging)) {
                    for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().contains("/site/")).toList()) {
                        completeFiles.add(Hashes.sha256(Files.readAllBytes(p)));
                    }
                }

                Set<String> seenIndex = ConcurrentHashMap.newKeySet();
                Map<String, Set<String>> seenPages = new ConcurrentHashMap<>();
                Map<String, Integer> notFoundEpisodes = new ConcurrentHashMap<>();
                Map<String, Boolean> missingNow = new ConcurrentHashMap<>();
                AtomicInteger notFoundReads = new AtomicInteger();
                List<String> problems = new CopyOnWriteArrayList<>();
                AtomicInteger filesRead = new AtomicInteger();
                AtomicInteger rounds = new AtomicInteger();
                AtomicBoolean done = new AtomicBoolean();
                Thread reader = new Thread(() -> {
                    while (!done.get()) {
                        browse(new Observations(seenIndex, seenPages, notFoundEpisodes, missingNow, notFoundReads),
                                completeFiles, problems, filesRead);
                        rounds.incrementAndGet();
                        try {
                            Thread.sleep(2);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                ftp.uploadDelay = 15;
                reader.start();
                PublicationReport pass = PublishFtpTest.pass(service);
                done.set(true);
                reader.join();

                assertThat(pass.failures()).isEmpty();
                assertThat(pass.published()).hasSize(3);
                assertThat(problems).isEmpty();
                assertThat(rounds.get()).isGreaterThan(20);
                assertThat(filesRead.get()).isGreaterThan(20);
                String newIndex = Hashes.sha256(Files.readAllBytes(ftpRoot.resolve("index.html")));
                assertThat(seenIndex).isSubsetOf(Hashes.sha256(oldIndex), newIndex).contains(Hashes.sha256(oldIndex));
                for (Map.Entry<String, Set<String>> page : seenPages.entrySet()) {
                    String now = Hashes.sha256(Files.readAllBytes(ftpRoot.resolve(page.getKey())));
                    if (page.getKey().equals("2024/701/index.html")) {
                        assertThat(page.getValue()).as(page.getKey()).isSubsetOf(Hashes.sha256(oldPage), now)
                                .contains(Hashes.sha256(oldPage));
                    } else {
                        assertThat(page.getValue()).as(page.getKey() + " (new: linked only once complete)").containsOnly(now);
                    }
                }
                // Not found: only the pages replaced by delete-then-rename, at most one short moment each.
                assertThat(notFoundEpisodes.keySet()).isSubsetOf("index.html", "2024/701/index.html");
                assertThat(notFoundEpisodes.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1));
                assertThat(notFoundEpisodes.values().stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(2);
                System.out.printf("reader: %d rounds, %d files read, %d not-found reads in episodes %s%n", rounds.get(),
                        filesRead.get(), notFoundReads.get(), notFoundEpisodes);
            }
        }
    }

    /** What the reader saw: page versions per path, and the moments a page it looked for was not there. */
    private record Observations(Set<String> seenIndex, Map<String, Set<String>> seenPages,
                               Map<String, Integer> notFoundEpisodes, Map<String, Boolean> missingNow,
                               AtomicInteger notFoundReads) {

        /** The page, or null when it is not there (counted: a new episode when it was there on the last read). */
        byte[] read(Path root, String page, List<String> problems) {
            try {
                byte[] content = Files.readAllBytes(root.resolve(page));
                missingNow.put(page, false);
                return content;
            } catch (NoSuchFileException e) {
                notFoundReads.incrementAndGet();
                if (!Boolean.TRUE.equals(missingNow.put(page, true))) {
                    notFoundEpisodes.merge(page, 1, Integer::sum);
                }
                return null;
            } catch (Exception e) {
                problems.add(page + ": " + e);
                return null;
            }
        }
    }

    /** One round of a reader: the site index, every department page it links to, every file those link to. */
    private void browse(Observations seen, Set<String> completeFiles, List<String> problems, AtomicInteger filesRead) {
        byte[] index = seen.read(ftpRoot, "index.html", problems);
        if (index == null) {
            return;
        }
        seen.seenIndex().add(Hashes.sha256(index));
        for (String page : links(index)) {
            if (page.endsWith(".part")) {
                problems.add("index links to a temporary file " + page);
            }
            if (!page.endsWith("/index.html")) {
                continue;
            }
            Path pagePath = ftpRoot.resolve(page);
            byte[] content = seen.read(ftpRoot, page, problems);
            if (content == null) {
                continue;
            }
            seen.seenPages().computeIfAbsent(page, k -> ConcurrentHashMap.newKeySet()).add(Hashes.sha256(content));
            for (String file : links(content)) {
                if (file.startsWith("..")) {
                    continue;
                }
                if (file.endsWith(".part")) {
                    problems.add("link to a temporary file " + file);
                }
                try {
                    byte[] f = Files.readAllBytes(pagePath.getParent().resolve(file));
                    filesRead.incrementAndGet();
                    if (!completeFiles.contains(Hashes.sha256(f))) {
                        problems.add("incomplete or unknown file " + file);
                    }
                } catch (Exception e) {
                    problems.add(page + " links to " + file + " which cannot be read: " + e);
                }
            }
        }
    }

    private static List<String> links(byte[] html) {
        Matcher m = HREF.matcher(new String(html, StandardCharsets.UTF_8));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            if (!m.group(1).startsWith("#")) { // a link within the page (e.g. the skip link to #main) is no file
                out.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
