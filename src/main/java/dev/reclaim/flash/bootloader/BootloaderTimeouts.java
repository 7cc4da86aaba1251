package dev.reclaim.flash.bootloader;

/**
 * How long the client waits for each kind of bootloader answer, and how often it retries. Waits that carry data grow
 * with the wire time at the line's byte rate, so a slow baud rate does not turn into false timeouts.
 *
 * @param ackMillis          an ACK/NACK to a command or address (stm32flash: 1 s for a block write)
 * @param syncMillis         the answer to 0x7F; a bootloader synchronised by an earlier session gives none, and
 *                           only this wait tells us so before the second 0x7F
 * @param eraseSectorMillis  per sector erased: the datasheet's worst case is 4 s (128 KiB, x8); stm32flash allows 5 s
 * @param retries            extra attempts after a lost sync (timeout or garbage); a NACK to a command is final
 * @param bytesPerSecond     the line's byte rate, for wire time
 */
public record BootloaderTimeouts(int ackMillis, int syncMillis, int eraseSectorMillis, int retries, double bytesPerSecond) {
    public static BootloaderTimeouts forByteRate(double bytesPerSecond) {
        return new BootloaderTimeouts(1000, 300, 5000, 2, bytesPerSecond);
    }

    /** ACK wait after sending {@code bytes}, plus their wire time twice over for slack. */
    public int afterSending(int bytes) {
        return ackMillis + wireMillis(bytes);
    }

    public int wireMillis(int bytes) {
        return (int) Math.ceil(2000.0 * bytes / bytesPerSecond);
    }
}
