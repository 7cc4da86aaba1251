package dev.reclaim.sim;

import dev.reclaim.flash.ReadProtection;
import dev.reclaim.flash.Stm32F2;
import java.util.Arrays;
import java.util.Optional;

/**
 * The memory of a simulated STM32F205RG as a bus master sees it: flash, the system-memory area (bootloader code,
 * OTP, the 96-bit UID at 0x1FFF7A10 and the flash-size register at 0x1FFF7A22), the option bytes and SRAM.
 */
public final class Stm32F205 {
    /** DBGMCU_IDCODE: REV_ID 0x2001 (revision Y), DEV_ID 0x411. */
    public static final int DBGMCU_IDCODE = 0x2001_0411;
    /** Where the bootloader keeps its own version byte (AN2606). */
    static final long BOOTLOADER_ID_ADDRESS = 0x1FFF_77DEL;
    /** The system area ends after the 256-byte page that holds the UID and the flash-size register. */
    private static final long SYSTEM_AREA_END = Stm32F2.ID_PAGE + Stm32F2.ID_PAGE_LENGTH;

    /** Which part of the memory map an access falls in. */
    public enum Region { FLASH, SYSTEM, OPTION_BYTES, SRAM }

    private final OptionBytes options = new OptionBytes();
    private final SimulatedFlash flash = new SimulatedFlash(options);
    private final byte[] system = new byte[(int) (SYSTEM_AREA_END - Stm32F2.SYSTEM_MEMORY)];
    private final byte[] sram = new byte[Stm32F2.SRAM_SIZE];
    private final byte[] uid;

    public Stm32F205(byte[] uid, int bootloaderVersion) {
        if (uid.length != Stm32F2.UID_LENGTH) {
            throw new IllegalArgumentException("a UID is 12 bytes");
        }
        this.uid = uid.clone();
        Arrays.fill(system, (int) (Stm32F2.OTP_AREA - Stm32F2.SYSTEM_MEMORY), system.length, (byte) 0xFF);
        system[(int) (BOOTLOADER_ID_ADDRESS - Stm32F2.SYSTEM_MEMORY)] = (byte) bootloaderVersion;
        System.arraycopy(uid, 0, system, (int) (Stm32F2.UID_ADDRESS - Stm32F2.SYSTEM_MEMORY), uid.length);
        int sizeAt = (int) (Stm32F2.FLASH_SIZE_ADDRESS - Stm32F2.SYSTEM_MEMORY);
        int kib = Stm32F2.FLASH_SIZE / 1024;
        system[sizeAt] = (byte) kib;
        system[sizeAt + 1] = (byte) (kib >> 8);
    }

    public SimulatedFlash flash() {
        return flash;
    }

    public OptionBytes options() {
        return options;
    }

    public ReadProtection readProtection() {
        return options.readProtection();
    }

    public byte[] uid() {
        return uid.clone();
    }

    public String deviceId() {
        return Stm32F2.deviceId(uid);
    }

    /** The region that holds all of {@code [address, address+length)}, if one does. */
    public Optional<Region> region(long address, int length) {
        long end = address + length;
        if (Stm32F2.inFlash(address, length)) {
            return Optional.of(Region.FLASH);
        }
        if (address >= Stm32F2.SYSTEM_MEMORY && end <= SYSTEM_AREA_END) {
            return Optional.of(Region.SYSTEM);
        }
        if (address >= Stm32F2.OPTION_BYTES && end <= Stm32F2.OPTION_BYTES + Stm32F2.OPTION_BYTES_LENGTH) {
            return Optional.of(Region.OPTION_BYTES);
        }
        if (address >= Stm32F2.SRAM_BASE && end <= Stm32F2.SRAM_BASE + Stm32F2.SRAM_SIZE) {
            return Optional.of(Region.SRAM);
        }
        return Optional.empty();
    }

    public byte[] read(long address, int length) {
        Region r = region(address, length).orElseThrow(() -> new IllegalArgumentException(
                String.format("nothing mapped at 0x%08X+%d", address, length)));
        return switch (r) {
            case FLASH -> flash.read(address, length);
            case SYSTEM -> slice(system, address - Stm32F2.SYSTEM_MEMORY, length);
            case OPTION_BYTES -> slice(options.image(), address - Stm32F2.OPTION_BYTES, length);
            case SRAM -> readSram(address, length);
        };
    }

    private synchronized byte[] readSram(long address, int length) {
        return slice(sram, address - Stm32F2.SRAM_BASE, length);
    }

    synchronized void writeSram(long address, byte[] data) {
        System.arraycopy(data, 0, sram, (int) (address - Stm32F2.SRAM_BASE), data.length);
    }

    private static byte[] slice(byte[] from, long offset, int length) {
        return Arrays.copyOfRange(from, (int) offset, (int) offset + length);
    }
}
