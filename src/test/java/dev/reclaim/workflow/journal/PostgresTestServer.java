package dev.reclaim.workflow.journal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the journal's tests run against: the throwaway cluster of
 * {@code .ci/postgres-cluster.sh start}, named by {@code RECLAIM_TEST_PG_URL} (and {@code RECLAIM_TEST_PG_DIR} to
 * stop and restart it). {@code .ci/run} starts one; without it the tests fail under CI ({@code CI=true}), where a
 * skipped database test would pass unseen, and are skipped elsewhere with a message saying how to run them.
 */
public final class PostgresTestServer {
    static final String URL_VARIABLE = "RECLAIM_TEST_PG_URL";
    private static final String SCRIPT = ".ci/postgres-cluster.sh";

    private PostgresTestServer() {
    }

    /** The server's URL; fails or skips the test when there is none. */
    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String why = URL_VARIABLE + " is not set: start a PostgreSQL cluster with"
                    + " eval \"$(" + SCRIPT + " start)\" (it needs Debian's postgresql package) and run the tests"
                    + " again in that shell; " + SCRIPT + " stop removes it.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("The PostgreSQL journal tests need a server under CI: " + why);
            }
            Assumptions.abort("PostgreSQL journal tests skipped: " + why);
        }
        return url;
    }

    /** A new, empty database on the server, as a journal URL (each test its own: no state leaks between tests). */
    public static String freshDatabase() throws Exception {
        String admin = url();
        JournalLocation location = JournalLocation.parse(admin, Map.of());
        String name = "journal_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection db = DriverManager.getConnection(location.jdbcUrl(), location.connectionProperties());
             Statement s = db.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return admin.replaceFirst("(//[^/]+/)[^?]+", "$1" + name);
    }

    /** Stops the server (a fast shutdown: connections are cut, as when a database host goes away). */
    public static void pause() throws IOException, InterruptedException {
        script("pause");
    }

    /** Starts it again on the same port and data. */
    public static void resume() throws IOException, InterruptedException {
        script("resume");
    }

    private static void script(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(SCRIPT).toAbsolutePath().toString(), command)
                .redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(SCRIPT + " " + command + " failed: " + new String(p.getInputStream().readAllBytes()));
        }
    }
}
