package dev.reclaim.workflow.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The one way to open a journal, for the CLI, the GUI and stations: from {@code --journal URL}, else the
 * {@value JournalLocation#SETTING} setting, else the embedded SQLite journal in Reclaim's home. A PostgreSQL URL
 * gives the shared journal behind this station's outbox ({@code <home>/journal-outbox-<server>.db}).
 */
public final class Journals {
    /** How often a station that lost the server tries it again (each write or claim may try once). */
    static final Duration RETRY_EVERY = Duration.ofSeconds(2);

    private Journals() {
    }

    /** The location chosen by {@code url} (may be empty), the setting, or the default. */
    public static JournalLocation locate(Optional<String> url, Path reclaimHome, Map<String, String> env) {
        Optional<String> chosen = url.filter(u -> !u.isBlank())
                .or(() -> Optional.ofNullable(env.get(JournalLocation.SETTING)).filter(u -> !u.isBlank()));
        return chosen.map(u -> JournalLocation.parse(u, env))
                .orElseGet(() -> JournalLocation.sqlite(reclaimHome.resolve(SqliteJournal.FILE_NAME)));
    }

    /**
     * Opens the journal.
     *
     * @throws IllegalArgumentException when {@code url} (or the setting) is not a journal URL
     * @throws JournalException when the SQLite file or the outbox cannot be opened (a shared server is connected
     *                          on first use, so that a station starts even while it is down)
     */
    public static Journal open(Optional<String> url, Path reclaimHome) throws JournalException {
        return open(locate(url, reclaimHome, System.getenv()), reclaimHome);
    }

    public static Journal open(JournalLocation location, Path reclaimHome) throws JournalException {
        if (location.sqliteFile().isPresent()) {
            return SqliteJournal.open(location.sqliteFile().get());
        }
        Clock clock = Clock.systemUTC();
        SqliteJournal outbox = SqliteJournal.open(reclaimHome.resolve("journal-outbox-" + tag(location) + ".db"),
                clock);
        return new OutboxJournal(new PostgresJournal(location, clock), outbox, clock, RETRY_EVERY);
    }

    /** One outbox per server and database, so that switching journals never uploads into the wrong one. */
    private static String tag(JournalLocation location) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(location.jdbcUrl().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
