package dev.reclaim.cli;

import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.workflow.SetServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reclaim server set --via SPEC (--particle | --key FILE --host HOST[:PORT])}: the set-server wizard. */
@Command(name = "set", description = {
    "Point the device at a cloud: the server public key and address written together with the safe DCT write,",
    "read back, the device reset and its next handshake witnessed. Exit 0 only when the handshake was witnessed."})
final class ServerSetCommand extends DeviceWizardCommand implements Callable<Integer> {
    /** Exactly one of the presets. */
    static final class Choice {
        @Option(names = "--particle", required = true,
                description = "The Particle cloud: its bundled TCP server key and device.spark.io.")
        boolean particle;

        @ArgGroup(exclusive = false)
        Custom custom;
    }

    /** A custom or local cloud: both its key and its address. */
    static final class Custom {
        @Option(names = "--key", paramLabel = "FILE", required = true,
                description = "The server's public key, DER or PEM (RSA-2048 for TCP).")
        Path key;

        @Option(names = "--host", paramLabel = "HOST[:PORT]", required = true,
                description = "The server's host name or IPv4 address, and port (default 5683).")
        String host;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Override
    public Integer call() {
        SetServer.Server server = server();
        return execute("Set server", setting -> new SetServer(setting, server));
    }

    private SetServer.Server server() {
        if (choice.particle) {
            return SetServer.Server.particle();
        }
        Path file = choice.custom.key;
        try {
            return SetServer.Server.custom(RsaKeys.readPublicKeyFile(Files.readAllBytes(file)), choice.custom.host);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("Cannot read " + file + ": there is no such file.", ExitCodes.USAGE);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file + ": " + e.getMessage(), ExitCodes.USAGE);
        } catch (KeyFormatException e) {
            throw new UserFacingException(file + " is not a server public key in DER or PEM: " + e.getMessage(),
                    ExitCodes.USAGE);
        } catch (InvalidValueException e) {
            throw new UserFacingException("--host " + choice.custom.host + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }
}
