package dev.reclaim.workflow;

import dev.reclaim.files.OwnerOnlyFiles;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * New device keys between "registered with the cloud" and "the device confirmed a handshake with it": while the
 * cloud and the device disagree the key must not be lost, so it is kept owner-only (0600) in
 * {@code <RECLAIM_HOME>/pending-keys/<deviceId>.der} (PKCS#1 DER) until the handshake is witnessed. An interrupted
 * recovery is finished from it ({@code reclaim recover --resume}).
 */
public final class PendingKeys {
    static final String FOLDER = "pending-keys";

    private final Path home;

    public PendingKeys(Path home) {
        this.home = home;
    }

    /** The store under {@link ReclaimHome#directory()}. */
    public static PendingKeys standard() {
        return new PendingKeys(ReclaimHome.directory());
    }

    /** The key kept for the device, if any. */
    public Optional<RsaPrivateKey> find(String deviceId) throws IOException {
        Path file = file(deviceId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RsaKeys.parsePrivateDer(Files.readAllBytes(file)));
        } catch (KeyFormatException e) {
            throw new IOException("The kept key " + file + " is damaged (" + e.getMessage() + "); move it away and"
                    + " run the recovery again.", e);
        }
    }

    /** Keeps {@code key} for the device, replacing a kept one; returns where. */
    public Path keep(String deviceId, RsaPrivateKey key) throws IOException {
        Path file = BackupStore.ownFolder(home, FOLDER).resolve(deviceId + ".der");
        OwnerOnlyFiles.write(file, key.toPkcs1Der(), true);
        return file;
    }

    /** Forgets the device's key once the device has confirmed it. */
    public void release(String deviceId) throws IOException {
        Files.deleteIfExists(file(deviceId));
    }

    Path file(String deviceId) {
        if (!deviceId.matches("[0-9a-f]{24}")) {
            throw new IllegalArgumentException("not a device ID: " + deviceId);
        }
        return home.resolve(FOLDER).resolve(deviceId + ".der");
    }
}
