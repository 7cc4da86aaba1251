package dev.reclaim.ui.device;

/** An entry of the device panel: the built-in simulated P1, or a serial port. */
public sealed interface DeviceChoice {
    /** The title line of the entry. */
    String title();

    /** The second line: description, USB IDs. */
    String subtitle();

    /** The built-in simulated P1; its scenario is chosen beside the list. */
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

    /** An ST-Link probe on the SWD pads: reads and writes the DCT with the firmware halted. */
    record Probe(dev.reclaim.link.StLinkProbe probe) implements DeviceChoice {
        @Override
        public String title() {
            return probe.product().displayName();
        }

        @Override
        public String subtitle() {
            return probe.serial().orElse("serial unreadable") + probe.problem().map(p -> " · " + p).orElse("");
        }

        /** "stlink:SERIAL", or "stlink" when the serial cannot be read (the only probe is used). */
        public String spec() {
            return probe.serial().map(s -> "stlink:" + s).orElse("stlink");
        }
    }

    /** A serial port: a USB-serial adapter wired to the module's UART (log output or system bootloader). */
    record Port(PortInfo port) implements DeviceChoice {
        @Override
        public String title() {
            return port.systemName();
        }

        @Override
        public String subtitle() {
            String usb = port.usbId();
            String d = port.description() == null ? "" : port.description();
            return usb.isEmpty() ? d : d.isEmpty() ? usb : d + " · " + usb;
        }
    }
}
