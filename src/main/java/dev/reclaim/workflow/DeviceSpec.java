package dev.reclaim.workflow;

import java.util.Locale;

/**
 * Which device to work on, as the CLI's {@code --via} and the GUI's {@code --device} name it:
 * {@code sim[:SCENARIO]}, {@code bootloader:PORT}, {@code stlink[:SERIAL]}, {@code sim-stlink[:SCENARIO]},
 * {@code serial:PORT} (log only).
 */
public record DeviceSpec(Kind kind, String argument) {
    public static final String DEFAULT_SCENARIO = "keys-rejected";

    public enum Kind {
        SIM("sim"), BOOTLOADER("bootloader"), STLINK("stlink"), SIM_STLINK("sim-stlink"), SERIAL("serial");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** Parses a spec; the exception message lists the accepted forms. */
    public static DeviceSpec parse(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        String head = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
        String arg = colon < 0 ? "" : t.substring(colon + 1).trim();
        for (Kind k : Kind.values()) {
            if (k.prefix.equals(head)) {
                boolean needsArgument = k == Kind.BOOTLOADER || k == Kind.SERIAL;
                if (needsArgument && arg.isEmpty()) {
                    throw new IllegalArgumentException("'" + text + "' names no port: write " + k.prefix
                            + ":PORT, e.g. " + k.prefix + ":/dev/ttyUSB0 or " + k.prefix + ":COM3.");
                }
                if ((k == Kind.SIM || k == Kind.SIM_STLINK) && arg.isEmpty()) {
                    arg = DEFAULT_SCENARIO;
                }
                return new DeviceSpec(k, arg);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a device: use sim[:SCENARIO], bootloader:PORT,"
                + " stlink[:SERIAL] or sim-stlink[:SCENARIO].");
    }

    @Override
    public String toString() {
        return argument.isEmpty() ? kind.prefix : kind.prefix + ":" + argument;
    }
}
