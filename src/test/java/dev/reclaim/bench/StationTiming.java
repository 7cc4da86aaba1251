package dev.reclaim.bench;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.station.DeviceResult;
import dev.reclaim.workflow.station.Recipes;
import dev.reclaim.workflow.station.ShiftListener;
import dev.reclaim.workflow.station.Station;
import dev.reclaim.workflow.wizard.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wall time per device of a recipe ({@code recover-particle} unless named), as a station runs it (identify, claim in the journal,
 * back up, keys, register, server, reset, witness), on the paced simulator (bytes at 115200 baud, datasheet flash
 * times, firmware in real time: its first attempt 5.3 s after boot) through the UART bootloader and the simulated
 * ST-Link: a shift of fresh simulated devices, each with the time of each step, then the mean per step of the
 * devices after the first (the first one also pays the JVM's warm-up: class loading, the first HTTP client).
 * With SLOTS above 1 an ST-Link shift overlaps each device's witness with the next devices' probe work: then the
 * shift's wall time per device (its throughput) is the figure, beside each device's probe time and witness time.
 * Run: java -cp target/classes:target/test-classes:$(deps) dev.reclaim.bench.StationTiming [DEVICES [JOURNAL_URL
 * [SPEC [RECIPE [SLOTS]]]]] (e.g. {@code 3 "" sim:keys-rejected product-line}: server and claim code in one DCT write)
 */
public final class StationTiming {
    private StationTiming() {
    }

    /**
     * @param args the devices per shift (3), a journal URL (postgresql://…; "" or none: SQLite in a temporary home),
     *             a device spec (both sim:keys-rejected and sim-stlink:keys-rejected), a shipped recipe's name or a
     *             recipe file (recover-particle), the witness slots (1)
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Optional<String> journalUrl = args.length > 1 && !args[1].isEmpty() ? Optional.of(args[1]) : Optional.empty();
        int slots = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        DeviceOptions paced = new DeviceOptions(SimulatorOptions.realistic().withPacing(true, 115200),
                BootloaderPortSettings.defaults());
        String recipe = args.length > 3 ? args[3] : "recover-particle";
        for (String spec : args.length > 2 ? new String[] {args[2]}
                : new String[] {"sim:keys-rejected", "sim-stlink:keys-rejected"}) {
            Path home = Files.createTempDirectory("station-timing");
            Station station = new Station(new Station.Setup(Recipes.load(recipe), DeviceKinds.parse(spec),
                    paced, "bench", journalUrl, home, Optional.empty(), DeviceWizardSetting.WITNESS_DEADLINE, slots));
            long t0 = System.nanoTime();
            List<DeviceResult> results = station.run(count, Cancellation.none(), new ShiftListener() { },
                    () -> true);
            double shift = (System.nanoTime() - t0) / 1e9;
            Map<String, Double> sums = new LinkedHashMap<>();
            double total = 0;
            for (DeviceResult r : results) {
                System.out.printf("%s device %d %s: %s in %.1f s (%s)%n", spec, r.number(), r.deviceId(),
                        r.outcome(), r.seconds(), r.detail());
                for (StepRecord s : r.steps()) {
                    double seconds = s.duration().toMillis() / 1000.0;
                    System.out.printf("   %2d %-30s %6.2f s  %s%n", s.number(), s.title(), seconds, s.outcome());
                    if (r.number() > 1) {
                        sums.merge(s.title(), seconds, Double::sum);
                    }
                }
                total += r.number() > 1 ? r.seconds() : 0;
            }
            if (count > 1) {
                System.out.printf("%s: mean of devices 2..%d %.1f s per device; shift of %d in %.1f s%n", spec, count,
                        total / (count - 1), count, shift);
                int n = count - 1;
                sums.forEach((title, sum) -> System.out.printf("   %-30s %6.2f s%n", title, sum / n));
                List<DeviceResult> later = results.subList(1, results.size());
                System.out.printf("%s: %s; shift %.2f s per device; of devices 2..%d: probe %.2f s, witness"
                        + " (after the probe) %.2f s per device%n", spec, station.overlapped()
                        ? "overlapped witness, " + slots + " slots" : "one device at a time", shift / count, count,
                        later.stream().mapToDouble(DeviceResult::probeSeconds).average().orElse(0),
                        later.stream().mapToDouble(r -> r.seconds() - r.probeSeconds()).average().orElse(0));
                // The line's steady rate: from device 2's start to the last one's, without the first device's
                // warm-up and the last witnesses' drain that a short shift also pays.
                double startToStart = java.time.Duration.between(later.get(0).steps().get(0).started(),
                        results.get(results.size() - 1).steps().get(0).started()).toMillis() / 1000.0;
                if (later.size() > 1) {
                    System.out.printf("%s: steady rate, a device every %.2f s (start of device 2 to start of"
                            + " device %d)%n", spec, startToStart / (later.size() - 1), count);
                }
            }
        }
    }
}
