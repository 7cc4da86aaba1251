package dev.reclaim.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A station whose shared journal cannot be reached records into its outbox and uploads it, without duplicates, once
 * the server answers. The unreachable server is a closed port; the reachable one is the real test server.
 */
class OutboxJournalTest {
    private static final String DEVICE = "32003a000b47343533383531";

    @TempDir
    Path home;

    @Test
    void whatWasRecordedWhileTheServerWasUnreachableIsUploadedOnceWhenItIsBack() throws Exception {
        JournalLocation server = JournalLocation.parse(PostgresTestServer.freshDatabase(), Map.of());
        JournalLocation unreachable = JournalLocation.parse("postgresql://127.0.0.1:1/journal?user=line"
                + "&password=Secret-17", Map.of());
        Path outboxFile = home.resolve("outbox.db");
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        JournalEntry first = JournalContractTest.passed("bench-1", DEVICE, t);
        JournalEntry second = JournalContractTest.passed("bench-1", DEVICE, t.plusSeconds(30));

        try (Journal down = new OutboxJournal(PostgresJournal.at(unreachable), SqliteJournal.open(outboxFile),
                Clock.systemUTC(), Duration.ofMinutes(1))) {
            down.record(first);
            down.record(second);
            down.record(second);
            assertThat(down.waitingForUpload()).isEqualTo(2);
            try (DeviceClaim local = down.claim(DEVICE, "bench-1")) {
                assertThat(local.shared()).isFalse();
                assertThatThrownBy(() -> down.claim(DEVICE, "bench-1")).isInstanceOf(DeviceBusyException.class);
            }
            assertThatThrownBy(() -> down.since(t)).isInstanceOf(JournalUnavailableException.class)
                    .hasMessageContaining("postgresql://line@127.0.0.1:1/journal")
                    .hasMessageContaining("2 entries of this station wait in its outbox")
                    .hasMessageNotContaining("Secret-17");
        }
        // The server got the first entry before the station lost it (only its reply was lost).
        try (PostgresJournal direct = PostgresJournal.at(server)) {
            direct.record(first);
        }

        try (OutboxJournal up = new OutboxJournal(PostgresJournal.at(server), SqliteJournal.open(outboxFile),
                Clock.systemUTC(), Duration.ofMinutes(1))) {
            assertThat(up.waitingForUpload()).isEqualTo(2);
            assertThat(up.upload()).isEqualTo(2);
            assertThat(up.waitingForUpload()).isZero();
            assertThat(up.since(t)).extracting(JournalEntry::runId).containsExactly(first.runId(), second.runId());
            try (DeviceClaim shared = up.claim(DEVICE, "bench-1")) {
                assertThat(shared.shared()).isTrue();
            }
        }
        try (SqliteJournal outbox = SqliteJournal.open(outboxFile)) {
            assertThat(outbox.list(Optional.empty())).isEmpty();
        }
    }
}
