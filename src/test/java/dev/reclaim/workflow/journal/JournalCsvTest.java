package dev.reclaim.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalCsvTest {
    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAndFormulasAreWrittenAsText() {
        Instant t = Instant.parse("2026-11-30T09:00:00Z");
        JournalEntry e = new JournalEntry(7, "bench, 2", "=cmd|calc", "3c003d000a47353235303037", "set-server", t,
                Duration.ofMillis(1500), "failed", List.of(new StepRecord(1, "Write \"key\"", StepOutcome.FAILED, t,
                Duration.ofMillis(250), "no answer\nafter 3 s")), List.of(), List.of(), "-");

        String[] rows = JournalCsv.text(List.of(e)).split("\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows[0]).isEqualTo(String.join(",", JournalCsv.HEADER));
        assertThat(rows[1]).isEqualTo("7,2026-11-30T09:00:00Z,3c003d000a47353235303037,set-server,failed,1.5,"
                + "\"bench, 2\",'=cmd|calc,'-,\"1. Write \"\"key\"\": failed 0.3 s (no answer\nafter 3 s)\",,");
    }
}
