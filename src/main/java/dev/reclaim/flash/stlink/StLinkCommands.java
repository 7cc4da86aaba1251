package dev.reclaim.flash.stlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 16-byte command frames of the ST-Link V2/V3 USB protocol (API v2/v3), byte-exact to the reference tables:
 * byte 0 the command, byte 1 the DEBUG sub-command, then little-endian fields, zero padded to 16 bytes.
 * The simulated probe decodes with the same opcode names, so these constants are the protocol's single definition.
 */
public final class StLinkCommands {
    public static final int FRAME_SIZE = 16;

    public static final int GET_VERSION = 0xF1;
    public static final int DEBUG = 0xF2;
    public static final int DFU = 0xF3;
    public static final int SWIM = 0xF4;
    public static final int GET_CURRENT_MODE = 0xF5;
    public static final int GET_TARGET_VOLTAGE = 0xF7;
    public static final int GET_VERSION_APIV3 = 0xFB;

    public static final int DFU_EXIT = 0x07;
    public static final int SWIM_EXIT = 0x01;

    public static final int DEBUG_READMEM_32BIT = 0x07;
    public static final int DEBUG_WRITEMEM_32BIT = 0x08;
    public static final int DEBUG_READMEM_8BIT = 0x0C;
    public static final int DEBUG_WRITEMEM_8BIT = 0x0D;
    public static final int DEBUG_EXIT = 0x21;
    public static final int DEBUG_APIV2_ENTER = 0x30;
    public static final int DEBUG_ENTER_SWD = 0xA3;
    public static final int DEBUG_APIV2_READ_IDCODES = 0x31;
    public static final int DEBUG_APIV2_WRITEDEBUGREG = 0x35;
    public static final int DEBUG_APIV2_READDEBUGREG = 0x36;
    public static final int DEBUG_APIV2_GETLASTRWSTATUS = 0x3B;
    public static final int DEBUG_APIV2_GETLASTRWSTATUS2 = 0x3E;
    public static final int DEBUG_APIV2_DRIVE_NRST = 0x3C;
    public static final int DEBUG_APIV2_SWD_SET_FREQ = 0x43;
    public static final int DEBUG_APIV3_SET_COM_FREQ = 0x61;
    public static final int DEBUG_APIV3_GET_COM_FREQ = 0x62;

    /** Reply sizes the protocol fixes per command. */
    public static final int VERSION_REPLY = 6;
    public static final int VERSION_APIV3_REPLY = 12;
    public static final int MODE_REPLY = 2;
    public static final int VOLTAGE_REPLY = 8;
    public static final int STATUS_REPLY = 2;
    public static final int IDCODES_REPLY = 12;
    public static final int DEBUGREG_REPLY = 8;
    public static final int RWSTATUS2_REPLY = 12;
    public static final int GET_COM_FREQ_REPLY = 52;
    public static final int SET_COM_FREQ_REPLY = 8;

    private StLinkCommands() {
    }

    public static byte[] getVersion() {
        return frame(GET_VERSION).array();
    }

    public static byte[] getVersionApiV3() {
        return frame(GET_VERSION_APIV3).array();
    }

    public static byte[] getCurrentMode() {
        return frame(GET_CURRENT_MODE).array();
    }

    public static byte[] getTargetVoltage() {
        return frame(GET_TARGET_VOLTAGE).array();
    }

    /** {@code F3 07}; the probe sends no reply. */
    public static byte[] dfuExit() {
        return frame(DFU, DFU_EXIT).array();
    }

    /** {@code F4 01}: leave SWIM (STM8) mode; the probe sends no reply (OpenOCD {@code stlink_usb_mode_leave}). */
    public static byte[] swimExit() {
        return frame(SWIM, SWIM_EXIT).array();
    }

    /** {@code F2 21}; the probe sends no reply. */
    public static byte[] debugExit() {
        return debug(DEBUG_EXIT).array();
    }

    /** {@code F2 30 A3}: enter SWD without reset. */
    public static byte[] enterSwd() {
        return debug(DEBUG_APIV2_ENTER).put((byte) DEBUG_ENTER_SWD).array();
    }

    public static byte[] readIdCodes() {
        return debug(DEBUG_APIV2_READ_IDCODES).array();
    }

    /** {@code F2 36 addr32}: one 32-bit read at any address, status in the reply. */
    public static byte[] readDebugReg(long address) {
        return debug(DEBUG_APIV2_READDEBUGREG).putInt((int) address).array();
    }

    /** {@code F2 35 addr32 val32}: one 32-bit write at any address, status in the reply. */
    public static byte[] writeDebugReg(long address, int value) {
        return debug(DEBUG_APIV2_WRITEDEBUGREG).putInt((int) address).putInt(value).array();
    }

    /** {@code F2 07 addr32 len16}; ap and CSW bytes left 0 (default AP, default CSW). */
    public static byte[] readMem32(long address, int length) {
        return memory(DEBUG_READMEM_32BIT, address, length);
    }

    public static byte[] writeMem32(long address, int length) {
        return memory(DEBUG_WRITEMEM_32BIT, address, length);
    }

    public static byte[] readMem8(long address, int length) {
        return memory(DEBUG_READMEM_8BIT, address, length);
    }

    public static byte[] writeMem8(long address, int length) {
        return memory(DEBUG_WRITEMEM_8BIT, address, length);
    }

    public static byte[] getLastRwStatus() {
        return debug(DEBUG_APIV2_GETLASTRWSTATUS).array();
    }

    public static byte[] getLastRwStatus2() {
        return debug(DEBUG_APIV2_GETLASTRWSTATUS2).array();
    }

    /** {@code F2 3C v}: drive the target's NRST line, v = 0 low (held in reset), 1 high (released). */
    public static byte[] driveNrst(boolean low) {
        return debug(DEBUG_APIV2_DRIVE_NRST).put((byte) (low ? 0 : 1)).array();
    }

    /** {@code F2 43 div16}: V2 (J22+) SWD clock divisor. */
    public static byte[] swdSetFreq(int divisor) {
        return debug(DEBUG_APIV2_SWD_SET_FREQ).putShort((short) divisor).array();
    }

    /** {@code F2 62 00}: the V3 list of SWD frequencies. */
    public static byte[] getComFreq() {
        return debug(DEBUG_APIV3_GET_COM_FREQ).put((byte) 0).array();
    }

    /** {@code F2 61 00 00 kHz32}: set the V3 SWD frequency. */
    public static byte[] setComFreq(int kiloHertz) {
        return debug(DEBUG_APIV3_SET_COM_FREQ).put((byte) 0).put((byte) 0).putInt(kiloHertz).array();
    }

    private static byte[] memory(int sub, long address, int length) {
        return debug(sub).putInt((int) address).putShort((short) length).array();
    }

    private static ByteBuffer debug(int sub) {
        return frame(DEBUG, sub);
    }

    private static ByteBuffer frame(int... head) {
        ByteBuffer b = ByteBuffer.allocate(FRAME_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int h : head) {
            b.put((byte) h);
        }
        return b;
    }
}
