package dev.reclaim.flash;

/** One erase unit of the STM32F2 flash: its number (as the bootloader and FLASH_CR.SNB name it), start and size. */
public record FlashSector(int index, long address, int size) {

    public long end() {
        return address + size;
    }

    @Override
    public String toString() {
        return String.format("sector %d (0x%08X, %d KiB)", index, address, size / 1024);
    }
}
