package dev.reclaim.flash.stlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Every frame against the reference's tables (§B.4, §B.5): command, sub-command, little-endian fields, 16 bytes. */
class StLinkCommandsTest {

    private static String hex(byte[] frame) {
        assertThat(frame).hasSize(16);
        int end = frame.length;
        while (end > 0 && frame[end - 1] == 0) {
            end--;
        }
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(Arrays.copyOf(frame, end));
    }

    @Test
    void topLevelCommands() {
        assertThat(hex(StLinkCommands.getVersion())).isEqualTo("F1");
        assertThat(hex(StLinkCommands.getVersionApiV3())).isEqualTo("FB");
        assertThat(hex(StLinkCommands.getCurrentMode())).isEqualTo("F5");
        assertThat(hex(StLinkCommands.getTargetVoltage())).isEqualTo("F7");
        assertThat(hex(StLinkCommands.dfuExit())).isEqualTo("F3 07");
        assertThat(hex(StLinkCommands.swimExit())).isEqualTo("F4 01");
        assertThat(hex(StLinkCommands.driveNrst(true))).isEqualTo("F2 3C");
        assertThat(hex(StLinkCommands.driveNrst(false))).isEqualTo("F2 3C 01");
    }

    @Test
    void sessionCommands() {
        assertThat(hex(StLinkCommands.enterSwd())).isEqualTo("F2 30 A3");
        assertThat(hex(StLinkCommands.debugExit())).isEqualTo("F2 21");
        assertThat(hex(StLinkCommands.readIdCodes())).isEqualTo("F2 31");
        assertThat(hex(StLinkCommands.swdSetFreq(1))).isEqualTo("F2 43 01");
        assertThat(hex(StLinkCommands.swdSetFreq(798))).isEqualTo("F2 43 1E 03");
        assertThat(hex(StLinkCommands.getComFreq())).isEqualTo("F2 62");
        assertThat(hex(StLinkCommands.setComFreq(24000))).isEqualTo("F2 61 00 00 C0 5D");
    }

    @Test
    void debugRegisterAccessIsLittleEndian() {
        assertThat(hex(StLinkCommands.readDebugReg(0xE0042000L))).isEqualTo("F2 36 00 20 04 E0");
        assertThat(hex(StLinkCommands.writeDebugReg(0xE000EDF0L, 0xA05F0003)))
                .isEqualTo("F2 35 F0 ED 00 E0 03 00 5F A0");
    }

    @Test
    void memoryCommandsCarryAddressAndSixteenBitLength() {
        assertThat(hex(StLinkCommands.readMem32(0x08004000L, 4096))).isEqualTo("F2 07 00 40 00 08 00 10");
        assertThat(hex(StLinkCommands.writeMem32(0x08008000L, 6144))).isEqualTo("F2 08 00 80 00 08 00 18");
        assertThat(hex(StLinkCommands.readMem8(0x20000001L, 1))).isEqualTo("F2 0C 01 00 00 20 01");
        assertThat(hex(StLinkCommands.writeMem8(0x20000003L, 64))).isEqualTo("F2 0D 03 00 00 20 40");
        assertThat(hex(StLinkCommands.getLastRwStatus())).isEqualTo("F2 3B");
        assertThat(hex(StLinkCommands.getLastRwStatus2())).isEqualTo("F2 3E");
    }
}
