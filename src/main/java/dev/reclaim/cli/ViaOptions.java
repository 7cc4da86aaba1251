package dev.reclaim.cli;

import dev.reclaim.workflow.device.BootloaderPortSettings;
import dev.reclaim.workflow.device.DeviceKind;
import dev.reclaim.workflow.device.DeviceKinds;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.device.DeviceSpec;
import dev.reclaim.workflow.device.StLinkSettings;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** The options every device command shares: which device, and how to talk to a UART bootloader. */
final class ViaOptions {
    /** The accepted forms in the help, from the registry of device kinds (picocli's ${COMPLETION-CANDIDATES}). */
    static final class FlashDevices implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DeviceKinds.help(DeviceKind::reachesFlash).iterator();
        }
    }

    @Option(names = "--via", paramLabel = "SPEC", required = true, completionCandidates = FlashDevices.class,
            description = "Device: ${COMPLETION-CANDIDATES}.")
    String via;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "115200",
            description = "Bootloader baud rate (default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--mode", paramLabel = "8e1|8n1", defaultValue = "8e1",
            description = "Serial framing: 8e1 for real adapters (default); 8n1 only for pseudo-terminals, which"
                    + " drop parity.")
    String mode;

    @Option(names = {"-i", "--lines"}, paramLabel = "SEQ",
            description = "Entry[:exit] sequence on RTS/DTR for BOOT0/NRST, in stm32flash -i notation,"
                    + " e.g. 'rts&dtr,-dtr:-rts&dtr,-dtr'.")
    String lines;

    @Option(names = "--under-reset",
            description = "ST-Link only: attach under reset from the start (firmware that uses D6/D7 or sleeps);"
                    + " without it this is tried when the plain attach finds nobody on SWD.")
    boolean underReset;

    @Option(names = "--swd-khz", paramLabel = "N",
            description = "ST-Link only: SWD clock in kHz (default: 1800); lower it for long wires.")
    Integer swdKhz;

    DeviceSpec spec() {
        try {
            return DeviceKinds.parseFlashDevice(via);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
    }

    BootloaderPortSettings portSettings() {
        if (baud < 1200 || baud > 921600) {
            throw new UserFacingException("--baud " + baud + " is outside 1200-921600; the STM32 bootloader is"
                    + " specified from 1200 to 115200 baud.", ExitCodes.USAGE);
        }
        boolean evenParity = switch (mode.toLowerCase(Locale.ROOT)) {
            case "8e1" -> true;
            case "8n1" -> false;
            default -> throw new UserFacingException("--mode " + mode + " is not 8e1 or 8n1.", ExitCodes.USAGE);
        };
        try {
            return BootloaderPortSettings.of(baud, evenParity, Optional.ofNullable(lines));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
    }

    /** --under-reset and --swd-khz, checked against the kind of device they would apply to. */
    StLinkSettings stLinkSettings(DeviceSpec spec) {
        if ((underReset || swdKhz != null) && !spec.kind().takesStLinkSettings()) {
            throw new UserFacingException((underReset ? "--under-reset" : "--swd-khz") + " applies only to an"
                    + " ST-Link (--via stlink or sim-stlink), not to " + spec.kind().prefix() + ":; leave it out.",
                    ExitCodes.USAGE);
        }
        try {
            StLinkSettings defaults = StLinkSettings.defaults();
            return new StLinkSettings(underReset, swdKhz == null ? defaults.swdKhz() : swdKhz);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
    }

    /** Opens the device named by --via; failures become one-line messages with the right exit code. */
    DeviceSession open() {
        return open(UnaryOperator.identity());
    }

    /** What the device named by --via opens with (a station opens one session per device). */
    DeviceOptions options(DeviceSpec spec) {
        return DeviceOptions.commandLine(portSettings()).withStLink(stLinkSettings(spec));
    }

    /** Opens the device named by --via with options a command adds ({@code --cloud-fail} for the simulator). */
    DeviceSession open(UnaryOperator<DeviceOptions> adjust) {
        DeviceSpec spec = spec();
        DeviceOptions options = options(spec);
        try {
            return DeviceSession.open(spec, adjust.apply(options));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
    }
}
