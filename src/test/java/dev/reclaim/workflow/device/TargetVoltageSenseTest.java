package dev.reclaim.workflow.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.sim.stlink.SimulatedBench;
import org.junit.jupiter.api.Test;

/** The target voltage a station watches, read through the ST-Link client from the simulated probe on a bench. */
class TargetVoltageSenseTest {
    @Test
    void theProbeMeasuresABoardOnlyWhileOneIsOnItsPins() throws Exception {
        SimulatedBench bench = SimulatedBench.named("sense-test");
        AttachSense sense = DeviceKinds.parse("sim-stlink:healthy,bench=sense-test").attachSense().orElseThrow();
        assertThat(sense.attached()).isTrue();
        bench.detach();
        assertThat(sense.attached()).as("no target: ~0 V").isFalse();
        bench.attach();
        assertThat(sense.attached()).isTrue();
        assertThat(sense.description()).contains("bench sense-test");
    }

    @Test
    void aSimulatedProbeOffABenchAndABootloaderHaveNoSense() {
        assertThat(DeviceKinds.parse("sim-stlink:healthy").attachSense()).isEmpty();
        assertThat(DeviceKinds.parse("sim:healthy").attachSense()).isEmpty();
    }
}
