package dev.reclaim.workflow.station;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.device.AttachSense;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Waiting for the next device when the probe cannot measure the target voltage: the operator is told, once. */
class NextDeviceWatchTest {
    private static final String OLD_FIRMWARE = "ST-Link V2 cannot measure the target voltage (firmware before J13):"
            + " press Space when the next device is attached, or update the probe's firmware.";

    @Test
    void aSenseThatCannotTellIsSaidOnceAndTheOperatorsGoStartsTheNextDevice() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        AttachSense oldProbe = new AttachSense() {
            @Override
            public boolean attached() throws IOException {
                readings.incrementAndGet();
                throw new IOException(OLD_FIRMWARE);
            }

            @Override
            public String description() {
                return "the target voltage on ST-Link V2";
            }
        };
        List<String> told = new CopyOnWriteArrayList<>();
        AtomicInteger opened = new AtomicInteger();
        NextDeviceWatch watch = new NextDeviceWatch(Optional.of(oldProbe), () -> {
            opened.incrementAndGet();
            return null; // the session the station would run: not needed to see who starts it
        }, told::add);

        // the operator presses Space after the third reading
        watch.await("3a0021000d47353136383631", Cancellation.none(), () -> readings.get() >= 3);

        assertThat(told).containsExactly(OLD_FIRMWARE);
        assertThat(opened).hasValue(1);
    }
}
