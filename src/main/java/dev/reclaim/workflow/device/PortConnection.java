package dev.reclaim.workflow.device;

import dev.reclaim.flash.FlashTarget;
import java.io.IOException;

/**
 * A real device behind a port or a probe: nothing is held open between uses, the flash is connected to each time
 * it is needed (the bootloader and the probe reset the device when let go).
 */
final class PortConnection implements Connection {
    /** Connects to the device's flash. */
    @FunctionalInterface
    interface FlashAccess {
        FlashTarget open() throws IOException;
    }

    private final String description;
    private final FlashAccess access;

    PortConnection(String description, FlashAccess access) {
        this.description = description;
        this.access = access;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public FlashTarget openFlash() throws IOException {
        return access.open();
    }

    @Override
    public void close() {
        // nothing held open
    }
}
