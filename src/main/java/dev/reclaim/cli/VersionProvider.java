package dev.reclaim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Prints {@code Reclaim <pom version> (<short commit>)} from {@code version.properties}, which Maven fills in at
 * build time, so the version is stated once, in the pom. A build from a source tarball has no git history: Maven
 * then leaves the commit placeholder unresolved and the commit is reported as unknown.
 */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {line(load())};
    }

    static String line(Properties p) {
        return "Reclaim " + value(p, "version", "(development build)") + " (" + value(p, "commit", "unknown commit") + ")";
    }

    /** A missing key, an empty value or a placeholder Maven could not resolve counts as not known. */
    private static String value(Properties p, String key, String unknown) {
        String v = p.getProperty(key, "").trim();
        return v.isEmpty() || v.startsWith("${") ? unknown : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the Reclaim jar", e);
        }
        return p;
    }
}
