package dev.reclaim.log;

import dev.reclaim.files.InputFiles;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A log file, read once from start to end in chunks (memory does not grow with its size). Progress is in bytes of
 * the file's size; {@link #stop()} cancels the read, which then ends like a shorter file: the engine is finished,
 * the file closed.
 */
public final class FileLogSource implements LogSource {
    private final Path file;
    private volatile boolean stopped;

    public FileLogSource(Path file) {
        this.file = file;
    }

    @Override
    public String description() {
        return "file " + file.getFileName();
    }

    /** A file waits for its reader, so nothing of it is dropped. */
    @Override
    public boolean live() {
        return false;
    }

    /** @throws IOException when the file cannot be opened or read (not when the read is stopped) */
    @Override
    public void run(LogEngine engine, ProgressListener progress) throws IOException {
        try {
            InputFiles.requireNoDevice(file, "a log file"); // /dev/zero would be read for ever
        } catch (InputFiles.UnusableInputException e) {
            throw new InputFiles.UnusableInputException(file + ": " + e.getMessage());
        }
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            StreamLogSource.read(in, size, engine, progress, () -> stopped);
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
