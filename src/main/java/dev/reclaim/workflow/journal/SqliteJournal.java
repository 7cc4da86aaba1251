package dev.reclaim.workflow.journal;

import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The journal in an embedded SQLite file ({@code <reclaim home>/journal.db}), owner-only, its schema brought up to
 * date by Flyway when opened. Statements are plain JDBC SQL that PostgreSQL also accepts.
 */
public final class SqliteJournal implements Journal {
    public static final String FILE_NAME = "journal.db";
    private static final String MIGRATIONS = "classpath:dev/reclaim/workflow/journal/migration/sqlite";
    /**
     * Flyway reports every migration check through java.util.logging at INFO, which would land on the CLI's
     * stderr; only its warnings are worth showing. Held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    private final Path file;
    private final Connection db;

    private SqliteJournal(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** The journal in Reclaim's home directory. */
    public static SqliteJournal in(Path reclaimHome) throws JournalException {
        return open(reclaimHome.resolve(FILE_NAME));
    }

    /** Opens (creating it owner-only if new) and migrates the journal file. */
    public static SqliteJournal open(Path file) throws JournalException {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            createOwnerOnly(file);
            Flyway.configure().dataSource(url, null, null).locations(MIGRATIONS).load().migrate();
            Connection db = DriverManager.getConnection(url);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            return new SqliteJournal(file, db);
        } catch (IOException | SQLException | FlywayException e) {
            throw new JournalException("Cannot open the journal " + file + " (" + e.getMessage() + "): check that"
                    + " the directory is writable and the file is a Reclaim journal.", e);
        }
    }

    /** Journal entries name devices and operators: nobody else reads them. */
    private static void createOwnerOnly(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Override
    public long record(JournalEntry e) throws JournalException {
        try {
            db.setAutoCommit(false);
            long id;
            try (PreparedStatement s = db.prepareStatement("INSERT INTO journal_entry (station, operator,"
                    + " device_id, wizard, started_at, duration_ms, outcome, witness) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, e.station());
                s.setString(2, e.operator());
                s.setString(3, e.deviceId());
                s.setString(4, e.wizard());
                s.setString(5, e.started().toString());
                s.setLong(6, e.duration().toMillis());
                s.setString(7, e.outcome());
                s.setString(8, e.witness());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertSteps(id, e.steps());
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
            db.commit();
            return id;
        } catch (SQLException ex) {
            rollback();
            throw new JournalException("Cannot write to the journal " + file + " (" + ex.getMessage()
                    + "): check the disk space and that no other program holds it.", ex);
        }
    }

    private void insertSteps(long id, List<StepRecord> steps) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO journal_step (entry_id, number, title, outcome,"
                + " started_at, duration_ms, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StepRecord step : steps) {
                s.setLong(1, id);
                s.setInt(2, step.number());
                s.setString(3, step.title());
                s.setString(4, step.outcome().id());
                s.setString(5, step.started().toString());
                s.setLong(6, step.duration().toMillis());
                s.setString(7, step.detail() == null ? "" : step.detail());
                s.executeUpdate();
            }
        }
    }

    @Override
    public List<JournalEntry> list(Optional<String> deviceId) throws JournalException {
        try {
            Map<Long, JournalEntry> entries = new LinkedHashMap<>();
            String where = deviceId.isPresent() ? " WHERE device_id = ?" : "";
            try (PreparedStatement s = db.prepareStatement("SELECT id, station, operator, device_id, wizard,"
                    + " started_at, duration_ms, outcome, witness FROM journal_entry" + where
                    + " ORDER BY started_at DESC, id DESC")) {
                if (deviceId.isPresent()) {
                    s.setString(1, deviceId.get().toLowerCase(Locale.ROOT));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        entries.put(id, new JournalEntry(id, r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), Instant.parse(r.getString(6)), Duration.ofMillis(r.getLong(7)),
                                r.getString(8), steps(id), keys(id), backups(id), r.getString(9)));
                    }
                }
            }
            return new ArrayList<>(entries.values());
        } catch (SQLException e) {
            throw new JournalException("Cannot read the journal " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private List<StepRecord> steps(long id) throws SQLException {
        List<StepRecord> steps = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT number, title, outcome, started_at, duration_ms,"
                + " detail FROM journal_step WHERE entry_id = ? ORDER BY number")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    steps.add(new StepRecord(r.getInt(1), r.getString(2),
                            StepOutcome.valueOf(r.getString(3).toUpperCase(Locale.ROOT)),
                            Instant.parse(r.getString(4)), Duration.ofMillis(r.getLong(5)), r.getString(6)));
                }
            }
        }
        return steps;
    }

    private List<JournalEntry.KeyFingerprint> keys(long id) throws SQLException {
        List<JournalEntry.KeyFingerprint> keys = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT role, fingerprint FROM journal_key WHERE entry_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(new JournalEntry.KeyFingerprint(r.getString(1), r.getString(2)));
                }
            }
        }
        return keys;
    }

    private List<JournalEntry.BackupReference> backups(long id) throws SQLException {
        List<JournalEntry.BackupReference> backups = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT path, sha256 FROM journal_backup WHERE entry_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    backups.add(new JournalEntry.BackupReference(Path.of(r.getString(1)), r.getString(2)));
                }
            }
        }
        return backups;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the write failed already; the caller hears about that
        }
    }

    @Override
    public void close() throws JournalException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new JournalException("Cannot close the journal " + file + " (" + e.getMessage() + ").", e);
        }
    }
}
