package dev.reclaim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.workflow.IdentifyDevice;
import dev.reclaim.workflow.Identity;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reclaim device info|read-dct|write-dct --via SPEC}: a device's identity and its DCT. */
@Command(name = "device", description = "Identify a device and read or write its DCT.",
        subcommands = {DeviceCommand.Info.class, DeviceCommand.ReadDct.class, WriteDctCommand.class})
final class DeviceCommand {

    static String sectors(java.util.Set<Integer> set) {
        return set.isEmpty() ? "none"
                : "sector " + set.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A port that does not exist is unusable input (2, as in {@code log follow}); anything else a problem (1). */
    static UserFacingException failure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.NoSuchFileException) {
                return new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
            }
        }
        return new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
    }

    @Command(name = "info", description = "Show the device ID, chip, flash size, protection state and the Device OS"
            + " modules (system parts, user part) read from flash.")
    static final class Info implements Callable<Integer> {
        @Mixin
        ViaOptions via;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Identity id;
            try (DeviceSession device = via.open()) {
                id = IdentifyDevice.identify(device);
            } catch (IOException e) {
                throw failure(e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(IdentityOutput.json(id));
            } else {
                IdentityOutput.text(id, out);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "read-dct", description = "Save both DCT copies (32 KiB at 0x08004000) to a file, owner-only.")
    static final class ReadDct implements Callable<Integer> {
        @Mixin
        ViaOptions via;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to save the DCT.")
        Path out;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ProgressBar bar = new ProgressBar(System.err);
            try (DeviceSession device = via.open()) {
                OwnerOnlyFiles.write(out, dev.reclaim.workflow.ReadDct.read(device, bar).dct(), force);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new UserFacingException(out + " exists: choose another --out or add --force.", ExitCodes.USAGE);
            } catch (IOException e) {
                bar.finishLine();
                throw failure(e);
            }
            spec.commandLine().getOut().printf("Saved DCT1 and DCT2 (32768 bytes) to %s%n", out);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
