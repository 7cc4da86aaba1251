package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import java.io.IOException;

/**
 * The simulated device's end of a UART: bytes from the host wait in a {@link ByteFifo}; a device drives no modem
 * lines. Subclasses say where written bytes go.
 */
abstract class DeviceSidePort implements ByteLink {
    private final ByteFifo incoming;
    private final String name;

    DeviceSidePort(ByteFifo incoming, String name) {
        this.incoming = incoming;
        this.name = name;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        return incoming.take(buffer, offset, length, timeoutMillis);
    }

    @Override
    public void discardInput() {
        incoming.clear();
    }

    @Override
    public boolean setDtr(boolean asserted) {
        return false;
    }

    @Override
    public boolean setRts(boolean asserted) {
        return false;
    }

    @Override
    public String name() {
        return name;
    }
}
