package dev.reclaim.flash.stlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The probe's firmware version as GET_VERSION (0xF1) or, on V3, GET_VERSION_APIV3 (0xFB) reports it, and the
 * features that depend on it (OpenOCD {@code stlink_usb_version}: J13 voltage, J15 GETLASTRWSTATUS2, J22 SWD clock;
 * V3 has all, and 512-byte 8-bit transfers from J6).
 *
 * @param major  ST-Link major version: 2 for V2/V2-1, 3 for V3
 * @param jtag   the JTAG/SWD firmware number (the "J" in V2J28S7)
 * @param swim   SWIM firmware (V2 and V3), 0 when absent
 * @param msd    mass-storage firmware (V2-1 and V3), 0 when absent
 * @param vendorId   USB VID the probe reports
 * @param productId  USB PID the probe reports
 */
public record StLinkVersion(int major, int jtag, int swim, int msd, int vendorId, int productId) {

    private static final int PID_V2 = 0x3748;

    /**
     * Decodes the 6-byte GET_VERSION reply: bytes 0–1 big-endian {@code major[15:12] jtag[11:6] low[5:0]}, where
     * the low field is SWIM on a plain V2 and mass storage on a V2-1; then VID and PID little-endian.
     */
    public static StLinkVersion fromGetVersion(byte[] reply) {
        int bits = (reply[0] & 0xFF) << 8 | reply[1] & 0xFF;
        ByteBuffer b = ByteBuffer.wrap(reply, 2, 4).order(ByteOrder.LITTLE_ENDIAN);
        int vid = b.getShort() & 0xFFFF;
        int pid = b.getShort() & 0xFFFF;
        int low = bits & 0x3F;
        boolean plainV2 = pid == PID_V2;
        return new StLinkVersion(bits >> 12 & 0xF, bits >> 6 & 0x3F, plainV2 ? low : 0, plainV2 ? 0 : low, vid, pid);
    }

    /** Decodes the 12-byte GET_VERSION_APIV3 reply: major, SWIM, JTAG, MSD, bridge, …, VID @8, PID @10. */
    public static StLinkVersion fromGetVersionApiV3(byte[] reply) {
        ByteBuffer b = ByteBuffer.wrap(reply).order(ByteOrder.LITTLE_ENDIAN);
        return new StLinkVersion(reply[0] & 0xFF, reply[2] & 0xFF, reply[1] & 0xFF, reply[3] & 0xFF,
                b.getShort(8) & 0xFFFF, b.getShort(10) & 0xFFFF);
    }

    /** A V3 answers GET_VERSION with its major version and zeros, meaning "ask with 0xFB". */
    public boolean needsApiV3Query() {
        return major >= 3 && jtag == 0;
    }

    public boolean isV3() {
        return major >= 3;
    }

    public boolean hasTargetVoltage() {
        return isV3() || jtag >= 13;
    }

    public boolean hasRwStatus2() {
        return isV3() || jtag >= 15;
    }

    /** V2 sets the SWD clock with a divisor (J22+); V3 with a frequency. */
    public boolean hasSwdDivisor() {
        return !isV3() && jtag >= 22;
    }

    /** The largest 8-bit memory transfer: 64 bytes, or 512 on V3 from J6. */
    public int maxByteTransfer() {
        return isV3() && jtag >= 6 ? 512 : 64;
    }

    /** The form ST prints: V2J28S7, V2J37M26, V3J7M2. */
    @Override
    public String toString() {
        return "V" + major + "J" + jtag + (swim > 0 ? "S" + swim : "") + (msd > 0 ? "M" + msd : "");
    }
}
