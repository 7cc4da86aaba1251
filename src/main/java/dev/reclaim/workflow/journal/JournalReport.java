package dev.reclaim.workflow.journal;

import dev.reclaim.workflow.wizard.StepRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a line wants to know from its journal since a time: the yield per shift and station, the failures by failed
 * step and diagnosis, and the devices touched more than once. A shift is a calendar day in the report's time zone
 * (the line's local time): Reclaim knows no shift plan, and a day is what a plan's shifts add up to.
 *
 * @param runs            every entry in the report
 * @param passed          those that {@link JournalEntry#passed() passed}
 * @param shifts          per shift (oldest first), then station (by name)
 * @param failures        most frequent first
 * @param repeatedDevices devices with more than one run, most runs first
 */
public record JournalReport(Instant since, ZoneId zone, int runs, int passed, List<ShiftYield> shifts,
                            List<FailureCount> failures, List<RepeatedDevice> repeatedDevices) {

    public JournalReport {
        shifts = List.copyOf(shifts);
        failures = List.copyOf(failures);
        repeatedDevices = List.copyOf(repeatedDevices);
    }

    /** The runs one station did in one shift. */
    public record ShiftYield(LocalDate shift, String station, int runs, int passed) {
        /** Passed runs as a share of all, 0..1. */
        public double yield() {
            return runs == 0 ? 0 : (double) passed / runs;
        }
    }

    /**
     * Failed runs that stopped at the same step with the same outcome.
     *
     * @param failedStep the step's title, or {@link #NO_STEP} when the run failed after its steps (e.g. no witness)
     * @param diagnosis  the run's outcome id, e.g. "register_failed"
     * @param example    the most recent such run's failed step detail: what the user read
     */
    public record FailureCount(String failedStep, String diagnosis, int count, String example) {
        public static final String NO_STEP = "(after the last step)";
    }

    /**
     * A device with more than one run.
     *
     * @param overlapped two of its runs overlapped in time: only possible while stations worked offline, where a
     *                   claim cannot be seen by the other stations
     */
    public record RepeatedDevice(String deviceId, int runs, List<String> stations, String lastOutcome,
                                 boolean overlapped) {
        public RepeatedDevice {
            stations = List.copyOf(stations);
        }
    }

    /** Passed runs as a share of all, 0..1. */
    public double yield() {
        return runs == 0 ? 0 : (double) passed / runs;
    }

    /** The report over {@code entries} (those of the journal since {@code since}), shifts in {@code zone}. */
    public static JournalReport of(List<JournalEntry> entries, Instant since, ZoneId zone) {
        List<JournalEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(JournalEntry::started).thenComparing(JournalEntry::id));
        Map<LocalDate, Map<String, int[]>> byShift = new TreeMap<>();
        Map<List<String>, List<JournalEntry>> byFailure = new LinkedHashMap<>();
        Map<String, List<JournalEntry>> byDevice = new LinkedHashMap<>();
        int passed = 0;
        for (JournalEntry e : sorted) {
            int[] counts = byShift.computeIfAbsent(shiftOf(e, zone), d -> new TreeMap<>())
                    .computeIfAbsent(e.station(), s -> new int[2]);
            counts[0]++;
            if (e.passed()) {
                counts[1]++;
                passed++;
            } else {
                String step = e.failedStep().map(StepRecord::title).orElse(FailureCount.NO_STEP);
                byFailure.computeIfAbsent(List.of(step, e.outcome()), k -> new ArrayList<>()).add(e);
            }
            byDevice.computeIfAbsent(e.deviceId(), d -> new ArrayList<>()).add(e);
        }
        List<ShiftYield> shifts = new ArrayList<>();
        byShift.forEach((day, stations) -> stations.forEach((station, c) ->
                shifts.add(new ShiftYield(day, station, c[0], c[1]))));
        List<FailureCount> failures = new ArrayList<>();
        byFailure.forEach((key, runs) -> {
            JournalEntry last = runs.get(runs.size() - 1);
            String example = last.failedStep().map(StepRecord::detail).filter(d -> !d.isEmpty())
                    .orElse(last.witness());
            failures.add(new FailureCount(key.get(0), key.get(1), runs.size(), example));
        });
        failures.sort(Comparator.comparingInt(FailureCount::count).reversed());
        List<RepeatedDevice> repeated = new ArrayList<>();
        byDevice.forEach((device, runs) -> {
            if (runs.size() > 1) {
                TreeSet<String> stations = new TreeSet<>();
                runs.forEach(r -> stations.add(r.station()));
                repeated.add(new RepeatedDevice(device, runs.size(), new ArrayList<>(stations),
                        runs.get(runs.size() - 1).outcome(), overlapped(runs)));
            }
        });
        repeated.sort(Comparator.comparingInt(RepeatedDevice::runs).reversed()
                .thenComparing(RepeatedDevice::deviceId));
        return new JournalReport(since, zone, sorted.size(), passed, shifts, failures, repeated);
    }

    /** The shift an entry belongs to: the local calendar day it started on. */
    public static LocalDate shiftOf(JournalEntry e, ZoneId zone) {
        return e.started().atZone(zone).toLocalDate();
    }

    /** Whether any run started before the previous one (in start order) ended. */
    private static boolean overlapped(List<JournalEntry> runsByStart) {
        for (int i = 1; i < runsByStart.size(); i++) {
            JournalEntry before = runsByStart.get(i - 1);
            if (runsByStart.get(i).started().isBefore(before.started().plus(before.duration()))) {
                return true;
            }
        }
        return false;
    }
}
