package dev.reclaim.sim.stlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.link.LinkClosedException;
import dev.reclaim.link.LinkTimeoutException;
import dev.reclaim.flash.F2FlashRegisters;
import dev.reclaim.flash.stlink.StLinkCommands;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The simulated probe answers every command Reclaim uses with the reply layout of the reference tables (§B.3–B.6). */
class SimulatedStLinkTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final SimulatedProbe sim = new SimulatedProbe();
    private final SimulatedStLink probe = sim.plug();

    private String exchange(byte[] frame, int replyLength) throws IOException {
        probe.send(frame, 1000);
        byte[] reply = new byte[replyLength];
        int n = probe.receive(reply, replyLength, 1000);
        return HEX.formatHex(Arrays.copyOf(reply, n));
    }

    private void enterSwd() throws IOException {
        assertThat(exchange(StLinkCommands.enterSwd(), 2)).isEqualTo("80 00");
    }

    @Test
    void identifiesAsAnStLinkV2J37S7InDfuModeAtPowerUp() throws IOException {
        assertThat(exchange(StLinkCommands.getVersion(), 6)).isEqualTo("29 47 83 04 48 37");
        assertThat(exchange(StLinkCommands.getCurrentMode(), 2)).isEqualTo("00 00");
    }

    @Test
    void dfuExitAndDebugExitHaveNoReply() throws IOException {
        probe.send(StLinkCommands.dfuExit(), 1000);
        assertThatThrownBy(() -> probe.receive(new byte[2], 2, 100)).isInstanceOf(LinkTimeoutException.class);
        assertThat(exchange(StLinkCommands.getCurrentMode(), 2)).isEqualTo("01 00");

        enterSwd();
        assertThat(exchange(StLinkCommands.getCurrentMode(), 2)).isEqualTo("02 00");
        probe.send(StLinkCommands.debugExit(), 1000);
        assertThat(exchange(StLinkCommands.getCurrentMode(), 2)).isEqualTo("01 00");
    }

    @Test
    void inDfuModeTheTargetVoltageIsNotAnswered() throws IOException {
        probe.send(StLinkCommands.getTargetVoltage(), 1000);
        assertThatThrownBy(() -> probe.receive(new byte[8], 8, 100)).isInstanceOf(LinkTimeoutException.class);
    }

    @Test
    void targetVoltageReadsAs3V3() throws IOException {
        probe.send(StLinkCommands.dfuExit(), 1000);
        assertThat(exchange(StLinkCommands.getTargetVoltage(), 8)).isEqualTo("E8 03 00 00 5F 05 00 00");
    }

    @Test
    void idcodesDebugRegistersAndSwdClock() throws IOException {
        assertThat(exchange(StLinkCommands.swdSetFreq(1), 2)).isEqualTo("80 00");
        enterSwd();

        assertThat(exchange(StLinkCommands.readIdCodes(), 12)).isEqualTo("80 00 00 00 77 14 A0 2B 00 00 00 00");
        assertThat(exchange(StLinkCommands.readDebugReg(0xE0042000L), 8)).isEqualTo("80 00 00 00 11 04 01 20");
        assertThat(exchange(StLinkCommands.readDebugReg(0xE000ED00L), 8)).isEqualTo("80 00 00 00 30 C2 2F 41");
        assertThat(exchange(StLinkCommands.writeDebugReg(0xE000EDF0L, 0xA05F0003), 2)).isEqualTo("80 00");
        assertThat(sim.target.halted()).isTrue();
        // DHCSR: C_DEBUGEN | C_HALT | S_HALT
        assertThat(exchange(StLinkCommands.readDebugReg(0xE000EDF0L), 8)).isEqualTo("80 00 00 00 03 00 02 00");
    }

    @Test
    void memoryReadsReturnRawDataAndTheStatusComesFromGetLastRwStatus() throws IOException {
        enterSwd();

        probe.send(StLinkCommands.readMem32(0x1FFF7A10L, 12), 1000);
        byte[] uid = new byte[12];
        assertThat(probe.receive(uid, 12, 1000)).isEqualTo(12);
        assertThat(uid).isEqualTo(sim.chip.uid());
        assertThat(exchange(StLinkCommands.getLastRwStatus2(), 12)).isEqualTo("80" + " 00".repeat(11));
        assertThat(exchange(StLinkCommands.getLastRwStatus(), 2)).isEqualTo("80 00");
    }

    @Test
    void aOneByteEightBitReadComesBackAsTwoBytes() throws IOException {
        enterSwd();

        assertThat(exchange(StLinkCommands.readMem8(0x1FFF7A10L, 1), 2))
                .isEqualTo(String.format("%02X 00", sim.chip.uid()[0]));
    }

    @Test
    void limitsAndFaultsShowInTheLastStatus() throws IOException {
        enterSwd();

        exchange(StLinkCommands.readMem32(0x08004002L, 4), 4);
        assertThat(exchange(StLinkCommands.getLastRwStatus(), 2)).as("unaligned 32-bit").isEqualTo("12 00");
        exchange(StLinkCommands.readMem8(0x08004000L, 65), 65);
        assertThat(exchange(StLinkCommands.getLastRwStatus(), 2)).as("8-bit over 64 bytes").isEqualTo("12 00");
        exchange(StLinkCommands.readMem32(0x60000000L, 4), 4);
        assertThat(exchange(StLinkCommands.getLastRwStatus(), 2)).as("unmapped").isEqualTo("11 00");
    }

    @Test
    void targetAccessOutsideDebugModeFails() throws IOException {
        assertThat(exchange(StLinkCommands.readDebugReg(0xE0042000L), 8)).startsWith("81");
    }

    @Test
    void readProtectionBlocksFlashButNotTheIdentity() throws IOException {
        sim.chip.options().setRdp(0x55);
        enterSwd();

        exchange(StLinkCommands.readMem32(0x08004000L, 16), 16);
        assertThat(exchange(StLinkCommands.getLastRwStatus2(), 12)).startsWith("11");
        assertThat(exchange(StLinkCommands.readDebugReg(F2FlashRegisters.OPTCR), 8)).isEqualTo(
                "80 00 00 00 ED 55 FE 0F");
    }

    @Test
    void injectedWaitsAnswerTheNextAccesses() throws IOException {
        SimulatedStLink busy = sim.plug(ProbeFaults.none().waits(1));
        busy.send(StLinkCommands.enterSwd(), 1000);
        busy.receive(new byte[2], 2, 1000);
        busy.send(StLinkCommands.readDebugReg(0xE0042000L), 1000);
        byte[] reply = new byte[8];
        busy.receive(reply, 8, 1000);

        assertThat(reply[0]).isEqualTo((byte) 0x10);
    }

    @Test
    void anUnpoweredTargetGivesNoIdcodeAndNearlyNoVolts() throws IOException {
        SimulatedStLink dead = sim.plug(ProbeFaults.none().unpowered());
        dead.send(StLinkCommands.dfuExit(), 1000);
        dead.send(StLinkCommands.getTargetVoltage(), 1000);
        byte[] volts = new byte[8];
        dead.receive(volts, 8, 1000);
        dead.send(StLinkCommands.enterSwd(), 1000);
        dead.receive(new byte[2], 2, 1000);
        dead.send(StLinkCommands.readIdCodes(), 1000);
        byte[] id = new byte[12];
        dead.receive(id, 12, 1000);

        assertThat(HEX.formatHex(volts)).isEqualTo("E8 03 00 00 04 00 00 00");
        assertThat(id[0]).isEqualTo((byte) 0x09);
    }

    @Test
    void afterTheUnplugEveryTransferFails() throws IOException {
        SimulatedStLink flaky = sim.plug(ProbeFaults.none().unplugAfter(2));
        flaky.send(StLinkCommands.getVersion(), 1000);
        flaky.receive(new byte[6], 6, 1000);

        assertThatThrownBy(() -> flaky.send(StLinkCommands.getCurrentMode(), 1000))
                .isInstanceOf(LinkClosedException.class).hasMessageContaining("unplugged during transfer 3");
        assertThatThrownBy(() -> flaky.receive(new byte[2], 2, 1000)).isInstanceOf(LinkClosedException.class);
        assertThat(flaky.transfers()).isEqualTo(3);
    }
}
