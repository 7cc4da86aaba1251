package dev.reclaim.sim;

import java.io.IOException;

/** What a firmware prints about one cloud connection attempt: Device OS's own lines, or only the application's. */
interface AttemptLog {
    /**
     * @param address    what the DCT's server address says
     * @param resolvedIp what DNS gives for the host the device ends up using; null when it does not resolve
     */
    void attempt(ServerEndpoint address, String resolvedIp, HandshakeOutcome outcome) throws IOException;
}
