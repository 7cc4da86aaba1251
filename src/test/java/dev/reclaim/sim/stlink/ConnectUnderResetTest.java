package dev.reclaim.sim.stlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.stlink.StLinkException;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.flash.stlink.StLinkSession;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A P1 whose firmware takes the SWD pins (D6/D7 as GPIO) or sleeps: a plain attach finds nobody on SWD. */
class ConnectUnderResetTest {
    private final SimulatedProbe sim = new SimulatedProbe();

    @Test
    void whenThePlainAttachFindsNobodyTheTargetIsReachedUnderReset() throws IOException {
        SimulatedStLink probe = sim.plug(ProbeFaults.none().withSwdPinsReused());

        try (StLinkFlashTarget target = StLinkFlashTarget.connect(() -> probe, sim.clock, 1800)) {
            DeviceIdentity id = target.identity();
            assertThat(id.chipId()).isEqualTo(0x411);
            assertThat(id.deviceId()).contains("32003a000b47343533383531");
            assertThat(sim.target.halted()).isTrue();
        }
        assertThat(sim.boardResets).as("released from reset once, no reset on close after a read").isEqualTo(1);
        assertThat(sim.target.halted()).isFalse();
    }

    @Test
    void underResetCanBeAskedForDirectly() throws IOException {
        SimulatedStLink probe = sim.plug(ProbeFaults.none().withSwdPinsReused());
        try (StLinkSession session = StLinkSession.connect(() -> probe, sim.clock, 1800, false,
                StLinkSession.Attach.UNDER_RESET)) {
            assertThat(session.target().devId()).isEqualTo(0x411);
        }
    }

    @Test
    void anUnpoweredTargetIsNotResetButNamedAsUnpowered() {
        SimulatedStLink probe = sim.plug(ProbeFaults.none().unpowered());
        assertThatThrownBy(() -> StLinkFlashTarget.connect(() -> probe, sim.clock, 1800))
                .isInstanceOf(StLinkException.class).hasMessageStartingWith("The target is not powered");
        assertThat(sim.boardResets).isZero();
    }
}
