package dev.reclaim.workflow.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The journal in an embedded SQLite file ({@code <reclaim home>/journal.db}), owner-only, its schema brought up to
 * date by Flyway when opened: the SQLite-only first migration, then the portable ones every journal shares.
 */
public final class SqliteJournal extends SqlJournal {
    public static final String FILE_NAME = "journal.db";
    /** How long a write waits for another process that holds the file (two Reclaims on one PC). */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection db;

    private SqliteJournal(Path file, Connection db, Clock clock) {
        super(clock);
        this.file = file;
        this.db = db;
    }

    /** The journal in Reclaim's home directory. */
    public static SqliteJournal in(Path reclaimHome) throws JournalException {
        return open(reclaimHome.resolve(FILE_NAME));
    }

    /** Opens (creating it owner-only if new) and migrates the journal file. */
    public static SqliteJournal open(Path file) throws JournalException {
        return open(file, Clock.systemUTC());
    }

    static SqliteJournal open(Path file, Clock clock) throws JournalException {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            createOwnerOnly(file);
            migrateAlone(file, url);
            Connection db = DriverManager.getConnection(url);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            }
            return new SqliteJournal(file, db, clock);
        } catch (IOException | SQLException | FlywayException e) {
            throw new JournalException("Cannot open the journal " + file + " (" + e.getMessage() + "): check that"
                    + " the directory is writable and the file is a Reclaim journal.", e);
        }
    }

    /** Serializes migrations within this JVM; the lock file serializes them between processes. */
    private static final Object MIGRATING = new Object();

    /**
     * Migrates with no other station migrating the same file: two stations that open a new journal together
     * would both start its first migration, and SQLite fails the later one with SQLITE_BUSY (its busy handler
     * does not wait for a lock upgrade inside a transaction). The lock is on a file beside the journal: a Java
     * lock on the journal itself would drop SQLite's own POSIX locks when its channel closes.
     */
    private static void migrateAlone(Path file, String url) throws IOException {
        Path lock = file.resolveSibling(file.getFileName() + ".migrating");
        synchronized (MIGRATING) {
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = channel.lock()) {
                Flyway.configure().dataSource(url, null, null)
                        .locations(MIGRATIONS + "sqlite", MIGRATIONS + "common").load().migrate();
            }
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
            try {
                Files.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException anotherStationWasFirst) {
                // Made between the check and here by a station opening the same new journal: use it.
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Override
    protected Connection connection() {
        return db;
    }

    @Override
    protected JournalException failure(String action, SQLException e, String advice) {
        return new JournalException("Cannot " + action + " the journal " + file + " (" + e.getMessage() + "): "
                + advice + ".", e);
    }

    @Override
    protected boolean isShared() {
        return false;
    }

    @Override
    public String describe() {
        return file.toString();
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
