package dev.reclaim.flash.bootloader;

import dev.reclaim.link.ByteLink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to put a device into its bootloader and back by wiggling the adapter's modem lines, written in stm32flash's
 * {@code -i} notation so that a fixture's known string can be pasted: {@code entry[:exit]}, each a list of signals
 * ({@code rts}, {@code dtr}, {@code brk} or a host GPIO number; a leading {@code -} de-asserts) separated by
 * {@code &} (no delay) or {@code ,} (100 ms; repeat for longer). "Asserted" is the UART's logical state, which on
 * most adapters is the electrically low level. Example for RTS→BOOT0 and DTR→NRST through inverting transistors:
 * {@code rts&dtr,-dtr:-rts&dtr,-dtr}.
 */
public record ModemLineSequence(List<Action> entry, List<Action> exit) {
    public static final int DELAY_MILLIS = 100;
    public static final ModemLineSequence NONE = new ModemLineSequence(List.of(), List.of());

    public enum Signal { RTS, DTR, BRK, GPIO }

    /** One element of a sequence. */
    public sealed interface Action permits Drive, Pause {
    }

    /** Sets a signal; {@code gpio} is the host GPIO number when the signal is {@link Signal#GPIO}. */
    public record Drive(Signal signal, int gpio, boolean asserted) implements Action {
        @Override
        public String toString() {
            String name = signal == Signal.GPIO ? Integer.toString(gpio) : signal.name().toLowerCase(Locale.ROOT);
            return (asserted ? "" : "-") + name;
        }
    }

    /** Waits before the next action. */
    public record Pause(int millis) implements Action {
    }

    public ModemLineSequence {
        entry = List.copyOf(entry);
        exit = List.copyOf(exit);
    }

    /** Parses the notation; the message of the exception says what is wrong and shows a valid example. */
    public static ModemLineSequence parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException(bad(text, "more than one ':' (it separates entry from exit)"));
        }
        return new ModemLineSequence(parseList(text, parts[0]), parts.length == 2 ? parseList(text, parts[1]) : List.of());
    }

    private static List<Action> parseList(String whole, String list) {
        List<Action> actions = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : '&';
            if (c == '&' || c == ',') {
                addDrive(whole, token.toString().trim(), actions);
                token.setLength(0);
                if (c == ',' && i < list.length()) {
                    actions.add(new Pause(DELAY_MILLIS));
                }
            } else {
                token.append(c);
            }
        }
        return actions;
    }

    private static void addDrive(String whole, String token, List<Action> actions) {
        if (token.isEmpty()) {
            return;
        }
        boolean asserted = !token.startsWith("-");
        String name = (asserted ? token : token.substring(1)).toLowerCase(Locale.ROOT);
        Drive drive;
        switch (name) {
            case "rts" -> drive = new Drive(Signal.RTS, -1, asserted);
            case "dtr" -> drive = new Drive(Signal.DTR, -1, asserted);
            case "brk" -> drive = new Drive(Signal.BRK, -1, asserted);
            default -> {
                if (!name.matches("\\d{1,4}")) {
                    throw new IllegalArgumentException(bad(whole, "'" + token + "' is not rts, dtr, brk or a GPIO number"));
                }
                drive = new Drive(Signal.GPIO, Integer.parseInt(name), asserted);
            }
        }
        // stm32flash ignores "-brk": a break is a pulse, there is nothing to de-assert.
        if (!(drive.signal() == Signal.BRK && !asserted)) {
            actions.add(drive);
        }
    }

    private static String bad(String text, String why) {
        return "Bad line sequence '" + text + "': " + why
                + ". Use stm32flash's -i notation, e.g. 'rts&dtr,-dtr:-rts&dtr,-dtr'.";
    }

    /** Whether closing the port drives lines that leave the bootloader. */
    public boolean hasExit() {
        return !exit.isEmpty();
    }

    public boolean isEmpty() {
        return entry.isEmpty() && exit.isEmpty();
    }

    /** Fails early, with the fix, for the parts of the notation Reclaim cannot drive (host GPIOs, BREAK). */
    public void requireModemLinesOnly() {
        for (List<Action> list : List.of(entry, exit)) {
            for (Action a : list) {
                if (a instanceof Drive d && (d.signal() == Signal.GPIO || d.signal() == Signal.BRK)) {
                    throw new IllegalArgumentException("The line sequence uses '" + d + "': Reclaim drives only the"
                            + " adapter's RTS and DTR lines. Wire BOOT0 and NRST to RTS and DTR (see the README).");
                }
            }
        }
    }

    public void runEntry(ByteLink link) throws IOException {
        run(entry, link);
    }

    public void runExit(ByteLink link) throws IOException {
        run(exit, link);
    }

    private static void run(List<Action> actions, ByteLink link) throws IOException {
        for (Action a : actions) {
            if (a instanceof Pause p) {
                sleep(p.millis());
            } else if (a instanceof Drive d) {
                boolean ok = switch (d.signal()) {
                    case RTS -> link.setRts(d.asserted());
                    case DTR -> link.setDtr(d.asserted());
                    default -> false;
                };
                if (!ok) {
                    throw new IOException("Cannot drive " + d.signal() + " on " + link.name() + ": this port has no"
                            + " such modem line (a pseudo-terminal has none). Set BOOT0 and reset the device by"
                            + " hand and leave out the line sequence.");
                }
            }
        }
    }

    private static void sleep(int millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted during the line sequence");
        }
    }

    @Override
    public String toString() {
        return render(entry) + (exit.isEmpty() ? "" : ":" + render(exit));
    }

    private static String render(List<Action> actions) {
        StringBuilder sb = new StringBuilder();
        boolean needSeparator = false;
        for (Action a : actions) {
            if (a instanceof Pause) {
                sb.append(',');
                needSeparator = false;
            } else {
                if (needSeparator) {
                    sb.append('&');
                }
                sb.append(a);
                needSeparator = true;
            }
        }
        return sb.toString();
    }
}
