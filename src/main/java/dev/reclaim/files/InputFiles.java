package dev.reclaim.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way Reclaim reads a whole input file (a DCT image, a key file) into memory, and the check every named input
 * passes first. A file's size cannot be trusted before reading: {@code /dev/zero} and {@code /dev/urandom} report 0
 * and never end, and a named pipe has no size at all. So devices are refused by their type, and everything else is
 * read up to a cap and refused when it holds more.
 */
public final class InputFiles {
    /** st_mode's file-type bits (POSIX), as the "unix" attribute view reports them. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;

    private InputFiles() {
    }

    /** Why an input cannot be used; the message names the file and is written for the user. */
    public static final class UnusableInputException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnusableInputException(String message) {
            super(message);
        }
    }

    /**
     * All of {@code file}, which must not hold more than {@code max} bytes.
     *
     * @param what what the file should be, for the message ("a DCT dump", "a key file")
     * @throws UnusableInputException for a device, or for more than {@code max} bytes (only {@code max + 1} are read)
     */
    public static byte[] readAtMost(Path file, int max, String what) throws IOException {
        requireNoDevice(file, what);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(max + 1);
            if (content.length > max) {
                throw new UnusableInputException("it holds more than " + max + " bytes, far more than " + what
                        + ".");
            }
            return content;
        }
    }

    /**
     * Refuses a character or block device ({@code /dev/zero}, {@code /dev/urandom}, a serial port, a disk): none is
     * a file Reclaim can read to its end. Named pipes stay allowed ({@code <(zcat log.gz)}).
     */
    public static void requireNoDevice(Path file, String what) throws UnusableInputException {
        int type = fileType(file);
        if (type == S_IFCHR || type == S_IFBLK) {
            throw new UnusableInputException("it is a device, not " + what + "; name a file that holds one.");
        }
    }

    private static int fileType(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:mode")) & S_IFMT;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 0; // no POSIX modes (Windows): device names like NUL are not paths Files can open anyway
        }
    }
}
