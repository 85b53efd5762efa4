package org.gongkai.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's journal: changes survive a crash at any point, and a torn last line costs only that change. */
class PublicationLedgerTest {

    @TempDir
    Path state;

    static PublishedVersion version(int n) {
        return new PublishedVersion(n, "2024/701/v" + n + "-0000000" + n, "hash" + n, "2024/701/s" + n,
                "2024-03-0" + n + "T02:00:00", Map.of("index.html", "sha" + n), n > 1);
    }

    @Test
    void changesSavedToTheJournalAreThereAfterALoadWithoutCompaction() throws Exception {
        PublicationLedger l = PublicationLedger.load(state);
        l.recordUnfinished("2024/701/v1-00000001", "index.html", "sha1");
        l.record(2024, "701", "701", "甲局", "2024-02-20", version(1));
        l.recordSharedFile("2024/701/index.html", "page1");
        l.save();

        assertThat(state.resolve(PublicationLedger.FILE_NAME)).doesNotExist();
        PublicationLedger again = PublicationLedger.load(state);
        assertThat(again.department(2024, "701")).hasValueSatisfying(d -> assertThat(d.versions()).hasSize(1));
        assertThat(again.unfinished("2024/701/v1-00000001")).isEmpty();
        assertThat(again.sharedFile("2024/701/index.html")).hasValue("page1");
        assertThat(again.sharedPagesStale()).isTrue();
    }

    @Test
    void aJournalReplayedOverTheCompactedLedgerChangesNothing() throws Exception {
        PublicationLedger l = PublicationLedger.load(state);
        l.record(2024, "701", "701", "甲局", "2024-02-20", version(1));
        l.recordUnfinished("2024/701/v2-00000002", "index.html", "sha2");
        l.record(2024, "701", "701", "甲局", "2024-02-20", version(2));
        l.save();
        byte[] journal = Files.readAllBytes(state.resolve(PublicationLedger.JOURNAL_NAME));
        l.compact();
        assertThat(state.resolve(PublicationLedger.JOURNAL_NAME)).doesNotExist();
        // a crash after the ledger was renamed into place but before the journal was emptied
        Files.write(state.resolve(PublicationLedger.JOURNAL_NAME), journal);

        PublicationLedger again = PublicationLedger.load(state);

        assertThat(again.department(2024, "701").orElseThrow().versions())
                .extracting(PublishedVersion::version).containsExactly(1, 2);
        assertThat(again.unfinished("2024/701/v2-00000002")).isEmpty();
    }

    @Test
    void aLastLineCutShortByACrashIsDroppedAndTheNextChangeStartsOnItsOwnLine() throws Exception {
        PublicationLedger l = PublicationLedger.load(state);
        l.recordUnfinished("2024/701/v1-00000001", "a.pdf", "sha-a");
        l.save();
        Files.writeString(state.resolve(PublicationLedger.JOURNAL_NAME), "{\"op\":\"unfinished\",\"folder\":\"2024/7",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        PublicationLedger after = PublicationLedger.load(state);
        assertThat(after.unfinished("2024/701/v1-00000001")).containsOnlyKeys("a.pdf");
        after.recordUnfinished("2024/701/v1-00000001", "b.csv", "sha-b");
        after.save();

        assertThat(PublicationLedger.load(state).unfinished("2024/701/v1-00000001")).containsOnlyKeys("a.pdf", "b.csv");
    }

    @Test
    void aBrokenLineInTheMiddleOfTheJournalIsAnErrorNotSilentlySkipped() throws Exception {
        Files.createDirectories(state);
        Files.writeString(state.resolve(PublicationLedger.JOURNAL_NAME), "{\"op\":\"shared\",\"pa\n"
                + "{\"op\":\"shared\",\"path\":\"index.html\",\"sha\":\"x\"}\n");

        assertThatThrownBy(() -> PublicationLedger.load(state)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void compactionWritesTheLedgerOnlyWhenSomethingChanged() throws Exception {
        PublicationLedger l = PublicationLedger.load(state);
        l.recordSharedFile("index.html", "x");
        l.compact();
        Path ledger = state.resolve(PublicationLedger.FILE_NAME);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(ledger);
        Files.setLastModifiedTime(ledger, java.nio.file.attribute.FileTime.fromMillis(0));

        PublicationLedger.load(state).compact();

        assertThat(Files.getLastModifiedTime(ledger).toMillis()).isZero();
        assertThat(written.toMillis()).isPositive();
    }
}
