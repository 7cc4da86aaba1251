package dev.reclaim.cli;

import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.keys.KeyFiles;
import dev.reclaim.keys.RsaPrivateKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reclaim keys export FILE --out PREFIX}: the device private key of a DCT file in particle-cli's three files,
 * byte for byte as the device holds it (so {@code dct set device_private_key=@PREFIX.der} writes back the same bytes).
 */
@Command(name = "export", description = "Save the device key of a DCT file as PREFIX.der (the key's bytes exactly as "
        + "the device holds them), PREFIX.pem and PREFIX.pub.pem. Files are owner-only.")
final class KeysExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A DCT file (any format dct show reads).")
    Path file;

    @Option(names = "--out", paramLabel = "PREFIX", required = true, description = "File name prefix.")
    Path prefix;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Override
    public Integer call() {
        DecodedField field = DctInspector.inspect(DctFiles.read(file)).field("device_private_key")
                .orElseThrow(() -> new UserFacingException(file + " holds no device_private_key field"));
        RsaPrivateKey key = exportable(field).orElseThrow(() -> new UserFacingException(
                "the device private key in " + file + " is " + (field.status() == FieldStatus.INVALID
                        ? "not a usable key (" + field.problem() + ")" : field.status().id()) + "; there is nothing to export"));
        KeyFiles files = KeyFiles.forPrefix(prefix);
        KeysCommand.write(files, key, force);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Device key of " + file + " (RSA-" + key.bits() + "), files owner-only:");
        out.println("  " + files.der() + "      private key, its bytes as on the device");
        out.println("  " + files.pem() + "      private key, PEM");
        out.println("  " + files.publicPem() + "  public key, PEM");
        out.println("Fingerprint (SHA-256 of the public key): " + key.publicKey().fingerprint());
        out.flush();
        return ExitCodes.OK;
    }

    /** A usable key, or a valid key the firmware misreads (written back, it is put in the firmware's layout). */
    private static Optional<RsaPrivateKey> exportable(DecodedField field) {
        Optional<RsaPrivateKey> usable = field.parsed(RsaPrivateKey.class);
        if (usable.isPresent()) {
            return usable;
        }
        return field.parsed(DeviceKeyVerdict.class).filter(v -> v.kind() == DeviceKeyVerdict.Kind.MISREAD)
                .map(DeviceKeyVerdict::stored);
    }
}
