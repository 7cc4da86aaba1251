package dev.reclaim.ui.device;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A serial port as the operating system lists it. VID/PID come from USB adapters (an FTDI or CP2102 on the bench);
 * built-in UARTs and pseudo-terminals have none.
 */
public record PortInfo(String systemName, String path, String description, OptionalInt vendorId,
                       OptionalInt productId) {

    /** "USB 0403:6001" or "" when the port is not on USB. */
    public String usbId() {
        if (vendorId.isEmpty() || productId.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "USB %04x:%04x", vendorId.getAsInt(), productId.getAsInt());
    }
}
