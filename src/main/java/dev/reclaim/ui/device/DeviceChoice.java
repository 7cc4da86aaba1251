package dev.reclaim.ui.device;

import dev.reclaim.workflow.device.Candidate;
import dev.reclaim.workflow.device.DeviceKind;

/** An entry of the device panel: the built-in simulated P1, an ST-Link probe, or a serial port. */
public sealed interface DeviceChoice {
    /** The title line of the entry. */
    String title();

    /** The second line: description, USB IDs. */
    String subtitle();

    /** The built-in simulated P1; its scenario and how it is reached are chosen beside the list. */
    record Simulated() implements DeviceChoice {
        @Override
        public String title() {
            return "Simulated P1";
        }

        @Override
        public String subtitle() {
            return "built in · no hardware needed";
        }
    }

    /** A probe on the SWD pads (of the kind that listed it): reads and writes the DCT with the firmware halted. */
    record Probe(DeviceKind kind, Candidate probe) implements DeviceChoice {
        @Override
        public String title() {
            return probe.title();
        }

        @Override
        public String subtitle() {
            return probe.subtitle();
        }
    }

    /** A serial port: a USB-serial adapter wired to the module's UART; what it is wired to is chosen beside it. */
    record Port(Candidate port) implements DeviceChoice {
        public String path() {
            return port.argument();
        }

        @Override
        public String title() {
            return port.title();
        }

        @Override
        public String subtitle() {
            return port.subtitle();
        }
    }
}
