package dev.reclaim.firmware;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A Device OS module header, {@code module_info_t} of device-os {@code dynalib/inc/module_info.h} (24 bytes,
 * little-endian, offsets fixed by its STATIC_ASSERTs, the same from v0.4.9 to v2.3.1):
 * <pre>
 *  0 module_start_address u32   4 module_end_address u32 (exclusive; the CRC follows)
 *  8 reserved u8                9 flags u8               10 module_version u16
 * 12 platform_id u16           14 module_function u8    15 module_index u8
 * 16 dependency  (function u8, index u8, version u16)
 * 20 dependency2 (function u8, index u8, version u16)
 * </pre>
 *
 * @param headerAddress where the header was read (the slot's start, or 0x184 after it)
 */
public record ModuleInfo(long headerAddress, long startAddress, long endAddress, int flags, int version,
                         int platformId, ModuleFunction function, int index, ModuleDependency dependency,
                         ModuleDependency dependency2) {
    public static final int SIZE = 24;

    /** Decodes the 24 bytes at {@code offset}; never throws on garbage (that is judged by {@link ModuleSlot}). */
    public static ModuleInfo parse(byte[] bytes, int offset, long headerAddress) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        return new ModuleInfo(headerAddress, Integer.toUnsignedLong(b.getInt(0)), Integer.toUnsignedLong(b.getInt(4)),
                b.get(9) & 0xFF, b.getShort(10) & 0xFFFF, b.getShort(12) & 0xFFFF,
                ModuleFunction.of(b.get(14) & 0xFF), b.get(15) & 0xFF, dependency(b, 16), dependency(b, 20));
    }

    /** The 24 bytes, as the firmware's linker places them (the simulator writes these). */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt((int) startAddress).putInt((int) endAddress).put((byte) 0).put((byte) flags)
                .putShort((short) version).putShort((short) platformId).put((byte) function.code())
                .put((byte) index);
        put(b, dependency);
        put(b, dependency2);
        return b.array();
    }

    private static ModuleDependency dependency(ByteBuffer b, int at) {
        ModuleFunction f = ModuleFunction.of(b.get(at) & 0xFF);
        return new ModuleDependency(f, b.get(at + 1) & 0xFF, b.getShort(at + 2) & 0xFFFF);
    }

    private static void put(ByteBuffer b, ModuleDependency d) {
        b.put((byte) d.function().code()).put((byte) d.index()).putShort((short) d.version());
    }
}
