package dev.reclaim.flash;

import java.io.IOException;

/**
 * Reads and writes an STM32's address space as a debugger does: single 32-bit registers, and blocks of memory with
 * a chosen access width (flash programming needs the width to match the flash controller's PSIZE). The ST-Link
 * provides it over SWD; {@link Stm32F2Flash} programs flash through it.
 */
public interface MemoryAccess {

    /** One aligned 32-bit read (a peripheral register, a debug register, a flash word). */
    int readWord(long address) throws IOException;

    /** One aligned 32-bit write. */
    void writeWord(long address, int value) throws IOException;

    /** Reads any range; the implementation chooses access widths the bus allows. */
    byte[] read(long address, int length) throws IOException;

    /** Writes with 32-bit accesses only; address and length must be multiples of 4. */
    void writeWords(long address, byte[] data) throws IOException;

    /** Writes with 8-bit accesses only. */
    void writeBytes(long address, byte[] data) throws IOException;
}
