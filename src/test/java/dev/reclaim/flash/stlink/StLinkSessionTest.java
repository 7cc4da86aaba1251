package dev.reclaim.flash.stlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.link.ScriptedUsbBulkLink;
import dev.reclaim.flash.VirtualClock;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The connect sequence of the reference §B.7, byte for byte. */
class StLinkSessionTest {
    private static final String OK_STATUS2 = "80" + " 00".repeat(11);
    private static final String UID = "1F 00 3A 00 05 47 35 33 31 38 36 37";

    private final VirtualClock clock = new VirtualClock();

    /** Everything up to the DBGMCU_IDCODE read, starting from a probe left in DFU mode, target at 3.3 V. */
    private static ScriptedUsbBulkLink upToIdcode(String voltageReply) {
        return upToIdcode(new ScriptedUsbBulkLink()
                .command("F1").reply("27 07 83 04 48 37")
                .command("F5").reply("00 00")
                .command("F3 07"), voltageReply);
    }

    /** From the target voltage on, after {@code head} left the probe's mode. */
    private static ScriptedUsbBulkLink upToIdcode(ScriptedUsbBulkLink head, String voltageReply) {
        return head
                .command("F7").reply(voltageReply)
                .command("F2 43 01 00").reply("80 00")
                .command("F2 30 A3").reply("80 00")
                .command("F2 31").reply("80 00 00 00 77 14 A0 2B 00 00 00 00")
                .command("F2 35 F0 ED 00 E0 03 00 5F A0").reply("80 00");
    }

    private static final String POWERED = "E8 03 00 00 5F 05 00 00";

    /** A whole connect: halt, F2 check, DBGMCU_CR and APB1_FZ (read as given, written with our bits), identity. */
    private static ScriptedUsbBulkLink connected(String dbgmcuCr, String apb1Freeze) {
        return connected(upToIdcode(POWERED), dbgmcuCr, apb1Freeze);
    }

    private static ScriptedUsbBulkLink connected(ScriptedUsbBulkLink upToIdcode, String dbgmcuCr, String apb1Freeze) {
        return upToIdcode
                .command("F2 36 00 20 04 E0").reply("80 00 00 00 11 04 01 20")
                .command("F2 36 00 ED 00 E0").reply("80 00 00 00 31 C2 2F 41")
                .command("F2 36 04 20 04 E0").reply("80 00 00 00 " + dbgmcuCr)
                .command("F2 36 08 20 04 E0").reply("80 00 00 00 " + apb1Freeze)
                .command("F2 35 04 20 04 E0 07 00 00 00").reply("80 00")
                .command("F2 35 08 20 04 E0 00 18 00 00").reply("80 00")
                .command("F2 36 14 3C 02 40").reply("80 00 00 00 ED AA FF 0F")
                .command("F2 07 10 7A FF 1F 0C 00").reply(UID).command("F2 3E").reply(OK_STATUS2)
                .command("F2 07 20 7A FF 1F 04 00").reply("FF FF 00 04").command("F2 3E").reply(OK_STATUS2);
    }

    @Test
    void connectsHaltsFreezesTheWatchdogsAndReadsTheIdentity() throws IOException {
        ScriptedUsbBulkLink usb = connected("00 00 00 00", "00 00 00 00");

        try (StLinkSession session = StLinkSession.connect(usb, clock, 1800)) {
            SwdTarget t = session.target();
            assertThat(t.probeVersion()).hasToString("V2J28S7");
            assertThat(t.swdKhz()).isEqualTo(1800);
            assertThat(t.millivolts()).hasValue(3300);
            assertThat(t.dpIdcode()).isEqualTo(0x2BA01477);
            assertThat(t.devId()).isEqualTo(0x411);
            assertThat(t.revision()).isEqualTo("Y");
            assertThat(t.rdp()).isEqualTo(0xAA);
            assertThat(t.nWrp()).isEqualTo(0xFFF);
            assertThat(HexFormat.ofDelimiter(" ").withUpperCase().formatHex(t.uid().orElseThrow())).isEqualTo(UID);
            assertThat(t.flashSizeKib()).hasValue(1024);
            usb.assertFinished();

            // Leaving: DBGMCU_CR and the watchdog freeze back as found, resume the core, leave debug mode.
            usb.command("F2 35 04 20 04 E0 00 00 00 00").reply("80 00")
                    .command("F2 35 08 20 04 E0 00 00 00 00").reply("80 00")
                    .command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00").command("F2 21");
        }
        usb.assertFinished();
        assertThat(usb.closed()).isTrue();
    }

    @Test
    void aSessionThatChangedFlashResetsTheTargetWhenItCloses() throws IOException {
        // Freeze bits already set by an earlier session: they are OR-ed in, not toggled.
        ScriptedUsbBulkLink usb = connected("07 00 00 00", "00 18 00 00");
        StLinkSession session = StLinkSession.connect(usb, clock, 1800);
        usb.command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00")
                .command("F2 35 0C ED 00 E0 04 00 FA 05").reply("80 00")
                .command("F2 21");

        session.resetOnClose();
        session.close();

        usb.assertFinished();
    }

    @Test
    void aChipThatIsNotAnStm32F2IsRefused() {
        ScriptedUsbBulkLink usb = upToIdcode(POWERED)
                .command("F2 36 00 20 04 E0").reply("80 00 00 00 13 04 00 10")
                .command("F2 36 00 ED 00 E0").reply("80 00 00 00 41 C2 0F 41");

        // Refused after the halt: the core is resumed and the probe leaves debug mode.
        usb.command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00").command("F2 21");

        assertThatThrownBy(() -> StLinkSession.connect(usb, clock, 1800)).isInstanceOf(StLinkException.class)
                .hasMessageContaining("not an STM32F2").hasMessageContaining("DEV_ID 0x413");
        usb.assertFinished();
        assertThat(usb.closed()).isTrue();
    }

    @Test
    void aFailureReadingTheOptionBytesAfterTheHaltLeavesTheTargetAsFound() {
        ScriptedUsbBulkLink usb = upToIdcode(POWERED)
                .command("F2 36 00 20 04 E0").reply("80 00 00 00 11 04 01 20")
                .command("F2 36 00 ED 00 E0").reply("80 00 00 00 31 C2 2F 41")
                .command("F2 36 04 20 04 E0").reply("80 00 00 00 00 00 00 00")
                .command("F2 36 08 20 04 E0").reply("80 00 00 00 00 00 00 00")
                .command("F2 35 04 20 04 E0 07 00 00 00").reply("80 00")
                .command("F2 35 08 20 04 E0 00 18 00 00").reply("80 00")
                .command("F2 36 14 3C 02 40").reply("11 00 00 00 00 00 00 00")
                .command("F2 35 04 20 04 E0 00 00 00 00").reply("80 00")
                .command("F2 35 08 20 04 E0 00 00 00 00").reply("80 00")
                .command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00")
                .command("F2 21");

        assertThatThrownBy(() -> StLinkSession.connect(usb, clock, 1800)).isInstanceOf(StLinkException.class)
                .hasMessageContaining("0x40023C14");
        usb.assertFinished();
        assertThat(usb.closed()).isTrue();
    }

    @Test
    void theResetRequestIsSentOnceEvenWhenTheTargetAnswersWait() throws IOException {
        ScriptedUsbBulkLink usb = connected("07 00 00 00", "00 18 00 00");
        StLinkSession session = StLinkSession.connect(usb, clock, 1800);
        usb.command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00")
                .command("F2 35 0C ED 00 E0 04 00 FA 05").reply("10 00")
                .command("F2 21");

        session.resetOnClose();
        session.close();

        usb.assertFinished();
    }

    @Test
    void aProbeLeftInSwimModeLeavesIt() throws IOException {
        ScriptedUsbBulkLink swim = connected(upToIdcode(new ScriptedUsbBulkLink()
                .command("F1").reply("27 07 83 04 48 37")
                .command("F5").reply("03 00")
                .command("F4 01"), POWERED), "07 00 00 00", "00 18 00 00");
        try (StLinkSession session = StLinkSession.connect(swim, clock, 1800)) {
            assertThat(session.target().devId()).isEqualTo(0x411);
            swim.command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00").command("F2 21");
        }
        swim.assertFinished();
    }

    @Test
    void aProbeWhoseFirstGetVersionFailsIsResetAndOpenedOnceMore() throws IOException {
        ScriptedUsbBulkLink stuck = new ScriptedUsbBulkLink().command("F1").silence();
        ScriptedUsbBulkLink fresh = connected("07 00 00 00", "00 18 00 00");
        java.util.Iterator<ScriptedUsbBulkLink> plugs = java.util.List.of(stuck, fresh).iterator();

        try (StLinkSession session = StLinkSession.connect(plugs::next, clock, 1800, true)) {
            assertThat(session.target().devId()).isEqualTo(0x411);
            fresh.command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00").command("F2 21");
        }
        assertThat(stuck.wasReset()).isTrue();
        assertThat(clock.sleeps().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(1_000_000_000L);
        fresh.assertFinished();
    }

    @Test
    void anEarlyStm32F4WithTheSameDevIdIsRefusedByItsCore() {
        ScriptedUsbBulkLink usb = upToIdcode(POWERED)
                .command("F2 36 00 20 04 E0").reply("80 00 00 00 11 04 00 10")
                .command("F2 36 00 ED 00 E0").reply("80 00 00 00 41 C2 0F 41")
                .command("F2 35 F0 ED 00 E0 00 00 5F A0").reply("80 00").command("F2 21");

        assertThatThrownBy(() -> StLinkSession.connect(usb, clock, 1800)).isInstanceOf(StLinkException.class)
                .hasMessageContaining("Cortex-M3").hasMessageContaining("STM32F4");
    }

    @Test
    void anUnpoweredTargetIsNamedAsSuch() {
        ScriptedUsbBulkLink usb = new ScriptedUsbBulkLink()
                .command("F1").reply("27 07 83 04 48 37")
                .command("F5").reply("01 00")
                .command("F7").reply("E8 03 00 00 05 00 00 00")
                .command("F2 43 01 00").reply("80 00")
                .command("F2 30 A3").reply("80 00")
                .command("F2 31").reply("09 00 00 00 00 00 00 00 00 00 00 00");

        assertThatThrownBy(() -> StLinkSession.connect(usb, clock, 1800)).isInstanceOf(StLinkException.class)
                .hasMessageStartingWith("The target is not powered: scripted ST-Link measures 0.01 V");
        usb.assertFinished();
    }

    @Test
    void aPoweredButSilentTargetPointsAtTheWiring() {
        ScriptedUsbBulkLink usb = new ScriptedUsbBulkLink()
                .command("F1").reply("27 07 83 04 48 37")
                .command("F5").reply("02 00")
                .command("F2 21")
                .command("F7").reply(POWERED)
                .command("F2 43 01 00").reply("80 00")
                .command("F2 30 A3").reply("80 00")
                .command("F2 31").reply("09 00 00 00 00 00 00 00 00 00 00 00")
                // then once more under reset: NRST low, SWD, still nobody, NRST released
                .command("F2 21")
                .command("F2 3C 00").reply("80 00")
                .command("F2 30 A3").reply("80 00")
                .command("F2 31").reply("09 00 00 00 00 00 00 00 00 00 00 00")
                .command("F2 3C 01").reply("80 00");

        assertThatThrownBy(() -> StLinkSession.connect(usb, clock, 1800)).isInstanceOf(StLinkException.class)
                .hasMessageContaining("No STM32 answers on SWD").hasMessageContaining("SWDIO to D7/PA13")
                .hasMessageContaining("under reset failed too");
        usb.assertFinished();
    }
}
