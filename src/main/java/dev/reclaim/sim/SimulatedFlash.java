package dev.reclaim.sim;

import dev.reclaim.flash.FlashSector;
import dev.reclaim.flash.Stm32F2;
import java.util.Arrays;

/**
 * The 1 MiB flash of an STM32F205 with its real rules: programming can only clear bits (new = old AND data), only
 * an erase sets a whole sector back to 0xFF, and a write-protected sector refuses both (the flash controller's
 * WRPERR). It counts erases per sector so tests can prove which sectors were touched.
 */
public final class SimulatedFlash {
    private final byte[] bytes = new byte[Stm32F2.FLASH_SIZE];
    private final int[] eraseCounts = new int[Stm32F2.sectors().size()];
    private final OptionBytes options;

    public SimulatedFlash(OptionBytes options) {
        this.options = options;
        Arrays.fill(bytes, (byte) 0xFF);
    }

    public synchronized byte[] read(long address, int length) {
        int offset = offset(address, length);
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /**
     * Programs {@code data} at {@code address}: each byte becomes old AND new.
     *
     * @return false, changing nothing, when the range touches a write-protected sector
     */
    public synchronized boolean program(long address, byte[] data) {
        int offset = offset(address, data.length);
        for (FlashSector s : Stm32F2.sectorsCovering(address, data.length)) {
            if (options.isWriteProtected(s.index())) {
                return false;
            }
        }
        for (int i = 0; i < data.length; i++) {
            bytes[offset + i] &= data[i];
        }
        return true;
    }

    /** @return false, changing nothing, when the sector is write-protected */
    public synchronized boolean erase(int sector) {
        if (options.isWriteProtected(sector)) {
            return false;
        }
        FlashSector s = Stm32F2.sector(sector);
        int offset = offset(s.address(), s.size());
        Arrays.fill(bytes, offset, offset + s.size(), (byte) 0xFF);
        eraseCounts[sector]++;
        return true;
    }

    /** The mass erase that removing read protection performs: every sector, protected or not. */
    public synchronized void eraseAllForRdpRegression() {
        Arrays.fill(bytes, (byte) 0xFF);
        for (int i = 0; i < eraseCounts.length; i++) {
            eraseCounts[i]++;
        }
    }

    /** Factory programming for building a scenario: stores bytes as they are, ignoring the flash rules. */
    public synchronized void load(long address, byte[] data) {
        System.arraycopy(data, 0, bytes, offset(address, data.length), data.length);
    }

    public synchronized int eraseCount(int sector) {
        return eraseCounts[sector];
    }

    public synchronized byte[] snapshot() {
        return bytes.clone();
    }

    private static int offset(long address, int length) {
        if (!Stm32F2.inFlash(address, length)) {
            throw new IllegalArgumentException(String.format("0x%08X+%d is outside the flash", address, length));
        }
        return (int) (address - Stm32F2.FLASH_BASE);
    }
}
