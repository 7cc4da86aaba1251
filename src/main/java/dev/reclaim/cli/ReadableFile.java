package dev.reclaim.cli;

import dev.reclaim.files.InputFiles;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A file named on the command line, checked before any work starts: a bad path is a one-line usage error. */
final class ReadableFile {
    private ReadableFile() {
    }

    /** The path of {@code f}, or a {@link UserFacingException} saying why it cannot be read. */
    static Path check(String f, String expected) {
        Path p = path(f);
        if (!Files.exists(p)) {
            throw new UserFacingException("cannot read '" + f + "': no such file; check the path.");
        }
        if (Files.isDirectory(p)) {
            throw new UserFacingException("cannot read '" + f + "': it is a directory; name " + expected + ".");
        }
        if (!Files.isReadable(p)) {
            throw new UserFacingException("cannot read '" + f + "': permission denied.");
        }
        try {
            InputFiles.requireNoDevice(p, expected);
        } catch (InputFiles.UnusableInputException e) {
            throw new UserFacingException("cannot read '" + f + "': " + e.getMessage());
        }
        return p;
    }

    static Path path(String f) {
        try {
            return Path.of(f);
        } catch (InvalidPathException e) {
            throw new UserFacingException("cannot read '" + f + "': not a valid path.");
        }
    }
}
