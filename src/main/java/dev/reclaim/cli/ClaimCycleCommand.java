package dev.reclaim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.cloud.CloudException;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.ClaimCycle;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reclaim claim-cycle --via SPEC --count N [--by-id | --by-claim-code]}: unclaim and claim the device again N
 * times, with a report per cycle. Exit 0 when every cycle ended claimed, 1 otherwise, 2 for bad usage.
 */
@Command(name = "claim-cycle", description = {
    "QA: N times unclaim the device and claim it again, by its ID through the Cloud API (--by-id, the default) or",
    "the field way (--by-claim-code: a claim code written into the DCT with claimed cleared, the device reset, the",
    "owner checked until it sends the code). A report per cycle: outcome and seconds per step."})
final class ClaimCycleCommand implements Callable<Integer> {
    static final class How {
        @Option(names = "--by-id", description = "Claim by device ID through the Cloud API (default).")
        boolean byId;

        @Option(names = "--by-claim-code", description = "Claim the field way, through a claim code in the DCT.")
        boolean byClaimCode;
    }

    @Mixin
    ViaOptions via;

    @Mixin
    CloudOption cloud;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many cycles (1-1000).")
    int count;

    @ArgGroup(exclusive = true)
    How how;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "90", description = {"With --by-claim-code: how",
        "long a cycle waits for the device to connect and send its code (default: ${DEFAULT-VALUE})."})
    int waitSeconds;

    @Mixin
    CloudFailOption cloudFail;

    @Option(names = "--json", description = "Print one JSON document: the cycles and the journal entry.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 1 || count > 1000) {
            throw new UserFacingException("--count " + count + " is outside 1-1000.", ExitCodes.USAGE);
        }
        if (waitSeconds < 1) {
            throw new UserFacingException("--wait " + waitSeconds + " must be at least 1 second.", ExitCodes.USAGE);
        }
        ClaimCycle.Method method = how != null && how.byClaimCode ? ClaimCycle.Method.BY_CLAIM_CODE
                : ClaimCycle.Method.BY_ID;
        List<String> failing = cloudFail.on(via.spec());
        PrintWriter out = spec.commandLine().getOut();
        ClaimCycle.Result result;
        try (CancelOnCtrlC ctrlC = new CancelOnCtrlC("claim-cycle");
             DeviceSession device = via.open(o -> o.withCloudFails(failing))) {
            ParticleCloud particle = ParticleCloud.of(cloud.settings(device));
            ClaimCycle cycles = new ClaimCycle(device, particle, method, count, Duration.ofSeconds(waitSeconds),
                    BackupStore.standard(), RunJournal.standard());
            result = cycles.run(ctrlC.cancellation(), new WizardOutput(out, System.err, json, cycles.totalSteps()));
        } catch (CloudException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
        } catch (JournalException e) {
            throw new UserFacingException("The cycles ran, but their journal entry could not be written: "
                    + e.getMessage(), ExitCodes.PROBLEM, e);
        }
        if (json) {
            ObjectNode doc = Json.object().put("deviceId", result.deviceId()).put("method", method.id());
            ArrayNode list = doc.putArray("cycles");
            for (ClaimCycle.CycleReport c : result.cycles()) {
                ObjectNode n = list.addObject().put("number", c.number()).put("outcome", c.outcome())
                        .put("seconds", seconds(c.duration()));
                StepsJson.addTo(n.putArray("steps"), c.steps());
            }
            doc.put("journalEntry", result.journalEntry());
            Json.print(out, doc);
        } else {
            for (ClaimCycle.CycleReport c : result.cycles()) {
                out.printf(Locale.ROOT, "Cycle %d: %s in %.1f s (%s)%n", c.number(), c.outcome(),
                        seconds(c.duration()), c.steps().stream().filter(s -> s.outcome() != StepOutcome.SKIPPED)
                                .map(s -> String.format(Locale.ROOT, "%s %.1f s", shortTitle(s), seconds(s.duration())))
                                .collect(Collectors.joining(", ")));
            }
            long claimed = result.cycles().stream().filter(ClaimCycle.CycleReport::claimed).count();
            out.printf("%d of %d cycles claimed. Journal entry #%d.%n", claimed, count, result.journalEntry());
            out.flush();
        }
        if (result.allClaimed(count)) {
            return ExitCodes.OK;
        }
        String why = result.run().steps().stream().filter(s -> s.outcome() == StepOutcome.FAILED
                || s.outcome() == StepOutcome.CANCELLED).findFirst()
                .map(s -> "Step " + s.number() + " (" + s.title() + ") " + s.outcome().id() + ": " + s.detail())
                .orElse("Not every cycle ended claimed.");
        spec.commandLine().getErr().println(why);
        return ExitCodes.PROBLEM;
    }

    private static String shortTitle(StepRecord s) {
        return s.title().substring(s.title().indexOf(": ") + 2);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
