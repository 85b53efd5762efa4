package org.gongkai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeJournalTest {

    @TempDir
    Path dir;

    @Test
    void filesTakenInTheSameMillisecondGetDistinctReceiptTimes() throws Exception {
        IntakeJournal journal = new IntakeJournal(dir);
        LocalDateTime now = LocalDateTime.of(2026, 12, 2, 17, 37, 7, 680_123_000);
        // the same content under two names, and a third file, all at the same instant
        LocalDateTime a = journal.receivedAt("a.json", "62b1eb65aa", now);
        LocalDateTime b = journal.receivedAt("b.json", "62b1eb65aa", now);
        LocalDateTime c = journal.receivedAt("c.json", "77777777bb", now.plusNanos(500_000));
        Set<LocalDateTime> distinct = new HashSet<>(Set.of(a, b, c));
        assertEquals(3, distinct.size(), "receipt times " + a + ", " + b + ", " + c);
        assertEquals(LocalDateTime.of(2026, 12, 2, 17, 37, 7, 680_000_000), a, "millisecond grain");
        assertNotEquals(a.withNano(a.getNano() / 1_000_000 * 1_000_000), b.withNano(b.getNano() / 1_000_000 * 1_000_000),
                "distinct at the staging folders' grain");
    }

    @Test
    void aFileTakenAgainKeepsItsFirstReceiptTime() throws Exception {
        LocalDateTime first = new IntakeJournal(dir).receivedAt("a.json", "62b1eb65aa", LocalDateTime.of(2026, 12, 1, 9, 0));
        // after a restart: a new journal over the same folder, a later clock
        LocalDateTime again = new IntakeJournal(dir).receivedAt("a.json", "62b1eb65aa", LocalDateTime.of(2026, 12, 2, 9, 0));
        assertEquals(first, again);
    }
}
