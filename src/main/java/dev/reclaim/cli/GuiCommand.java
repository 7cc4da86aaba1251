package dev.reclaim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the workstation window. The JavaFX classes are reached only from here, so the CLI never loads the toolkit. */
@Command(name = "gui", description = "Open the Reclaim workstation (the default with no command).")
final class GuiCommand implements Callable<Integer> {
    @Option(names = "--device", paramLabel = "SPEC", defaultValue = "sim:keys-rejected",
            description = "Device to open: sim[:SCENARIO] | serial:PORT | bootloader:PORT | stlink[:SERIAL]. Default: ${DEFAULT-VALUE}.")
    String device;

    @Override
    public Integer call() {
        dev.reclaim.ui.ReclaimApp.launchWith(device);
        return ExitCodes.OK;
    }
}
