package dev.reclaim.cli;

import dev.reclaim.workflow.device.DeviceKinds;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the workstation window. The JavaFX classes are reached only from here, so the CLI never loads the toolkit. */
@Command(name = "gui", description = "Open the Reclaim workstation (the default with no command).")
final class GuiCommand implements Callable<Integer> {
    /** The accepted forms in the help, from the registry of device kinds (picocli's ${COMPLETION-CANDIDATES}). */
    static final class Devices implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DeviceKinds.help(k -> true).iterator();
        }
    }

    @Option(names = "--device", paramLabel = "SPEC", defaultValue = DeviceKinds.DEFAULT_TEXT,
            completionCandidates = Devices.class,
            description = "Device to open: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    String device;

    @Override
    public Integer call() {
        dev.reclaim.ui.ReclaimApp.launchWith(device);
        return ExitCodes.OK;
    }
}
