package dev.reclaim.cli;

import dev.reclaim.workflow.device.DeviceSpec;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --cloud-fail CALL}: the simulated cloud answers that call with HTTP 503, for fault tests on the simulator. */
final class CloudFailOption {
    @Option(names = "--cloud-fail", paramLabel = "CALL", split = ",", description = {"sim and sim-stlink only:",
        "the simulated cloud answers this call (register, claim, unclaim, lookup, product) with HTTP 503."})
    List<String> calls = List.of();

    /** The calls to fail on {@code device}; refused (bad usage) for a device that is not the simulator. */
    List<String> on(DeviceSpec device) {
        if (!calls.isEmpty() && !device.kind().prefix().startsWith("sim")) {
            throw new UserFacingException("--cloud-fail applies only to the simulator (--via sim or sim-stlink);"
                    + " leave it out.", ExitCodes.USAGE);
        }
        return calls;
    }
}
