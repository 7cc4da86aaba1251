package dev.reclaim.finding;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The guided repairs a finding can point to. The diagnosis rules, the DCT checks, the GUI's fix buttons and the
 * CLI's hints all name a wizard through this enum, so an id cannot drift between them.
 */
public enum WizardId {
    RECOVER_KEYS("recover-keys", "Recover keys", "reclaim recover --via SPEC", true, "handshake_completed"),
    SET_SERVER("set-server", "Set server",
            "reclaim server set --via SPEC (--particle | --key FILE --host HOST[:PORT])", true, "handshake_completed"),
    CLAIM_CYCLE("claim-cycle", "Claim cycle", "reclaim claim-cycle --via SPEC --count N", true, "all_claimed"),
    BACKUP_RESTORE("backup-restore", "Restore a backup", "reclaim backup restore ID --via SPEC", true, "restored");

    private final String id;
    private final String title;
    private final String command;
    private final boolean available;
    private final String doneOutcome;

    WizardId(String id, String title, String command, boolean available, String doneOutcome) {
        this.id = id;
        this.title = title;
        this.command = command;
        this.available = available;
        this.doneOutcome = doneOutcome;
    }

    /** The outcome id of a run that did the wizard's job (what the journal's reports count as passed). */
    public String doneOutcome() {
        return doneOutcome;
    }

    /** The id in diagnosis-rules.json. */
    public String id() {
        return id;
    }

    /** The wizard's name for people: a window title, a button label. */
    public String title() {
        return title;
    }

    /** The CLI command that does the wizard's job, in the synopsis form of {@code --help}. */
    public String command() {
        return command;
    }

    /**
     * Whether the wizard and its command exist yet, flipped per constant as each one lands. Until then a finding's
     * fix text says how to do the job with the commands that exist, and the front ends say the wizard is coming
     * instead of offering a command that would fail. ({@code WizardCommandsTest} checks this against the real
     * commands.)
     */
    public boolean available() {
        return available;
    }

    public static WizardId fromId(String id) {
        return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown wizard '" + id + "' (known: "
                        + Arrays.stream(values()).map(WizardId::id).collect(Collectors.joining(", ")) + ")"));
    }
}
