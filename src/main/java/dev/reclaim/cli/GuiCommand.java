package dev.reclaim.cli;

import dev.reclaim.workflow.device.DeviceKinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Opens the workstation window. The JavaFX classes are reached only from here, so the CLI never loads the toolkit. */
@Command(name = "gui", description = {"Open the Reclaim workstation (the default with no command), with each FILE",
    "open in it as File > Open does: a log in the log view, a DCT image in the DCT editor.",
    "Exit 2, before any window opens, when a file cannot be read."})
public final class GuiCommand implements Callable<Integer> {
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

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Logs or DCT images to open (decided by content).")
    List<String> files = new ArrayList<>();

    /**
     * The window on FILEs (none: the default device) without parsing through picocli, which reads every command's
     * annotations first (about 0.3 s of a 2 s start here, over 1 s under load): {@code reclaim}, {@code reclaim FILE}
     * and {@code reclaim gui FILE...}, the way the desktop and the menu start it. Same checks, messages and exit codes.
     */
    public static int launch(List<String> files) {
        GuiCommand gui = new GuiCommand();
        gui.device = DeviceKinds.DEFAULT_TEXT;
        gui.files = new ArrayList<>(files);
        try {
            return gui.call();
        } catch (RuntimeException e) {
            return ExitCodes.report(e, new java.io.PrintWriter(System.err, true));
        }
    }

    @Override
    public Integer call() {
        List<Path> paths = files.stream().map(f -> ReadableFile.check(f, "a log or a DCT image")).toList();
        String noDisplay = Display.missingHere();
        if (noDisplay != null) {
            throw new UserFacingException(noDisplay);
        }
        try {
            dev.reclaim.ui.ReclaimApp.launchWith(device, paths);
        } catch (UnsupportedOperationException e) {
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                throw new UserFacingException(Display.unreachable(), ExitCodes.USAGE, e);
            }
            throw e;
        }
        return ExitCodes.OK;
    }
}
