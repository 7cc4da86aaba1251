package dev.reclaim.flash.stlink;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status byte that starts most ST-Link replies (OpenOCD {@code stlink_usb.c}, stlink-org {@code stlink.h}), each
 * with the words a technician needs: what went wrong on the wire and what to check.
 */
public enum StLinkStatus {
    OK(0x80, "ok"),
    FAULT(0x81, "the probe reported a fault"),
    JTAG_GET_IDCODE_ERROR(0x09, "no target answered on SWD: check SWDIO (D7), SWCLK (D6), GND and that the P1 is"
            + " powered"),
    JTAG_WRITE_ERROR(0x0C, "the probe could not write over SWD"),
    /** OpenOCD treats this one as success; so do we (see {@link #isSuccess()}). */
    JTAG_WRITE_VERIF_ERROR(0x0D, "the probe could not verify a write"),
    SWD_AP_WAIT(0x10, "the target's memory bus stayed busy (AP WAIT)"),
    SWD_AP_FAULT(0x11, "the memory access faulted (address not mapped, or flash read-protected)"),
    SWD_AP_ERROR(0x12, "access port error"),
    SWD_AP_PARITY_ERROR(0x13, "parity error on SWD (noisy wiring: shorten the wires or lower the SWD clock)"),
    SWD_DP_WAIT(0x14, "the target's debug port stayed busy (DP WAIT)"),
    SWD_DP_FAULT(0x15, "debug port fault"),
    SWD_DP_ERROR(0x16, "debug port error (is the target powered and wired?)"),
    SWD_DP_PARITY_ERROR(0x17, "parity error on SWD (noisy wiring: shorten the wires or lower the SWD clock)"),
    SWD_AP_WDATA_ERROR(0x18, "write data error on the access port"),
    SWD_AP_STICKY_ERROR(0x19, "sticky error on the access port (a previous access failed)"),
    SWD_AP_STICKYORUN_ERROR(0x1A, "overrun on the access port"),
    BAD_AP_ERROR(0x1D, "no such access port");

    private final int code;
    private final String meaning;

    StLinkStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Worth repeating after a pause: the target was busy, not broken. */
    public boolean isWait() {
        return this == SWD_AP_WAIT || this == SWD_DP_WAIT;
    }

    public boolean isSuccess() {
        return this == OK || this == JTAG_WRITE_VERIF_ERROR;
    }

    /** The status for a byte, or a description of an unknown byte. */
    public static String describe(int code) {
        return of(code).map(s -> s.meaning + String.format(" (status 0x%02X)", s.code))
                .orElse(String.format("unknown ST-Link status 0x%02X", code & 0xFF));
    }

    public static Optional<StLinkStatus> of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == (code & 0xFF)).findFirst();
    }
}
