package dev.reclaim.flash.stlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.link.ScriptedUsbBulkLink;
import dev.reclaim.flash.VirtualClock;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The client's byte-exact conversation with a probe, transfer by transfer, against a scripted USB link. */
class StLinkTest {
    private static final String V2J28 = "27 07 83 04 48 37";
    private static final String V2J13 = "23 47 83 04 48 37";
    private static final String OK_STATUS2 = "80 00 00 00 00 00 00 00 00 00 00 00";
    private static final long MS = 1_000_000L;

    private final VirtualClock clock = new VirtualClock();

    private ScriptedUsbBulkLink probe(String version) {
        return new ScriptedUsbBulkLink().command("F1").reply(version);
    }

    private static byte[] pattern(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 7 + seed);
        }
        return b;
    }

    private static String le32(long v) {
        return String.format("%02X %02X %02X %02X", v & 0xFF, v >> 8 & 0xFF, v >> 16 & 0xFF, v >> 24 & 0xFF);
    }

    @Test
    void opensWithGetVersion() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28);

        StLink stLink = StLink.open(usb, clock);

        assertThat(stLink.version()).hasToString("V2J28S7");
        usb.assertFinished();
        assertThat(usb.transfers()).isEqualTo(2);
    }

    @Test
    void aV3IsAskedForItsApiV3Version() throws IOException {
        ScriptedUsbBulkLink usb = probe("30 00 83 04 4F 37")
                .command("FB").reply("03 01 07 02 03 00 00 00 83 04 4F 37");

        assertThat(StLink.open(usb, clock).version()).isEqualTo(new StLinkVersion(3, 7, 1, 2, 0x483, 0x374F));
        usb.assertFinished();
    }

    @Test
    void anStLinkV1IsRefused() {
        ScriptedUsbBulkLink usb = probe("10 00 83 04 44 37");

        assertThatThrownBy(() -> StLink.open(usb, clock)).isInstanceOf(StLinkException.class)
                .hasMessageContaining("ST-Link/V1");
    }

    @Test
    void targetVoltageIs2400TimesReadingOverReference() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28).command("F7").reply("E8 03 00 00 5F 05 00 00");

        assertThat(StLink.open(usb, clock).targetVoltageMillivolts()).hasValue(3300);
        usb.assertFinished();
    }

    @Test
    void currentModeAndModeChanges() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28).command("F5").reply("00 01").command("F3 07").command("F2 21");
        StLink stLink = StLink.open(usb, clock);

        assertThat(stLink.currentMode()).isEqualTo(StLinkMode.DFU);
        stLink.exitDfu();
        stLink.exitDebug();
        usb.assertFinished();
    }

    @Test
    void v2SetsTheSwdClockByDivisor() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28).command("F2 43 01 00").reply("80 00");

        assertThat(StLink.open(usb, clock).setSwdClock(1800)).isEqualTo(1800);
        usb.assertFinished();
    }

    @Test
    void v3SetsTheSwdClockFromItsList() throws IOException {
        String list = "80 00 00 00 00 00 00 00 03 00 00 00 " + le32(24000) + " " + le32(8000) + " " + le32(1000)
                + " 00".repeat(28);
        ScriptedUsbBulkLink usb = probe("30 00 83 04 4F 37").command("FB").reply("03 01 07 02 03 00 00 00 83 04 4F 37")
                .command("F2 62 00").reply(list)
                .command("F2 61 00 00 " + le32(1000)).reply("80 00 00 00 E8 03 00 00");

        assertThat(StLink.open(usb, clock).setSwdClock(1800)).isEqualTo(1000);
        usb.assertFinished();
    }

    @Test
    void debugRegistersCarryTheirStatusInTheReply() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28)
                .command("F2 36 00 20 04 E0").reply("80 00 00 00 11 04 01 20")
                .command("F2 35 F0 ED 00 E0 03 00 5F A0").reply("80 00");
        StLink stLink = StLink.open(usb, clock);

        assertThat(stLink.readWord(0xE0042000L)).isEqualTo(0x20010411);
        stLink.writeWord(0xE000EDF0L, 0xA05F0003);
        usb.assertFinished();
    }

    @Test
    void aDctSectorIsReadInFourKibTransfersEachFollowedByGetLastRwStatus2() throws IOException {
        byte[] sector = pattern(16384, 3);
        ScriptedUsbBulkLink usb = probe(V2J28);
        for (int i = 0; i < 4; i++) {
            usb.command("F2 07 " + le32(0x08004000L + i * 4096L) + " 00 10")
                    .reply(java.util.Arrays.copyOfRange(sector, i * 4096, (i + 1) * 4096))
                    .command("F2 3E").reply(OK_STATUS2);
        }

        assertThat(StLink.open(usb, clock).read(0x08004000L, 16384)).isEqualTo(sector);
        usb.assertFinished();
        assertThat(usb.transfers()).isEqualTo(2 + 4 * 4);
    }

    @Test
    void unalignedEndsUseEightBitReadsAndASingleByteComesBackAsTwo() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28)
                .command("F2 0C 03 00 00 20 01 00").reply("A1 00").command("F2 3E").reply(OK_STATUS2)
                .command("F2 07 04 00 00 20 04 00").reply("B1 B2 B3 B4").command("F2 3E").reply(OK_STATUS2)
                .command("F2 0C 08 00 00 20 01 00").reply("C1 00").command("F2 3E").reply(OK_STATUS2);

        byte[] data = StLink.open(usb, clock).read(0x20000003L, 6);

        assertThat(HexFormat.of().withUpperCase().formatHex(data)).isEqualTo("A1B1B2B3B4C1");
        usb.assertFinished();
    }

    @Test
    void writesNeverCrossAFourKibBoundary() throws IOException {
        byte[] data = pattern(0x100 + 0x1000 + 0x10, 1);
        ScriptedUsbBulkLink usb = probe(V2J28)
                .command("F2 08 00 0F 00 20 00 01").out(java.util.Arrays.copyOfRange(data, 0, 0x100))
                .command("F2 3E").reply(OK_STATUS2)
                .command("F2 08 00 10 00 20 00 10").out(java.util.Arrays.copyOfRange(data, 0x100, 0x1100))
                .command("F2 3E").reply(OK_STATUS2)
                .command("F2 08 00 20 00 20 10 00").out(java.util.Arrays.copyOfRange(data, 0x1100, 0x1110))
                .command("F2 3E").reply(OK_STATUS2);

        StLink.open(usb, clock).writeWords(0x20000F00L, data);
        usb.assertFinished();
    }

    @Test
    void byteWritesAreLimitedToSixtyFourBytesOnAV2() throws IOException {
        byte[] data = pattern(130, 5);
        ScriptedUsbBulkLink usb = probe(V2J28)
                .command("F2 0D 00 00 00 20 40 00").out(java.util.Arrays.copyOfRange(data, 0, 64))
                .command("F2 3E").reply(OK_STATUS2)
                .command("F2 0D 40 00 00 20 40 00").out(java.util.Arrays.copyOfRange(data, 64, 128))
                .command("F2 3E").reply(OK_STATUS2)
                .command("F2 0D 80 00 00 20 02 00").out(java.util.Arrays.copyOfRange(data, 128, 130))
                .command("F2 3E").reply(OK_STATUS2);

        StLink.open(usb, clock).writeBytes(0x20000000L, data);
        usb.assertFinished();
    }

    @Test
    void firmwareBeforeJ15ChecksWithGetLastRwStatus() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J13)
                .command("F2 07 00 00 00 20 04 00").reply("01 02 03 04").command("F2 3B").reply("80 00");

        assertThat(StLink.open(usb, clock).read(0x20000000L, 4)).containsExactly(1, 2, 3, 4);
        usb.assertFinished();
    }

    @Test
    void aWaitIsRetriedAfterOneThenTwoMilliseconds() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28)
                .command("F2 07 00 00 00 20 04 00").reply("00 00 00 00").command("F2 3E").reply("10" + " 00".repeat(11))
                .command("F2 07 00 00 00 20 04 00").reply("00 00 00 00").command("F2 3E").reply("14" + " 00".repeat(11))
                .command("F2 07 00 00 00 20 04 00").reply("0A 0B 0C 0D").command("F2 3E").reply(OK_STATUS2);

        assertThat(StLink.open(usb, clock).read(0x20000000L, 4)).containsExactly(10, 11, 12, 13);
        assertThat(clock.sleeps()).containsExactly(1 * MS, 2 * MS);
        usb.assertFinished();
    }

    @Test
    void aTargetThatStaysBusyFailsAfterEightRetries() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28);
        for (int i = 0; i <= 8; i++) {
            usb.command("F2 36 0C 3C 02 40").reply("10 00 00 00 00 00 00 00");
        }
        StLink stLink = StLink.open(usb, clock);

        assertThatThrownBy(() -> stLink.readWord(0x40023C0CL)).isInstanceOf(StLinkException.class)
                .hasMessageContaining("stayed busy through 8 retries");
        assertThat(clock.sleeps()).containsExactly(1 * MS, 2 * MS, 4 * MS, 8 * MS, 16 * MS, 32 * MS, 64 * MS,
                128 * MS);
        usb.assertFinished();
    }

    @Test
    void aFaultIsReportedInWords() throws IOException {
        ScriptedUsbBulkLink usb = probe(V2J28)
                .command("F2 07 00 40 00 08 00 10").reply(new byte[4096]).command("F2 3E").reply("11" + " 00".repeat(11));
        StLink stLink = StLink.open(usb, clock);

        assertThatThrownBy(() -> stLink.read(0x08004000L, 4096)).isInstanceOf(StLinkException.class)
                .hasMessage("Could not read 4096 bytes at 0x08004000: the memory access faulted (address not mapped,"
                        + " or flash read-protected) (status 0x11).");
        usb.assertFinished();
    }
}
