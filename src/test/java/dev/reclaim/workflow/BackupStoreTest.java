package dev.reclaim.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupStoreTest {
    @TempDir
    Path home;

    @Test
    void savesUnderTheDeviceIdWithAUtcStampOwnerOnlyAndNeverOverwrites() throws Exception {
        BackupStore s = new BackupStore(home, Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC));
        Path first = s.save("32003a000b47343533383531", new byte[] {1, 2, 3});
        Path second = s.save("32003a000b47343533383531", new byte[] {4});
        assertThat(first).isEqualTo(home.resolve("backups/32003a000b47343533383531/20260304T050607Z-dct.bin"));
        assertThat(second.getFileName().toString()).isEqualTo("20260304T050607Z-2-dct.bin");
        assertThat(Files.readAllBytes(first)).containsExactly(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void anExistingHomeKeepsItsModeOnlyTheFoldersReclaimMakesInsideAreOwnerOnly() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path backup = new BackupStore(home, Clock.systemUTC()).save("32003a000b47343533383531", new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwxrwxrwx");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("backups"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent())))
                .isEqualTo("rwx------");

        Path fresh = home.resolve("fresh-home");
        new BackupStore(fresh, Clock.systemUTC()).save("32003a000b47343533383531", new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .as("a home Reclaim created itself").isEqualTo("rwx------");
    }

    @Test
    void refusesAnythingButADeviceIdAsDirectoryName() {
        BackupStore s = new BackupStore(home, Clock.systemUTC());
        assertThatThrownBy(() -> s.save("../../etc", new byte[1])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void homeHonoursTheSystemProperty() {
        System.setProperty("reclaim.home", home.toString());
        try {
            assertThat(ReclaimHome.directory()).isEqualTo(home);
        } finally {
            System.clearProperty("reclaim.home");
        }
    }
}
