package dev.reclaim.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two connected pseudo-terminals made by socat, for tests that must go through a real tty and jSerialComm.
 * Bytes written to {@link #a()} come out of {@link #b()} and the other way round.
 */
public final class SocatPtyPair implements AutoCloseable {
    private final Path dir;
    private final Process socat;

    private SocatPtyPair(Path dir, Process socat) {
        this.dir = dir;
        this.socat = socat;
    }

    public static SocatPtyPair start() throws IOException, InterruptedException {
        return start(Files.createTempDirectory("reclaim-pty"));
    }

    /**
     * A pair whose links are {@code dir/a} and {@code dir/b}: starting another pair on the same directory after
     * {@link #close()} makes "the same port" come back, as a USB CDC port does after the device resets.
     */
    public static SocatPtyPair start(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + dir.resolve("a"),
                "pty,raw,echo=0,link=" + dir.resolve("b"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        SocatPtyPair pair = new SocatPtyPair(dir, p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(pair.a()) && Files.exists(pair.b()))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                pair.close();
                throw new IOException("socat did not create the pty pair (is socat installed?)");
            }
            Thread.sleep(10);
        }
        return pair;
    }

    public Path a() {
        return dir.resolve("a");
    }

    public Path b() {
        return dir.resolve("b");
    }

    /** Kills socat, which makes both ptys disappear as an unplugged USB adapter would. */
    @Override
    public void close() {
        socat.destroy();
        try {
            socat.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socat.destroyForcibly();
    }
}
