package dev.reclaim.sim;

import java.time.Duration;

/** What code running on the simulated CPU (bootloader, firmware) can ask of the board it runs on. */
interface Cpu {

    /** Throws {@link ResetSignal} if the chip was reset since this code started; called between steps. */
    void checkNotReset();

    /** Busy time (an erase, a delay in the firmware); cut short by a reset. */
    void sleep(Duration duration);

    /** A software reset (after an option-byte change): restarts per BOOT0. Returns the signal to throw. */
    ResetSignal systemReset();

    /** Leaves the bootloader for the application in flash (the Go command). Returns the signal to throw. */
    ResetSignal jumpToFirmware();

    /** Unwinds the code running on the CPU when the chip resets or jumps. */
    final class ResetSignal extends RuntimeException {
        ResetSignal() {
            super(null, null, false, false);
        }
    }
}
