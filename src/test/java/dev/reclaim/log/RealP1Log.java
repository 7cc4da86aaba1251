package dev.reclaim.log;

/**
 * The real failing P1 log (key exchange ends in "Unable to receive key -19"), the fixture of the log, simulator and
 * GUI tests. It is kept once, as the sample the README shows under main resources, and tests read it from the class
 * path.
 */
public final class RealP1Log {
    /** The class-path resource, absolute, for {@code getResource}/{@code getResourceAsStream} from any class. */
    public static final String RESOURCE = "/dev/reclaim/log/samples/p1-handshake-unable-to-receive-key-19.log";

    private RealP1Log() {
    }
}
