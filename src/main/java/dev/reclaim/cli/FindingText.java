package dev.reclaim.cli;

import dev.reclaim.finding.WizardId;

/** How the CLI names a finding's wizard: the command that does its job, or, until it exists, that it is coming. */
final class FindingText {
    private FindingText() {
    }

    /**
     * "recover-keys, or the command: reclaim recover --via SPEC"; for a wizard not built yet, "… (coming as '…';
     * until then, the fix above)".
     */
    static String wizard(WizardId w) {
        return w.available() ? w.id() + ", or the command: " + w.command()
                : w.id() + " (coming as '" + w.command() + "'; until then, the fix above)";
    }
}
