package dev.reclaim.workflow.journal;

/** The journal contract on the embedded SQLite file. */
class SqliteJournalContractTest extends JournalContractTest {
    @Override
    JournalLocation emptyJournal() {
        return JournalLocation.sqlite(home.resolve("journal.db"));
    }
}
