package dev.reclaim.cli;

import dev.reclaim.log.LogSource;
import dev.reclaim.log.SerialLogSource;
import dev.reclaim.workflow.DeviceWizard;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.WizardOutcome;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code recover} and {@code server set} share: the device ({@code --via} and the bootloader and ST-Link
 * options of {@code device write-dct}), its log ({@code --log PORT}), the cloud ({@code --cloud URL}), {@code --json},
 * and running a device wizard with Ctrl-C as a cancel request.
 */
abstract class DeviceWizardCommand {
    @Mixin
    ViaOptions via;

    @Mixin
    CloudOption cloud;

    @Option(names = "--log", paramLabel = "PORT", description = {"The device's log port (USB serial or a UART",
        "adapter), a witness of the handshake besides the cloud; the simulator's log UART is used without it."})
    String logPort;

    @Option(names = "--json", description = "Print one JSON document: outcome, steps, witness, journal entry.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Opens the device, builds the wizard for it, runs it, prints, and returns the exit code. */
    int execute(String title, Function<DeviceWizardSetting, DeviceWizard> wizard) {
        cloud.url(); // a bad URL is a usage error before the device is touched
        PrintWriter out = spec.commandLine().getOut();
        try (CancelOnCtrlC ctrlC = new CancelOnCtrlC(spec.name()); DeviceSession device = via.open()) {
            Optional<LogSource> log = Optional.ofNullable(logPort).map(p ->
                    SerialLogSource.port(p, SerialLogSource.DEFAULT_BAUD, new SerialLogSource.PortListener() { }));
            DeviceWizard run = wizard.apply(DeviceWizardSetting.standard(device, cloud.settings(device), log));
            if (!json) {
                out.printf("%s on %s%n", title, device.description());
            }
            WizardOutput output = new WizardOutput(out, System.err, json, run.wizard().steps().size());
            WizardOutcome outcome = run.run(ctrlC.cancellation(), output);
            int code = output.finish(title, outcome);
            if (code != ExitCodes.OK) {
                spec.commandLine().getErr().println(WizardOutput.failure(title, outcome));
                spec.commandLine().getErr().flush();
            }
            return code;
        } catch (JournalException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM);
        }
    }
}
