package dev.reclaim.workflow.device;

import java.util.List;

/** A kind on a serial port: its argument is the port, its candidates the ports there are. */
abstract class SerialPortKind extends KindFacts {
    SerialPortKind(String prefix, String summary, String accessLabel, Reaches reaches) {
        super(prefix, prefix + ":PORT", summary, accessLabel, Attachment.SERIAL_PORT, reaches);
    }

    @Override
    public final String argument(String text) {
        return SerialPorts.required(prefix(), text);
    }

    @Override
    public final List<Candidate> candidates() {
        return SerialPorts.list();
    }
}
