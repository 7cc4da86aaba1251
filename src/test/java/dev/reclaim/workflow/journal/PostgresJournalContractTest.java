package dev.reclaim.workflow.journal;

import java.util.Map;

/** The journal contract on a real PostgreSQL server (see {@link PostgresTestServer}), through a station's outbox. */
class PostgresJournalContractTest extends JournalContractTest {
    @Override
    JournalLocation emptyJournal() throws Exception {
        return JournalLocation.parse(PostgresTestServer.freshDatabase(), Map.of());
    }
}
