package org.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsPartsTest {

    @TempDir
    Path dir;

    @Test
    void folderProbeWritesForRealAndLeavesNothing() throws Exception {
        Path ok = dir.resolve("inbox");
        assertThat(FolderProbe.problem(ok)).isEmpty();
        assertThat(ok).isDirectory().isEmptyDirectory();
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(FolderProbe.problem(file)).hasValueSatisfying(p -> assertThat(p).contains("not a folder"));
        assertThat(FolderProbe.problem(file.resolve("below"))).isPresent();
    }

    @Test
    void redriveMovesFailedMailsBackIntoTheSpoolWithoutOverwriting() throws Exception {
        MailQueues q = new MailQueues(dir.resolve("spool"), dir.resolve("failed"));
        assertThat(q.redriveFailed()).isZero();
        Files.createDirectories(dir.resolve("failed"));
        Files.createDirectories(dir.resolve("spool"));
        Files.writeString(dir.resolve("failed/a.eml"), "a");
        Files.writeString(dir.resolve("failed/b.eml"), "b");
        Files.writeString(dir.resolve("failed/notes.txt"), "n");
        Files.writeString(dir.resolve("spool/b.eml"), "b waiting");
        assertThat(q.failedCount()).isEqualTo(2);
        assertThat(q.waiting()).isEqualTo(1);
        assertThat(q.redriveFailed()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("spool/a.eml"))).isEqualTo("a");
        assertThat(Files.readString(dir.resolve("spool/b.eml"))).isEqualTo("b waiting");
        assertThat(dir.resolve("failed/b.eml")).exists();
        assertThat(dir.resolve("failed/notes.txt")).exists();
        try (var s = Files.list(dir.resolve("spool"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.eml", "b.eml");
        }
    }

    @Test
    void nextPassFollowsTheCronInThePublicationTimeZone() {
        Clock c = Clock.fixed(Instant.parse("2024-03-01T18:30:00Z"), ZoneId.of("Asia/Shanghai")); // 02:30 in Beijing
        Console console = new Console(null, new MailQueues(dir, dir), new TargetProbe(), dir, "0 0 2 * * ?", c, "x");
        assertThat(console.nextPass()).contains("2024-03-03 02:00");
        Console bad = new Console(null, new MailQueues(dir, dir), new TargetProbe(), dir, "not a cron", c, "x");
        assertThat(bad.nextPass()).isEmpty();
    }

    @Test
    void selfCheckUsesOnlyTheLastSegmentOfABrowserSentName() {
        assertThat(SelfCheck.baseName("C:\\Users\\clerk\\701.json")).isEqualTo("701.json");
        assertThat(SelfCheck.baseName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SelfCheck.baseName("dir/")).isEqualTo("upload");
        assertThat(SelfCheck.baseName(null)).isEqualTo("upload");
    }

    @Test
    void deadlineTextsForEveryState() {
        DepartmentStatus late = status(DepartmentStatus.State.NOT_RECEIVED, -3L, null);
        assertThat(late.deadlineText()).isEqualTo("已逾期 3 天");
        assertThat(late.overdue()).isTrue();
        assertThat(status(DepartmentStatus.State.STAGED, 0L, null).deadlineText()).isEqualTo("今天到期");
        assertThat(status(DepartmentStatus.State.REJECTED, 4L, null).deadlineText()).isEqualTo("还剩 4 天");
        assertThat(status(DepartmentStatus.State.REJECTED, null, null).deadlineText()).isEqualTo("无批复日期");
        assertThat(status(DepartmentStatus.State.PUBLISHED, -9L, 2L).deadlineText()).isEqualTo("逾期 2 天公开");
        assertThat(status(DepartmentStatus.State.PUBLISHED, -9L, 2L).overdue()).isFalse();
        assertThat(status(DepartmentStatus.State.PUBLISHED, -9L, 0L).deadlineText()).isEqualTo("按期公开");
    }

    static DepartmentStatus status(DepartmentStatus.State s, Long daysLeft, Long publishedLate) {
        return new DepartmentStatus(2024, "701", "x", true, s, null, null, daysLeft, null, null, false, publishedLate, null,
                0, null, 0, null, null, null);
    }
}
