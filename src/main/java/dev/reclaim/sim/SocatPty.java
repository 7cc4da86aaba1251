package dev.reclaim.sim;

import dev.reclaim.link.LinkClosedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal for the simulator, made by socat: {@code socat pty,raw,echo=0,link=PATH STDIO}. Programs open
 * PATH (a symlink to the pty) as if it were a USB-serial adapter; the simulator talks to socat's stdin and stdout.
 * socat keeps the pty open across client sessions and removes the symlink when it exits.
 */
public final class SocatPty extends DeviceSidePort {
    private final Path path;
    private final Process socat;
    private final OutputStream toPty;
    private final ByteFifo fromPty;

    private SocatPty(Path path, Process socat, ByteFifo fromPty) {
        super(fromPty, path.toString());
        this.path = path;
        this.socat = socat;
        this.toPty = socat.getOutputStream();
        this.fromPty = fromPty;
        Thread pump = new Thread(this::pump, "pty-reader " + path.getFileName());
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts socat and waits for the symlink.
     *
     * @throws IOException saying that socat is needed when it is not installed or cannot make the pty
     */
    public static SocatPty create(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        String problem = whyNotFree(absolute);
        if (problem != null) {
            throw new IOException(problem);
        }
        Process p;
        try {
            p = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + absolute, "STDIO")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("The simulator needs socat to create its pseudo-terminal: install it"
                    + " (Debian/Ubuntu: sudo apt install socat).", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!isPtyLink(absolute)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("socat could not create a pseudo-terminal at " + absolute
                        + " (is the directory writable?).");
            }
            sleepBriefly();
        }
        return new SocatPty(absolute, p, new ByteFifo("pty " + absolute));
    }

    /**
     * Why {@code path} cannot be this simulator's pty link, or null when it can. A link to a pty that still exists is
     * another simulator's (socat removes its link when it exits): taking it over would cut that simulator's clients
     * off, and our socat would delete the link on exit. A link whose pty is gone is stale and may be replaced.
     */
    public static String whyNotFree(Path path) {
        Path absolute = path.toAbsolutePath();
        if (!Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isSymbolicLink(absolute)) {
            return absolute + " exists and is not a symlink; choose another --pty path.";
        }
        if (isPtyLink(absolute) && Files.exists(absolute)) {
            return absolute + " is in use: it links to a live pseudo-terminal (another 'reclaim simulate'?). Stop"
                    + " that simulator or choose another --pty path.";
        }
        return null;
    }

    private static boolean isPtyLink(Path p) {
        try {
            return Files.isSymbolicLink(p) && Files.readSymbolicLink(p).toString().startsWith("/dev/pts/");
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump() {
        byte[] buf = new byte[4096];
        try (InputStream in = socat.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                fromPty.put(buf, 0, n);
            }
        } catch (IOException e) {
            // socat went away; readers see the closed link
        }
        fromPty.close();
    }

    public Path path() {
        return path;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        try {
            toPty.write(data, offset, length);
            toPty.flush();
        } catch (IOException e) {
            throw new LinkClosedException("the pseudo-terminal " + path + " is gone (socat exited)");
        }
    }

    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(2, TimeUnit.SECONDS)) {
                socat.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socat.destroyForcibly();
        }
    }
}
