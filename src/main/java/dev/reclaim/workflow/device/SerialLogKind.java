package dev.reclaim.workflow.device;

import dev.reclaim.flash.FlashTarget;
import dev.reclaim.link.SerialSettings;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import java.io.IOException;
import java.util.Optional;

/** {@code serial:PORT}: the module's log UART on a USB-serial adapter (115200 8N1); listening only. */
final class SerialLogKind extends SerialPortKind {
    SerialLogKind() {
        super("serial", "the device's log output, to listen and diagnose; no flash access", "Log output",
                Reaches.LOG);
    }

    @Override
    public String describe(String argument) {
        return "log port " + argument;
    }

    @Override
    public Connection open(String port, DeviceOptions options) {
        return new LogPort(port, describe(port));
    }

    private record LogPort(String port, String description) implements Connection {
        @Override
        public Optional<LogSource> logSource(SerialLogSource.PortListener ports) {
            return Optional.of(SerialLogSource.port(port, SerialLogSource.DEFAULT_BAUD, ports));
        }

        @Override
        public FlashTarget openFlash() throws IOException {
            throw new IOException(description + " carries the device's log only: to read or write its DCT, pick the"
                    + " port as \"UART bootloader\" (BOOT0 high, then reset).");
        }

        @Override
        public void close() {
            // nothing held open: the log reader owns the port while it listens
        }
    }
}
