package dev.reclaim.workflow.journal;

import dev.reclaim.finding.WizardId;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardRecord;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One workflow run: who ran it where, on which device, every step with its outcome and timing, the keys involved
 * (by fingerprint only: key bytes never enter the journal), the backups it took and the final witness.
 *
 * @param id       the journal's id; 0 before it is recorded
 * @param runId    the run's own id, made once when the run is filed: a retried write of the same run (a lost reply,
 *                 an upload after the shared journal was unreachable) is recognised by it and not recorded twice
 * @param station  the workstation's host name
 * @param operator the OS user who ran it
 * @param wizard   the wizard's id ("recover-keys")
 * @param outcome  the run's outcome ("ok", "failed", "cancelled", or a workflow's own id such as
 *                 "handshake_completed")
 * @param witness  how the result was confirmed (the device's log, the cloud's last_handshake_at), or why not
 */
public record JournalEntry(long id, UUID runId, String station, String operator, String deviceId, String wizard,
                           Instant started, Duration duration, String outcome, List<StepRecord> steps,
                           List<KeyFingerprint> keys, List<BackupReference> backups, String witness) {

    public JournalEntry {
        Objects.requireNonNull(runId, "runId");
        steps = List.copyOf(steps);
        keys = List.copyOf(keys);
        backups = List.copyOf(backups);
        witness = witness == null ? "" : witness;
    }

    /** An entry for a new run: it gets a run id of its own. */
    public JournalEntry(long id, String station, String operator, String deviceId, String wizard, Instant started,
                        Duration duration, String outcome, List<StepRecord> steps, List<KeyFingerprint> keys,
                        List<BackupReference> backups, String witness) {
        this(id, UUID.randomUUID(), station, operator, deviceId, wizard, started, duration, outcome, steps, keys,
                backups, witness);
    }

    /**
     * A key by its SHA-256 fingerprint of the SPKI DER ({@code RsaPublicKey.fingerprint()}).
     *
     * @param role what the key was in the run, e.g. "new device key", "registered", "old device key"
     */
    public record KeyFingerprint(String role, String fingerprint) {
        public KeyFingerprint {
            if (!fingerprint.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a key fingerprint is 64 hex digits (SHA-256), not key material");
            }
        }
    }

    /** A backup file the run took, with its SHA-256 so a later restore can check it is the same. */
    public record BackupReference(Path path, String sha256) {
    }

    /** The entry for a finished wizard run on this station by this OS user. */
    public static JournalEntry of(WizardRecord run, String deviceId, String outcome, List<KeyFingerprint> keys,
                                  List<BackupReference> backups, String witness) {
        return new JournalEntry(0, hostName(), System.getProperty("user.name", "unknown"), deviceId,
                run.wizard().id(), run.started(), run.duration(), outcome, run.steps(), keys, backups, witness);
    }

    /**
     * Whether the run did what it was for: no step failed or was cancelled, and the outcome is its wizard's
     * {@link WizardId#doneOutcome()} ("handshake_completed", "all_claimed", "restored"). Any other outcome
     * ("cancelled", "register_failed", "handshake_timed_out", "refused") is a failure: a success outcome a new
     * workflow invents shows as a failure in the reports and is noticed, where the other way round a failure would
     * pass unseen.
     */
    public boolean passed() {
        if (failedStep().isPresent()) {
            return false;
        }
        // An id the journal does not know (a newer Reclaim's wizard) passes only with the generic success forms.
        return Arrays.stream(WizardId.values()).filter(w -> w.id().equals(wizard)).findFirst()
                .map(w -> outcome.equals(w.doneOutcome()))
                .orElse(outcome.equals("ok") || outcome.endsWith("_completed"));
    }

    /** The step that stopped the run (failed or cancelled), if one did. */
    public java.util.Optional<StepRecord> failedStep() {
        return steps.stream().filter(s -> s.outcome() == StepOutcome.FAILED || s.outcome() == StepOutcome.CANCELLED)
                .findFirst();
    }

    /** The same entry as recorded under the journal's {@code id}. */
    JournalEntry withId(long newId) {
        return new JournalEntry(newId, runId, station, operator, deviceId, wizard, started, duration, outcome, steps,
                keys, backups, witness);
    }

    /** The wizard, when the id is one this version knows. */
    public WizardId wizardId() {
        return WizardId.fromId(wizard);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
