package dev.reclaim.workflow.journal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a journal is, from {@code --journal URL} or the {@code RECLAIM_JOURNAL} setting: nothing (the embedded
 * SQLite file in Reclaim's home), {@code sqlite:PATH} / {@code jdbc:sqlite:PATH}, or a PostgreSQL server as
 * {@code postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB[?user=..&password=..&...]} (also {@code postgres://} and
 * {@code jdbc:postgresql://}). The password comes from the URL or {@code PGPASSWORD}, the user from the URL,
 * {@code PGUSER} or the OS user, as with psql. Credentials are kept out of the JDBC URL and out of
 * {@link #toString()}, so neither error messages nor logs carry them.
 */
public final class JournalLocation {
    /** The setting a station's environment can carry instead of {@code --journal}. */
    public static final String SETTING = "RECLAIM_JOURNAL";

    private final Optional<Path> sqliteFile;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String shown;

    private JournalLocation(Optional<Path> sqliteFile, String jdbcUrl, String user, String password, String shown) {
        this.sqliteFile = sqliteFile;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.shown = shown;
    }

    /** The embedded journal in Reclaim's home. */
    public static JournalLocation sqlite(Path file) {
        return new JournalLocation(Optional.of(file), null, null, null, file.toString());
    }

    /**
     * Parses a journal URL.
     *
     * @param env the environment (for {@code PGUSER}, {@code PGPASSWORD})
     * @throws IllegalArgumentException with a message for the user (no password in it) when the URL is not one
     */
    public static JournalLocation parse(String text, Map<String, String> env) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(t.substring("jdbc:sqlite:".length())));
        }
        if (lower.startsWith("sqlite:")) {
            return sqlite(Path.of(t.substring("sqlite:".length())));
        }
        for (String prefix : new String[] {"jdbc:postgresql://", "postgresql://", "postgres://"}) {
            if (lower.startsWith(prefix)) {
                return postgres(t.substring(prefix.length()), env);
            }
        }
        throw new IllegalArgumentException("The journal '" + masked(t) + "' is not one Reclaim knows: give"
                + " postgresql://HOST[:PORT]/DATABASE?user=USER (password from PGPASSWORD) for a shared journal, or"
                + " sqlite:FILE for a file.");
    }

    private static JournalLocation postgres(String rest, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The journal URL " + masked("postgresql://" + rest) + " is malformed ("
                    + e.getReason() + "): give postgresql://HOST[:PORT]/DATABASE?user=USER.");
        }
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (host == null || path.isEmpty()) {
            throw new IllegalArgumentException("The journal URL " + masked("postgresql://" + rest) + " needs a host and"
                    + " a database: give postgresql://HOST[:PORT]/DATABASE?user=USER.");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                parameters.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        user = firstOf(parameters.remove("user"), user, env.get("PGUSER"), System.getProperty("user.name"));
        password = firstOf(parameters.remove("password"), password, env.get("PGPASSWORD"), null);
        String hostPort = host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostPort).append('/').append(path);
        String separator = "?";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            jdbc.append(separator).append(p.getKey()).append('=').append(p.getValue());
            separator = "&";
        }
        String shown = "postgresql://" + user + "@" + hostPort + "/" + path;
        return new JournalLocation(Optional.empty(), jdbc.toString(), user, password, shown);
    }

    private static String firstOf(String a, String b, String c, String d) {
        return a != null ? a : b != null ? b : c != null && !c.isEmpty() ? c : d;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The text with any password (user info or parameter) replaced by ***, for an error message. */
    static String masked(String text) {
        return text.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^/:@]*:)[^@/]*@", "$1***@");
    }

    /** The SQLite file, when this is an embedded journal. */
    public Optional<Path> sqliteFile() {
        return sqliteFile;
    }

    /** Whether this is a shared journal on a server. */
    public boolean isServer() {
        return sqliteFile.isEmpty();
    }

    /** The JDBC URL, without credentials. */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /** What to connect with: the credentials and timeouts that make a lost server fail fast instead of hanging. */
    Properties connectionProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "reclaim");
        setDefault(p, "connectTimeout", "5");
        setDefault(p, "loginTimeout", "10");
        setDefault(p, "socketTimeout", "30");
        return p;
    }

    private void setDefault(Properties p, String key, String value) {
        if (!jdbcUrl.contains(key + "=")) {
            p.setProperty(key, value);
        }
    }

    /** The user, host, port and database (never the password), e.g. {@code postgresql://line@db:5432/journal}. */
    @Override
    public String toString() {
        return shown;
    }
}
