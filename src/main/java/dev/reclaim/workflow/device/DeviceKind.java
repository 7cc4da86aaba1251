package dev.reclaim.workflow.device;

import java.io.IOException;
import java.util.List;

/**
 * One way Reclaim reaches a device, named in a spec as {@code PREFIX[:ARGUMENT]}. A kind knows everything about
 * itself — its words for help texts, its argument, its candidates, how to connect — so adding a kind is its own
 * class plus one line in {@link DeviceKinds}.
 */
public interface DeviceKind {
    /** The word before the colon: "sim", "bootloader". */
    String prefix();

    /** The accepted form for help texts: "sim[:SCENARIO]", "bootloader:PORT". */
    String form();

    /** One line for help texts: "the simulated P1 in-process, through its UART bootloader". */
    String summary();

    /** How the device is reached, as a choice in the device panel: "UART bootloader", "ST-Link", "Log output". */
    String accessLabel();

    /** What the kind plugs into, which decides where the device panel lists it. */
    Attachment attachment();

    /**
     * Checks the part after the colon ("" when there is none) and returns it in its canonical form (a default
     * filled in, a name trimmed).
     *
     * @throws IllegalArgumentException saying what is wrong and what would be right
     */
    String argument(String text);

    /** "simulated P1 (keys-rejected)", "UART bootloader on /dev/ttyUSB0". */
    String describe(String argument);

    /** What can be named after the colon now: scenarios, serial ports, plugged-in probes. May take a while. */
    List<Candidate> candidates() throws IOException;

    /** True when the kind can read and write the device's flash. */
    boolean reachesFlash();

    /** True when the kind hears the device's log. */
    boolean reachesLog();

    /**
     * True when flash is reached through a debug probe on the SWD pads, not over the wire the device's log is on:
     * after its reset a board can stay powered on its fixture while the probe works on the next one.
     */
    default boolean flashThroughProbe() {
        return takesStLinkSettings();
    }

    /** Whether {@link StLinkSettings} (attach under reset, SWD clock) mean anything for this kind. */
    default boolean takesStLinkSettings() {
        return false;
    }

    /**
     * Connects for a session; a simulator is powered on here and kept running until the connection is closed.
     *
     * @throws IOException when the device cannot be reached (the message says what to check)
     */
    Connection open(String argument, DeviceOptions options) throws IOException;

    /**
     * What tells that a target is attached, when this kind has something cheaper than asking the device who it is
     * (an ST-Link measures the target voltage); empty: a station asks each candidate for its device ID.
     */
    default java.util.Optional<AttachSense> attachSense(String argument) {
        return java.util.Optional.empty();
    }

    /** A checked spec of this kind. */
    default DeviceSpec spec(String argument) {
        return new DeviceSpec(this, argument(argument == null ? "" : argument));
    }
}
