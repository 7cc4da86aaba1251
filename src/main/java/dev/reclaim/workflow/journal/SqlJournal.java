package dev.reclaim.workflow.journal;

import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The journal over JDBC, one implementation for every database: the statements are portable SQL that SQLite and
 * PostgreSQL both take ({@code INSERT ... ON CONFLICT DO NOTHING} included); only connecting and the first
 * migration differ, in the subclasses. Times are stored as fixed-width ISO-8601 UTC text, so that their text order
 * is their time order in both databases.
 */
public abstract class SqlJournal implements Journal {
    static final String MIGRATIONS = "classpath:dev/reclaim/workflow/journal/migration/";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /**
     * Flyway reports every migration check through java.util.logging at INFO, which would land on the CLI's
     * stderr; only its warnings are worth showing. Held here so the setting is not garbage-collected.
     */
    private static final Logger FLYWAY_LOG = quietFlyway();

    private final Clock clock;

    protected SqlJournal(Clock clock) {
        this.clock = clock;
    }

    private static Logger quietFlyway() {
        Logger log = Logger.getLogger("org.flywaydb");
        log.setLevel(Level.WARNING);
        return log;
    }

    /** The open connection, (re)connecting if needed. */
    protected abstract Connection connection() throws SQLException;

    /**
     * The exception for a failed statement: a {@link JournalUnavailableException} when the database cannot be
     * reached (a subclass drops its broken connection there), otherwise a plain one with {@code advice}.
     */
    protected abstract JournalException failure(String action, SQLException e, String advice);

    static String time(Instant t) {
        return TIME.format(t);
    }

    @Override
    public long record(JournalEntry e) throws JournalException {
        try {
            return inTransaction(db -> insert(db, e));
        } catch (SQLException ex) {
            throw failure("write to", ex, "check the disk space and that no other program holds it");
        }
    }

    /** Inserts the entry unless its run id is there already; returns the id it has either way. */
    private long insert(Connection db, JournalEntry e) throws SQLException {
        int inserted;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO journal_entry (run_id, station, operator,"
                + " device_id, wizard, started_at, duration_ms, outcome, witness) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (run_id) DO NOTHING")) {
            s.setString(1, e.runId().toString());
            s.setString(2, e.station());
            s.setString(3, e.operator());
            s.setString(4, e.deviceId());
            s.setString(5, e.wizard());
            s.setString(6, time(e.started()));
            s.setLong(7, e.duration().toMillis());
            s.setString(8, e.outcome());
            s.setString(9, e.witness());
            inserted = s.executeUpdate();
        }
        long id;
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM journal_entry WHERE run_id = ?")) {
            s.setString(1, e.runId().toString());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        if (inserted == 1) {
            insertDetails(db, id, e);
        }
        return id;
    }

    private static void insertDetails(Connection db, long id, JournalEntry e) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO journal_step (entry_id, number, title, outcome,"
                + " started_at, duration_ms, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StepRecord step : e.steps()) {
                s.setLong(1, id);
                s.setInt(2, step.number());
                s.setString(3, step.title());
                s.setString(4, step.outcome().id());
                s.setString(5, time(step.started()));
                s.setLong(6, step.duration().toMillis());
                s.setString(7, step.detail() == null ? "" : step.detail());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO journal_key (entry_id, position, role, fingerprint) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < e.keys().size(); i++) {
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, e.keys().get(i).role());
                s.setString(4, e.keys().get(i).fingerprint());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO journal_backup (entry_id, position, path, sha256) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < e.backups().size(); i++) {
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, e.backups().get(i).path().toString());
                s.setString(4, e.backups().get(i).sha256());
                s.executeUpdate();
            }
        }
    }

    @Override
    public List<JournalEntry> list(Optional<String> deviceId) throws JournalException {
        return deviceId.isPresent()
                ? read("e.device_id = ?", deviceId.get().toLowerCase(Locale.ROOT), "DESC")
                : read("1 = 1", null, "DESC");
    }

    @Override
    public List<JournalEntry> since(Instant since) throws JournalException {
        return read("e.started_at >= ?", time(since), "ASC");
    }

    /** Removes an entry (the outbox, once the shared journal has it). */
    void delete(UUID runId) throws JournalException {
        try {
            inTransaction(db -> {
                for (String table : List.of("journal_step", "journal_key", "journal_backup")) {
                    try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE entry_id IN"
                            + " (SELECT id FROM journal_entry WHERE run_id = ?)")) {
                        s.setString(1, runId.toString());
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s = db.prepareStatement("DELETE FROM journal_entry WHERE run_id = ?")) {
                    s.setString(1, runId.toString());
                    s.executeUpdate();
                }
                return null;
            });
        } catch (SQLException ex) {
            throw failure("write to", ex, "check the disk space");
        }
    }

    /**
     * Entries matching {@code where} (on {@code journal_entry e}, at most one parameter), with their steps, keys and
     * backups: four queries whatever the number of entries, as a report over a network reads thousands.
     */
    private List<JournalEntry> read(String where, String parameter, String order) throws JournalException {
        try {
            Connection db = connection();
            Map<Long, JournalEntry> entries = new LinkedHashMap<>();
            try (PreparedStatement s = db.prepareStatement("SELECT e.id, e.run_id, e.station, e.operator,"
                    + " e.device_id, e.wizard, e.started_at, e.duration_ms, e.outcome, e.witness FROM journal_entry e"
                    + " WHERE " + where + " ORDER BY e.started_at " + order + ", e.id " + order)) {
                bind(s, parameter);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        entries.put(id, new JournalEntry(id, runId(id, r.getString(2)), r.getString(3),
                                r.getString(4), r.getString(5), r.getString(6), Instant.parse(r.getString(7)),
                                Duration.ofMillis(r.getLong(8)), r.getString(9), List.of(), List.of(), List.of(),
                                r.getString(10)));
                    }
                }
            }
            Map<Long, List<StepRecord>> steps = details(db, "SELECT s.entry_id, s.number, s.title, s.outcome,"
                    + " s.started_at, s.duration_ms, s.detail FROM journal_step s JOIN journal_entry e ON e.id ="
                    + " s.entry_id WHERE " + where + " ORDER BY s.entry_id, s.number", parameter,
                    r -> new StepRecord(r.getInt(2), r.getString(3),
                            StepOutcome.valueOf(r.getString(4).toUpperCase(Locale.ROOT)),
                            Instant.parse(r.getString(5)), Duration.ofMillis(r.getLong(6)), r.getString(7)));
            Map<Long, List<JournalEntry.KeyFingerprint>> keys = details(db, "SELECT k.entry_id, k.role,"
                    + " k.fingerprint FROM journal_key k JOIN journal_entry e ON e.id = k.entry_id WHERE " + where
                    + " ORDER BY k.entry_id, k.position", parameter,
                    r -> new JournalEntry.KeyFingerprint(r.getString(2), r.getString(3)));
            Map<Long, List<JournalEntry.BackupReference>> backups = details(db, "SELECT b.entry_id, b.path,"
                    + " b.sha256 FROM journal_backup b JOIN journal_entry e ON e.id = b.entry_id WHERE " + where
                    + " ORDER BY b.entry_id, b.position", parameter,
                    r -> new JournalEntry.BackupReference(Path.of(r.getString(2)), r.getString(3)));
            List<JournalEntry> all = new ArrayList<>(entries.size());
            for (JournalEntry e : entries.values()) {
                all.add(new JournalEntry(e.id(), e.runId(), e.station(), e.operator(), e.deviceId(), e.wizard(),
                        e.started(), e.duration(), e.outcome(), steps.getOrDefault(e.id(), List.of()),
                        keys.getOrDefault(e.id(), List.of()), backups.getOrDefault(e.id(), List.of()), e.witness()));
            }
            return all;
        } catch (SQLException e) {
            throw failure("read", e, "check that it is a Reclaim journal");
        }
    }

    /** Entries written before run ids existed get a stable one derived from their id. */
    private static UUID runId(long id, String stored) {
        return stored != null ? UUID.fromString(stored)
                : UUID.nameUUIDFromBytes(("reclaim journal entry " + id).getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private static <T> Map<Long, List<T>> details(Connection db, String sql, String parameter, Row<T> row)
            throws SQLException {
        Map<Long, List<T>> byEntry = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byEntry.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(row.read(r));
                }
            }
        }
        return byEntry;
    }

    private static void bind(PreparedStatement s, String parameter) throws SQLException {
        if (parameter != null) {
            s.setString(1, parameter);
        }
    }

    /**
     * A claim is a row keyed by the device ID: inserting it is atomic in both databases (the primary key), taking
     * over a lapsed one is a compare-and-set on its token, and releasing deletes only the holder's own row. The rows
     * outlive a restart of the database, so a claim is not lost while a station still works.
     */
    @Override
    public DeviceClaim claim(String deviceId, String station, Duration lease) throws JournalException {
        return claim(deviceId, station, lease, UUID.randomUUID());
    }

    /** Claims with the caller's token, so that a caller whose reply was lost can still release what it took. */
    DeviceClaim claim(String deviceId, String station, Duration lease, UUID token) throws JournalException {
        String device = deviceId.toLowerCase(Locale.ROOT);
        try {
            Connection db = connection();
            for (int attempt = 0; attempt < 3; attempt++) {
                Instant now = clock.instant();
                try (PreparedStatement s = db.prepareStatement("INSERT INTO device_claim (device_id, station, token,"
                        + " claimed_at, expires_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id) DO NOTHING")) {
                    s.setString(1, device);
                    s.setString(2, station);
                    s.setString(3, token.toString());
                    s.setString(4, time(now));
                    s.setString(5, time(now.plus(lease)));
                    if (s.executeUpdate() == 1) {
                        return new DeviceClaim(device, station, token, now, isShared(), this::release);
                    }
                }
                try (PreparedStatement s = db.prepareStatement("UPDATE device_claim SET station = ?, token = ?,"
                        + " claimed_at = ?, expires_at = ? WHERE device_id = ? AND expires_at < ?")) {
                    s.setString(1, station);
                    s.setString(2, token.toString());
                    s.setString(3, time(now));
                    s.setString(4, time(now.plus(lease)));
                    s.setString(5, device);
                    s.setString(6, time(now));
                    if (s.executeUpdate() == 1) {
                        return new DeviceClaim(device, station, token, now, isShared(), this::release);
                    }
                }
                try (PreparedStatement s = db.prepareStatement(
                        "SELECT station, claimed_at FROM device_claim WHERE device_id = ?")) {
                    s.setString(1, device);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            throw new DeviceBusyException(device, r.getString(1), Instant.parse(r.getString(2)));
                        }
                    }
                }
                // released between the insert and the look: try again
            }
            throw new JournalException("Cannot claim device " + device + " in the journal " + describe()
                    + ": its claim changed hands three times in a row; try again.");
        } catch (SQLException e) {
            throw failure("claim a device in", e, "check that it is a Reclaim journal");
        }
    }

    /** Whether claims here are seen by every station (a server) or only by this one (a local file). */
    protected abstract boolean isShared();

    void release(DeviceClaim claim) throws JournalException {
        try (PreparedStatement s = connection().prepareStatement(
                "DELETE FROM device_claim WHERE device_id = ? AND token = ?")) {
            s.setString(1, claim.deviceId());
            s.setString(2, claim.token().toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("release device " + claim.deviceId() + " in", e, "it lapses after its lease");
        }
    }

    /** Work on the connection that either all happens or none of it. */
    private interface SqlWork<T> {
        T on(Connection db) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        Connection db = connection();
        db.setAutoCommit(false);
        try {
            T result = work.on(db);
            db.commit();
            return result;
        } catch (SQLException ex) {
            rollback(db);
            throw ex;
        } finally {
            restoreAutoCommit(db);
        }
    }

    private static void rollback(Connection db) {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the write failed already; the caller hears about that
        }
    }

    private static void restoreAutoCommit(Connection db) {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection: the next call reconnects or reports it
        }
    }
}
