package dev.reclaim.keys;

import dev.reclaim.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three files particle-cli makes for a device key ({@code particle keys new} / {@code keys doctor}):
 * {@code PREFIX.der} (PKCS#1 DER private key, what goes into the DCT), {@code PREFIX.pem} (the same key, PEM) and
 * {@code PREFIX.pub.pem} (the public key, SubjectPublicKeyInfo PEM, what {@code particle keys send} uploads).
 * keys doctor names the prefix {@code <deviceId>_rsa_new}.
 */
public record KeyFiles(Path der, Path pem, Path publicPem) {

    public static KeyFiles forPrefix(Path prefix) {
        String name = prefix.getFileName().toString();
        return new KeyFiles(prefix.resolveSibling(name + ".der"), prefix.resolveSibling(name + ".pem"),
                prefix.resolveSibling(name + ".pub.pem"));
    }

    /** particle-cli's name for a fresh device key: {@code <dir>/<deviceId>_rsa_new}. */
    public static KeyFiles forDevice(Path dir, String deviceId) {
        return forPrefix(dir.resolve(deviceId.toLowerCase() + "_rsa_new"));
    }

    public List<Path> all() {
        return List.of(der, pem, publicPem);
    }

    /**
     * Writes the key to all three files, each owner-only, as one set: all or none of them (a full disk leaves no
     * partial set). Without {@code overwrite} nothing is written if any of the files exists already.
     */
    public void write(RsaPrivateKey key, boolean overwrite) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(der, key.toPkcs1Der());
        files.put(pem, key.toPem().getBytes(StandardCharsets.US_ASCII));
        files.put(publicPem, key.publicKey().toPem().getBytes(StandardCharsets.US_ASCII));
        OwnerOnlyFiles.writeAll(files, overwrite);
    }
}
