package dev.reclaim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.ReclaimHome;
import dev.reclaim.workflow.device.DeviceSpec;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.station.DeviceResult;
import dev.reclaim.workflow.station.Recipe;
import dev.reclaim.workflow.station.ShiftListener;
import dev.reclaim.workflow.station.Station;
import dev.reclaim.workflow.station.WitnessOverlap;
import dev.reclaim.workflow.wizard.StepRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reclaim station run --recipe NAME|FILE --via SPEC [--count N]}: a shift at one station. */
@Command(name = "run", description = {
    "Run a recipe on --count devices, one after the other: each is claimed in the journal (no other station works",
    "on it meanwhile), and its run journaled. With --via sim:SCENARIO every device is a fresh simulated P1 with its",
    "own UID; with a real device the station waits for the next one (another device ID) or Enter.",
    "Through an ST-Link the station lets go of each board once it is reset and goes on to the next while the",
    "board (still powered on its fixture) is witnessed by the cloud in the background, up to --witness-slots",
    "boards at once; each device's line comes when its witness ends, in device order. Through a UART bootloader",
    "the log shares the wire, so there it works on one device at a time.",
    "Exit 0 when every device passed, 1 when any failed."})
final class StationRunCommand implements Callable<Integer> {
    @Option(names = "--recipe", paramLabel = "NAME|FILE", required = true,
            description = "A shipped recipe (reclaim station recipes) or a recipe file.")
    String recipe;

    @Mixin
    ViaOptions via;

    @Mixin
    CloudOption cloud;

    @Mixin
    JournalOption journal;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1",
            description = "How many devices this shift (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--station", paramLabel = "NAME",
            description = "This station's id in the journal's claims (default: the host name).")
    String station;

    @Mixin
    CloudFailOption cloudFail;

    @Option(names = "--witness-slots", paramLabel = "N", defaultValue = "" + WitnessOverlap.DEFAULT_SLOTS,
            description = "Through an ST-Link: how many reset boards are witnessed at once while the probe works on"
                    + " the next (the fixture's slots; default: ${DEFAULT-VALUE}; 1: one device at a time).")
    int witnessSlots;

    @Option(names = "--json", description = "One JSON line per device: deviceId, outcome, failedStep, seconds"
            + " (with the witness), probeSeconds (until the station let go of it), steps (each step's seconds).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 1 || count > 100000) {
            throw new UserFacingException("--count " + count + " is outside 1-100000.", ExitCodes.USAGE);
        }
        try {
            WitnessOverlap.checkSlots(witnessSlots);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
        Recipe chosen = StationRecipes.load(recipe);
        DeviceSpec device = via.spec();
        List<String> failing = cloudFail.on(device);
        PrintWriter out = spec.commandLine().getOut();
        Station shift = new Station(new Station.Setup(chosen, device, via.options(device).withCloudFails(failing),
                station == null ? Station.hostName() : station, Optional.ofNullable(journal.url),
                ReclaimHome.directory(), cloud.url(), DeviceWizardSetting.WITNESS_DEADLINE, witnessSlots));
        if (!json) {
            out.printf("Station %s: recipe %s on %s%n", station == null ? Station.hostName() : station,
                    chosen.name(), device.description());
            if (shift.overlapped()) {
                out.printf("Up to %d boards are witnessed at once after their reset while the probe works on the"
                        + " next.%n", witnessSlots);
            }
            shift.sequentialBecause().ifPresent(why -> out.printf("One device at a time: %s.%n", why));
            out.flush();
        }
        List<DeviceResult> results;
        try (CancelOnCtrlC ctrlC = new CancelOnCtrlC("station run")) {
            results = shift.run(count, ctrlC.cancellation(), new Lines(out), StationRunCommand::enterPressed);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        } catch (JournalException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        } catch (CancelledException e) {
            throw new UserFacingException("The shift was stopped: " + e.getMessage(), ExitCodes.PROBLEM);
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
        long passed = results.stream().filter(DeviceResult::passed).count();
        if (!json) {
            out.printf(Locale.ROOT, "Shift: %d devices, %d passed, %d failed, yield %.0f%%.%n", results.size(),
                    passed, results.size() - passed, results.isEmpty() ? 0.0 : 100.0 * passed / results.size());
            out.flush();
        }
        return passed == results.size() ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    /** Enter on the terminal: the operator says the next device is attached. */
    private static boolean enterPressed() {
        try {
            while (System.in.available() > 0) {
                if (System.in.read() == '\n') {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** " (1.2 s on the probe)" when the station let go of the device before its result; else "". */
    private static String onProbe(DeviceResult r) {
        return r.probeSeconds() < r.seconds() ? String.format(Locale.ROOT, " (%.1f s on the probe)",
                r.probeSeconds()) : "";
    }

    /** One line per device (JSON or text) and the waiting prompt. */
    private final class Lines implements ShiftListener {
        private final PrintWriter out;

        Lines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void awaitingDevice(int number, String lastDeviceId) {
            if (!json) {
                out.printf("Device %d: attach the next device (the last was %s), or press Enter.%n", number,
                        lastDeviceId.isEmpty() ? "not identified" : lastDeviceId);
                out.flush();
            }
        }

        @Override
        public void deviceWitnessing(int number, String deviceId) {
            if (!json) {
                out.printf("Device %d %s: reset; its handshake is witnessed while the station goes on.%n", number,
                        deviceId);
                out.flush();
            }
        }

        @Override
        public void stepFinished(StepRecord record) {
            // The per-device line says what matters; the journal holds every step.
        }

        @Override
        public void deviceFinished(DeviceResult r) {
            if (json) {
                ObjectNode line = Json.object().put("device", r.number()).put("deviceId", r.deviceId())
                        .put("outcome", r.passed() ? "pass" : "fail").put("failedStep", r.failedStep())
                        .put("diagnosis", r.outcome())
                        .put("seconds", Math.round(r.seconds() * 10) / 10.0)
                        .put("probeSeconds", Math.round(r.probeSeconds() * 10) / 10.0)
                        .put("journalEntry", r.journalEntry());
                ArrayNode steps = line.putArray("steps");
                r.steps().forEach(s -> steps.addObject().put("step", s.title())
                        .put("seconds", Math.round(s.duration().toMillis() / 10.0) / 100.0));
                try {
                    out.println(Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(line));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a JSON tree always serializes", e);
                }
            } else if (r.passed()) {
                out.printf(Locale.ROOT, "Device %d %s: PASS in %.1f s%s%n", r.number(), r.deviceId(), r.seconds(),
                        onProbe(r));
            } else {
                out.printf(Locale.ROOT, "Device %d %s: FAIL at \"%s\" in %.1f s%s: %s%n", r.number(),
                        r.deviceId().isEmpty() ? "(not identified)" : r.deviceId(), r.failedStep(), r.seconds(),
                        onProbe(r), r.detail());
            }
            out.flush();
        }
    }
}
