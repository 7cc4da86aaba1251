package dev.reclaim.cli;

import dev.reclaim.workflow.ReclaimHome;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.journal.JournalLocation;
import dev.reclaim.workflow.journal.Journals;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --journal URL}: which journal a command reads or writes. */
final class JournalOption {
    @Option(names = "--journal", paramLabel = "URL", description = "The journal: postgresql://HOST[:PORT]/DB?user=USER"
            + " for the line's shared one (password from PGPASSWORD), or sqlite:FILE. Default: "
            + JournalLocation.SETTING + ", else ~/.reclaim/journal.db (RECLAIM_HOME's).")
    String url;

    /** Opens it; a bad URL or an unopenable journal is a one-line user error (never with the password). */
    Journal open() {
        try {
            return Journals.open(Optional.ofNullable(url), ReclaimHome.directory());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        } catch (JournalException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
    }
}
