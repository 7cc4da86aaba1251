package dev.reclaim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.RefusedException;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.workflow.DeviceConnector;
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

    /** Opens the target named by --via; failures become one-line messages with the right exit code. */
    static FlashTarget open(ViaOptions via) {
        DeviceConnector connector = new DeviceConnector(
                scenario -> SimulatedDevices.startInProcess(scenario, SimulatorOptions.realistic()));
        try {
            return connector.open(via.spec(), via.portSettings());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        } catch (IOException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
        }
    }

    static String sectors(java.util.Set<Integer> set) {
        return set.isEmpty() ? "none"
                : "sector " + set.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static UserFacingException failure(IOException e) {
        return new UserFacingException(e.getMessage(), ExitCodes.PROBLEM, e);
    }

    @Command(name = "info", description = "Show the device ID, chip, flash size and protection state.")
    static final class Info implements Callable<Integer> {
        @Mixin
        ViaOptions via;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DeviceIdentity id;
            String access;
            try (FlashTarget target = open(via)) {
                id = target.identity();
                access = target.description();
            } catch (IOException e) {
                throw failure(e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(toJson(id, access));
            } else {
                out.printf("Device ID          %s%n", id.deviceId().orElse("(unreadable: read protection is on)"));
                out.printf("Chip               STM32F2 (0x%03X)%s%n", id.chipId(), id.flashSizeKib().isPresent()
                        ? ", " + id.flashSizeKib().getAsInt() + " KiB flash" : "");
                out.printf("Read protection    %s%n", id.readProtection().description());
                out.printf("Write protection   %s%n", id.writeProtected().map(DeviceCommand::sectors)
                        .orElse("(unreadable: read protection is on)"));
                out.printf("Reached through    %s%n", access);
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String toJson(DeviceIdentity id, String access) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("deviceId", id.deviceId().orElse(null));
            node.put("chipId", String.format("0x%03X", id.chipId()));
            if (id.flashSizeKib().isPresent()) {
                node.put("flashSizeKib", id.flashSizeKib().getAsInt());
            } else {
                node.putNull("flashSizeKib");
            }
            node.put("readProtection", id.readProtection().name());
            if (id.writeProtected().isPresent()) {
                id.writeProtected().get().forEach(node.putArray("writeProtectedSectors")::add);
            } else {
                node.putNull("writeProtectedSectors");
            }
            node.put("access", access);
            return node.toString();
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
            try (FlashTarget target = open(via)) {
                bar.stage("Reading the DCT (32 KiB at 0x08004000)");
                byte[] dct = target.read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH, bar);
                OwnerOnlyFiles.write(out, dct, force);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new UserFacingException(out + " exists: choose another --out or add --force.", ExitCodes.USAGE);
            } catch (RefusedException e) {
                throw failure(e);
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
