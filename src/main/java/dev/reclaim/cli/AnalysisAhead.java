package dev.reclaim.cli;

import dev.reclaim.log.FileLogSource;
import dev.reclaim.log.LogAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The analysis of the one log file that {@code reclaim log analyze [--json] FILE} names, started before picocli has
 * built the command line: that takes one core about 0.2 s (picocli's class files are too old for the class-data
 * archive), time the analysis of a big log can use. Started only when the arguments can mean nothing else and name a
 * regular file. The command takes it when it analyses that same file; should the early analysis have failed, the
 * command analyses afresh, so that its errors read as always. When the command never asks (a usage error), the
 * daemon thread ends with the process.
 */
final class AnalysisAhead {
    /** The file, what it was when the analysis started (size and time), and the analysis. */
    private record Early(Path file, String version, CompletableFuture<LogAnalysis> analysis) {
    }

    private static volatile Early early;

    private AnalysisAhead() {
    }

    /** Starts the analysis when {@code args} are {@code log analyze}, at most {@code --json}, and one regular file. */
    static void startFor(String... args) {
        Path file = soleFile(args);
        if (file == null) {
            return;
        }
        CompletableFuture<LogAnalysis> analysis = new CompletableFuture<>();
        early = new Early(file, version(file), analysis);
        Thread t = new Thread(() -> {
            try {
                analysis.complete(LogAnalysis.of(new FileLogSource(file)));
            } catch (Exception | Error e) {
                analysis.completeExceptionally(e);
            }
        }, "log-analysis-ahead");
        t.setDaemon(true);
        t.start();
    }

    /** The early analysis of {@code file}, waited for, or null when none was started for it or it failed. */
    static LogAnalysis take(Path file) {
        Early e = early;
        if (e == null || !e.file().equals(file)) {
            return null;
        }
        early = null;
        if (!e.version().equals(version(file))) {
            return null; // changed since (a long-lived caller, such as a test, that ran another command in between)
        }
        try {
            return e.analysis().join();
        } catch (RuntimeException failed) {
            return null; // analysed again by the command, which reports the failure its own way
        }
    }

    private static String version(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static Path soleFile(String... args) {
        if (args.length < 3 || !args[0].equals("log") || !args[1].equals("analyze")) {
            return null;
        }
        String file = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--json")) {
                continue;
            }
            if (args[i].startsWith("-") || file != null) {
                return null; // another option, standard input, or a second file: left to the command
            }
            file = args[i];
        }
        try {
            Path path = file == null ? null : ReadableFile.path(file);
            return path != null && Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException | UserFacingException e) {
            return null;
        }
    }
}
