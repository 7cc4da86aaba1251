package dev.reclaim.workflow.journal;

import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One station of {@link SharedJournalLineTest}, in a JVM of its own: works through its devices one run each
 * (claim, work, record, release), putting a device another station holds back at the end of its queue, and retries
 * every fifth write as a station would after a lost reply. It prints one line per run:
 * {@code RUN runId deviceId claimedAtMillis releasedAtMillis shared}, and {@code DONE waiting} at the end.
 *
 * <p>Arguments: journal URL, home directory (its outbox), station name, work per run in ms, device IDs (comma
 * separated).
 */
public final class JournalStationProcess {
    private JournalStationProcess() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path home = Path.of(args[1]);
        String station = args[2];
        long workMillis = Long.parseLong(args[3]);
        Deque<String> devices = new ArrayDeque<>(Arrays.asList(args[4].split(",")));
        int runs = 0;
        try (Journal journal = Journals.open(Optional.of(url), home)) {
            while (!devices.isEmpty()) {
                String device = devices.poll();
                DeviceClaim claim;
                try {
                    claim = journal.claim(device, station);
                } catch (DeviceBusyException busy) {
                    devices.addLast(device);
                    Thread.sleep(10);
                    continue;
                }
                long claimed = System.currentTimeMillis();
                Instant started = Instant.now();
                Thread.sleep(workMillis);
                JournalEntry entry = new JournalEntry(0, UUID.randomUUID(), station, "line-test", device,
                        "recover-keys", started, Duration.between(started, Instant.now()), "handshake_completed",
                        List.of(new StepRecord(1, "Work", StepOutcome.OK, started, Duration.ofMillis(workMillis),
                                "run " + runs)), List.of(), List.of(), "");
                journal.record(entry);
                if (runs % 5 == 0) {
                    journal.record(entry);
                }
                runs++;
                long released = System.currentTimeMillis();
                claim.close();
                System.out.printf("RUN %s %s %d %d %s%n", entry.runId(), device, claimed, released, claim.shared());
            }
            // Uploads what waits (the server may still be on its way back) before giving up to the next start.
            long deadline = System.currentTimeMillis() + 60_000;
            while (journal.waitingForUpload() > 0 && System.currentTimeMillis() < deadline) {
                try {
                    ((OutboxJournal) journal).upload();
                } catch (JournalUnavailableException e) {
                    Thread.sleep(200);
                }
            }
            System.out.println("DONE " + journal.waitingForUpload());
        }
    }
}
