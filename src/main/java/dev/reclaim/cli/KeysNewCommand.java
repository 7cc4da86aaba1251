package dev.reclaim.cli;

import dev.reclaim.keys.KeyFiles;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reclaim keys new --out PREFIX}: a new RSA-1024 device key in particle-cli's three files. */
@Command(name = "new", description = "Make a new RSA-1024 device key: PREFIX.der (private, PKCS#1 DER), PREFIX.pem, "
        + "PREFIX.pub.pem. Files are owner-only.")
final class KeysNewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--out", paramLabel = "PREFIX", description = "File name prefix.")
        Path prefix;

        @Option(names = "--device-id", paramLabel = "ID", description = "Name the files like particle keys doctor: <ID>_rsa_new.*")
        String deviceId;
    }

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        KeyFiles files = target.prefix != null ? KeyFiles.forPrefix(target.prefix) : forDevice(target.deviceId);
        RsaPrivateKey key = RsaKeys.generateDeviceKey();
        KeysCommand.write(files, key, force);
        String fingerprint = key.publicKey().fingerprint();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, Json.object().put("algorithm", "RSA").put("bits", key.bits()).put("publicExponent", 65537)
                    .put("der", files.der().toString()).put("pem", files.pem().toString())
                    .put("publicPem", files.publicPem().toString()).put("fingerprint", fingerprint));
            return ExitCodes.OK;
        }
        out.println("New RSA-" + key.bits() + " device key (public exponent 65537), files owner-only:");
        out.println("  " + files.der() + "      private key, PKCS#1 DER: reclaim dct set FILE device_private_key=@" + files.der() + " --out NEW");
        out.println("  " + files.pem() + "      private key, PEM");
        out.println("  " + files.publicPem() + "  public key, PEM: particle keys send DEVICE_ID " + files.publicPem());
        out.println("Fingerprint (SHA-256 of the public key): " + fingerprint);
        out.flush();
        return ExitCodes.OK;
    }

    private static KeyFiles forDevice(String id) {
        if (!id.matches("[0-9a-fA-F]{24}")) {
            throw new UserFacingException("--device-id takes the 24 hex digits of a device ID, not \"" + id + "\"");
        }
        return KeyFiles.forDevice(Path.of("."), id);
    }
}
