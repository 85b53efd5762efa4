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
import org.gongkai.publish.Hashes;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader browses the FTP server's folder over and over while a pass uploads (every upload slowed down): from
 * the site index to the department pages to the files. It must never reach a temporary file, a file that is not
 * complete, or an index or department page that is neither the old one nor the new one.
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
                Set<String> seenPage701 = ConcurrentHashMap.newKeySet();
                List<String> problems = new CopyOnWriteArrayList<>();
                AtomicInteger filesRead = new AtomicInteger();
                AtomicInteger rounds = new AtomicInteger();
                AtomicBoolean done = new AtomicBoolean();
                Thread reader = new Thread(() -> {
                    while (!done.get()) {
                        browse(seenIndex, seenPage701, completeFiles, problems, filesRead);
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
                String newPage = Hashes.sha256(Files.readAllBytes(ftpRoot.resolve("2024/701/index.html")));
                assertThat(seenIndex).isSubsetOf(Hashes.sha256(oldIndex), newIndex).contains(Hashes.sha256(oldIndex));
                assertThat(seenPage701).isSubsetOf(Hashes.sha256(oldPage), newPage).contains(Hashes.sha256(oldPage));
            }
        }
    }

    /** One round of a reader: the site index, every department page it links to, every file those link to. */
    private void browse(Set<String> seenIndex, Set<String> seenPage701, Set<String> completeFiles, List<String> problems,
                        AtomicInteger filesRead) {
        byte[] index;
        try {
            index = Files.readAllBytes(ftpRoot.resolve("index.html"));
        } catch (NoSuchFileException e) {
            return; // the instant of the delete+rename on a server that refuses renaming over a file
        } catch (Exception e) {
            problems.add("index: " + e);
            return;
        }
        seenIndex.add(Hashes.sha256(index));
        for (String page : links(index)) {
            if (!page.endsWith("/index.html")) {
                continue;
            }
            Path pagePath = ftpRoot.resolve(page);
            byte[] content;
            try {
                content = Files.readAllBytes(pagePath);
            } catch (NoSuchFileException e) {
                continue;
            } catch (Exception e) {
                problems.add(page + ": " + e);
                continue;
            }
            if (page.equals("2024/701/index.html")) {
                seenPage701.add(Hashes.sha256(content));
            }
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
            out.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
