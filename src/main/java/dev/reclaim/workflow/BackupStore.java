package dev.reclaim.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where DCT backups go before any write: {@code <home>/backups/<deviceId>/<UTC timestamp>-dct.bin}, owner-only,
 * never overwriting an earlier one, with a sidecar {@code <backup>.json} saying when and why it was taken.
 */
public final class BackupStore {
    /** The reason recorded when the caller gives none: the safe write's own backup. */
    public static final String BEFORE_WRITE = "before a DCT write";

    /**
     * One backup.
     *
     * @param id      "deviceId/stamp", what {@code backup restore} takes
     * @param takenAt when it was saved
     * @param why     why it was taken ("unknown" for backups older than the sidecar)
     * @param sha256  of the file, so a journal reference can be checked
     */
    public record Backup(String id, String deviceId, Instant takenAt, String why, Path file, String sha256) {
    }

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String SUFFIX = "-dct.bin";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Saves a 32 KiB DCT read from the device before a write and returns where it went. */
    public Path save(String deviceId, byte[] dct) throws IOException {
        return save(deviceId, dct, BEFORE_WRITE);
    }

    /**
     * Saves a 32 KiB DCT read from the device and returns where it went.
     *
     * @param why one line for the backup list, e.g. "before recovering keys"
     */
    public Path save(String deviceId, byte[] dct, String why) throws IOException {
        if (!deviceId.matches("[0-9a-f]{24}")) {
            throw new IllegalArgumentException("not a device ID: " + deviceId);
        }
        Path dir = ownFolder(home, "backups", deviceId);
        String stamp = STAMP.format(clock.instant());
        Path file = dir.resolve(stamp + SUFFIX);
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(stamp + "-" + n + SUFFIX);
        }
        OwnerOnlyFiles.write(file, dct, false);
        ObjectNode sidecar = JSON.createObjectNode().put("deviceId", deviceId)
                .put("takenAt", clock.instant().toString()).put("why", why).put("sha256", sha256(dct));
        OwnerOnlyFiles.write(sidecar(file), JSON.writeValueAsBytes(sidecar), false);
        return file;
    }

    /** Every backup, newest first; only the device's when {@code deviceId} is given. */
    public List<Backup> list(Optional<String> deviceId) throws IOException {
        Path backups = home.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(backups)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String id = dir.getFileName().toString();
                if (deviceId.map(d -> d.toLowerCase(Locale.ROOT).equals(id)).orElse(true)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                            found.add(describe(id, f));
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::id).reversed());
        return found;
    }

    /**
     * The backup {@code idOrPath} names: an id as {@link #list} gives it ("deviceId/stamp") or the path of a backup
     * file in this store (both are what {@code backup list} prints). Empty when it names none.
     */
    public Optional<Backup> find(String idOrPath) throws IOException {
        String wanted = idOrPath.strip();
        Optional<Path> asPath = Optional.empty();
        try {
            asPath = Optional.of(Path.of(wanted).toAbsolutePath().normalize());
        } catch (java.nio.file.InvalidPathException e) {
            // not a path: only an id can match
        }
        for (Backup b : list(Optional.empty())) {
            if (b.id().equalsIgnoreCase(wanted)
                    || asPath.map(p -> p.equals(b.file().toAbsolutePath().normalize())).orElse(false)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * The SHA-256 the backup's sidecar recorded when it was saved, if it has a sidecar that says: a file whose
     * digest no longer matches was changed or damaged since.
     */
    public static Optional<String> recordedSha256(Backup backup) throws IOException {
        Path sidecar = sidecar(backup.file());
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        String sha = JSON.readTree(sidecar.toFile()).path("sha256").asText("");
        return sha.matches("[0-9a-f]{64}") ? Optional.of(sha) : Optional.empty();
    }

    private Backup describe(String deviceId, Path file) throws IOException {
        String name = file.getFileName().toString();
        String stamp = name.substring(0, name.length() - SUFFIX.length());
        Instant takenAt = stampTime(stamp);
        String why = "unknown (taken before reasons were kept)";
        Path sidecar = sidecar(file);
        if (Files.isRegularFile(sidecar)) {
            JsonNode node = JSON.readTree(sidecar.toFile());
            why = node.path("why").asText(why);
            try {
                takenAt = Instant.parse(node.path("takenAt").asText());
            } catch (DateTimeParseException e) {
                // keep the file name's time
            }
        }
        return new Backup(deviceId + "/" + stamp, deviceId, takenAt, why, file, sha256(Files.readAllBytes(file)));
    }

    /** "20260304T050607Z" or "20260304T050607Z-2" → the instant; EPOCH for a name that is not a stamp. */
    private static Instant stampTime(String stamp) {
        try {
            return STAMP.parse(stamp.split("-", 2)[0], Instant::from);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static Path sidecar(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".json");
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Backups hold private keys: nobody else may even list them. */
    /**
     * {@code home/names...}, created if missing. The home may be shared (RECLAIM_HOME=/tmp): only a home Reclaim
     * creates is made owner-only; the folders inside it are Reclaim's own and always are.
     */
    static Path ownFolder(Path home, String... names) throws IOException {
        if (Files.notExists(home)) {
            Files.createDirectories(home);
            ownerOnly(home);
        }
        Path p = home;
        for (String name : names) {
            p = p.resolve(name);
            if (Files.notExists(p)) {
                Files.createDirectory(p);
            }
            ownerOnly(p);
        }
        return p;
    }

    private static void ownerOnly(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
