package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** What a running simulator's log UART prints for one boot, for tests that read the firmware's log. */
final class SimulatorLogs {
    private SimulatorLogs() {
    }

    /**
     * The first line may wait for class loading on a busy machine, or for a key the firmware generates at boot: up
     * to 10 s for it, then the log is over after 300 ms of quiet.
     */
    static String drain(InProcessSimulator sim) throws Exception {
        ByteLink log = sim.logUart();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n = log.read(buf, 0, buf.length, 10_000);
        while (n > 0) {
            out.write(buf, 0, n);
            n = log.read(buf, 0, buf.length, 300);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
