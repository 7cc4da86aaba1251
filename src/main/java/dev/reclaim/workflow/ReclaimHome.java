package dev.reclaim.workflow;

import java.nio.file.Path;

/**
 * Where Reclaim keeps its own files: {@code ~/.reclaim}, or the directory named by the {@code reclaim.home}
 * system property or the {@code RECLAIM_HOME} environment variable (tests and portable installs).
 */
public final class ReclaimHome {
    private ReclaimHome() {
    }

    public static Path directory() {
        String property = System.getProperty("reclaim.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("RECLAIM_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".reclaim");
    }
}
