package dev.reclaim.ui.common;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * A problem told to the user: what failed, why in plain words, and what to do about it. Never a stack trace:
 * the core's exceptions already carry a sentence naming what was wrong and what to do, so that becomes the detail.
 */
public record Problem(String title, String detail, String fix) {
    public Problem {
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
        fix = fix == null ? "" : fix;
    }

    /** Describes a failure of {@code action} (a verb phrase such as "open dct.bin"). */
    public static Problem of(String action, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && isWrapper(root)) {
            root = root.getCause();
        }
        return new Problem("Could not " + action, describe(root), fixFor(root));
    }

    private static boolean isWrapper(Throwable t) {
        return t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.UndeclaredThrowableException
                || t instanceof java.io.UncheckedIOException;
    }

    private static String describe(Throwable t) {
        if (t instanceof NoSuchFileException e) {
            return "There is no file " + e.getFile() + ".";
        }
        if (t instanceof AccessDeniedException e) {
            return "Reclaim is not allowed to use " + e.getFile() + ".";
        }
        if (t instanceof FileAlreadyExistsException e) {
            return e.getFile() + " already exists.";
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return "An unexpected " + humanName(t) + " happened.";
        }
        return m;
    }

    private static String fixFor(Throwable t) {
        if (t instanceof NoSuchFileException) {
            return "Check the path, or pick the file again with File → Open.";
        }
        if (t instanceof AccessDeniedException) {
            return "Check the file's permissions, or choose another folder.";
        }
        if (t instanceof OutOfMemoryError) {
            return "Close other views or start Reclaim with more memory (RECLAIM_JAVA_OPTS=-Xmx2g).";
        }
        if (t instanceof java.io.IOException) {
            return "Check the file or the device connection and try again.";
        }
        if (t instanceof IllegalArgumentException) {
            return "Correct the value and try again.";
        }
        return "Try again; if it keeps happening, run with -Dreclaim.debug=true and report it.";
    }

    private static String humanName(Throwable t) {
        return t.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
