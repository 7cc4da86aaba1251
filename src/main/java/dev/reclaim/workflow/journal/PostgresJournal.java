package dev.reclaim.workflow.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The line's shared journal on a PostgreSQL server. It connects on first use and again after the server was lost
 * (a restart, the network), migrating the schema once per process with the same portable migrations as SQLite
 * after its own first one. A lost server is a {@link JournalUnavailableException}, so that a station can go on
 * into its outbox ({@link OutboxJournal}).
 */
public final class PostgresJournal extends SqlJournal {
    private final JournalLocation location;
    private Connection db;
    private boolean migrated;

    PostgresJournal(JournalLocation location, Clock clock) {
        super(clock);
        if (!location.isServer()) {
            throw new IllegalArgumentException(location + " is not a PostgreSQL journal");
        }
        this.location = location;
    }

    /** The journal at the location, connected when first used. */
    public static PostgresJournal at(JournalLocation location) {
        return new PostgresJournal(location, Clock.systemUTC());
    }

    @Override
    protected synchronized Connection connection() throws SQLException {
        if (db != null && !db.isClosed()) {
            return db;
        }
        if (!migrated) {
            migrate();
        }
        db = DriverManager.getConnection(location.jdbcUrl(), location.connectionProperties());
        return db;
    }

    private void migrate() throws SQLException {
        try {
            Flyway.configure()
                    .dataSource(dataSource())
                    .locations(MIGRATIONS + "postgresql", MIGRATIONS + "common").load().migrate();
            migrated = true;
        } catch (FlywayException e) {
            // Flyway wraps the driver's exception; unwrap it so that "server unreachable" is told apart.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    throw sql;
                }
            }
            throw new SQLException("the schema migration failed: " + e.getMessage(), "XX000", e);
        }
    }

    private PGSimpleDataSource dataSource() throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(location.jdbcUrl());
        Properties p = location.connectionProperties();
        for (String name : p.stringPropertyNames()) {
            ds.setProperty(name, p.getProperty(name));
        }
        return ds;
    }

    @Override
    protected synchronized JournalException failure(String action, SQLException e, String advice) {
        if (unreachable(e)) {
            dropConnection();
            return new JournalUnavailableException("Cannot reach the shared journal " + location + " to " + action
                    + " it (" + JournalLocation.masked(String.valueOf(e.getMessage())) + "): check that the server"
                    + " runs and this station can reach it.", e);
        }
        return new JournalException("Cannot " + action + " the shared journal " + location + " ("
                + JournalLocation.masked(String.valueOf(e.getMessage())) + "): " + advice + ".", e);
    }

    /**
     * SQL states of a connection that failed or was cut (class 08), a server shutting down or starting (57P01..03),
     * or no state at all with the connection gone (an I/O error the driver did not classify).
     */
    private boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return true;
        }
        try {
            return db == null || db.isClosed();
        } catch (SQLException ignored) {
            return true;
        }
    }

    private void dropConnection() {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // it is broken already
            }
            db = null;
        }
    }

    @Override
    protected boolean isShared() {
        return true;
    }

    @Override
    public String describe() {
        return location.toString();
    }

    @Override
    public synchronized void close() {
        dropConnection();
    }
}
