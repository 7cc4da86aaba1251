package dev.reclaim.ui.device;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** The ports jSerialComm finds, with the USB vendor and product IDs it reports (-1 when unknown). */
public final class JSerialCommPortScanner implements PortScanner {
    @Override
    public List<PortInfo> scan() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(p -> new PortInfo(p.getSystemPortName(), p.getSystemPortPath(), describe(p),
                        known(p.getVendorID()), known(p.getProductID())))
                .sorted(Comparator.comparing(PortInfo::systemName))
                .toList();
    }

    private static String describe(SerialPort p) {
        String d = p.getPortDescription();
        return d == null || d.isBlank() ? p.getDescriptivePortName() : d.strip();
    }

    private static OptionalInt known(int id) {
        return id < 0 ? OptionalInt.empty() : OptionalInt.of(id);
    }
}
