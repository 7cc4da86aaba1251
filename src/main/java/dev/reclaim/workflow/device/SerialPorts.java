package dev.reclaim.workflow.device;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The serial ports jSerialComm finds, as candidates for the kinds that use a port. */
final class SerialPorts {
    private SerialPorts() {
    }

    /** Port path, its system name, and its description with the USB vendor and product IDs when it is on USB. */
    static List<Candidate> list() {
        return Arrays.stream(SerialPort.getCommPorts())
                .sorted(Comparator.comparing(SerialPort::getSystemPortName))
                .map(p -> new Candidate(p.getSystemPortPath(), p.getSystemPortName(), subtitle(p)))
                .toList();
    }

    private static String subtitle(SerialPort p) {
        String d = p.getPortDescription();
        d = d == null || d.isBlank() ? p.getDescriptivePortName() : d.strip();
        d = d == null ? "" : d;
        String usb = usbId(p.getVendorID(), p.getProductID());
        return usb.isEmpty() ? d : d.isEmpty() ? usb : d + " · " + usb;
    }

    /** "USB 0403:6001", or "" when the port is not on USB (built-in UARTs, ptys report -1). */
    static String usbId(int vendor, int product) {
        return vendor < 0 || product < 0 ? "" : String.format(Locale.ROOT, "USB %04x:%04x", vendor, product);
    }

    /** The argument of a kind that needs a port. */
    static String required(String prefix, String text) {
        String port = text.trim();
        if (port.isEmpty()) {
            throw new IllegalArgumentException("'" + prefix + "' names no port: write " + prefix
                    + ":PORT, e.g. " + prefix + ":/dev/ttyUSB0 or " + prefix + ":COM3.");
        }
        return port;
    }
}
