package dev.reclaim.workflow;

import dev.reclaim.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where DCT backups go before any write: {@code <home>/backups/<deviceId>/<UTC timestamp>-dct.bin}, owner-only,
 * never overwriting an earlier one.
 */
public final class BackupStore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path home;
    private final Clock clock;

    public BackupStore(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    /** The store under {@link ReclaimHome#directory()}. */
    public static BackupStore standard() {
        return new BackupStore(ReclaimHome.directory(), Clock.systemUTC());
    }

    /** Saves a 32 KiB DCT read from the device and returns where it went. */
    public Path save(String deviceId, byte[] dct) throws IOException {
        if (!deviceId.matches("[0-9a-f]{24}")) {
            throw new IllegalArgumentException("not a device ID: " + deviceId);
        }
        Path backups = home.resolve("backups");
        Path dir = backups.resolve(deviceId);
        // The home may be shared (RECLAIM_HOME=/tmp): only a home Reclaim creates is made owner-only; the folders
        // inside it are Reclaim's own and always are.
        if (Files.notExists(home)) {
            Files.createDirectories(home);
            ownerOnly(home);
        }
        for (Path p : new Path[] {backups, dir}) {
            if (Files.notExists(p)) {
                Files.createDirectory(p);
            }
            ownerOnly(p);
        }
        String stamp = STAMP.format(clock.instant());
        Path file = dir.resolve(stamp + "-dct.bin");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(stamp + "-" + n + "-dct.bin");
        }
        OwnerOnlyFiles.write(file, dct, false);
        return file;
    }

    /** Backups hold private keys: nobody else may even list them. */
    private static void ownerOnly(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
