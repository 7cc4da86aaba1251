package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import java.io.IOException;

/** What the simulated chip runs when it boots from flash (BOOT0 low, or Go): Device OS, or nothing. */
public interface Firmware {
    /** Firmware that does nothing visible; the chip idles until the next reset. */
    Firmware IDLE = (chip, log, cpu) -> { };

    /**
     * Runs after a boot from flash; returning means the firmware idles until the next reset.
     *
     * @param chip the memory it boots from
     * @param log  the UART its log goes to
     * @param cpu  sleeping and reset checks; a reset unwinds this call
     */
    void boot(Stm32F205 chip, ByteLink log, Cpu cpu) throws IOException;
}
