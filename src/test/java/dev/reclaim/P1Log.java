package dev.reclaim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real failing P1 log ("Unable to receive key -19", 16 lines), which every test reads from its one copy: the
 * sample the README points to.
 */
public final class P1Log {
    /** The class-path resource. */
    public static final String RESOURCE = "/dev/reclaim/log/samples/p1-handshake-unable-to-receive-key-19.log";

    private P1Log() {
    }

    public static byte[] bytes() {
        try (InputStream in = P1Log.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log as a file, for what opens files (the window, the file source). */
    public static Path file() {
        try {
            return Path.of(P1Log.class.getResource(RESOURCE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The log {@code times} over in one file of {@code dir}: a big log with {@code 16 * times} lines. */
    public static Path repeated(Path dir, int times) throws IOException {
        byte[] one = bytes();
        Path file = dir.resolve("p1-" + times + ".log");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < times; i++) {
                out.write(one);
            }
        }
        return file;
    }
}
