package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {

    @Test
    void keysNewWritesParticleCliFilesOwnerOnly(@TempDir Path dir) throws Exception {
        Path prefix = dir.resolve("p1");
        CliRun run = CliRun.of("keys", "new", "--out", prefix.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        RsaPrivateKey key = RsaKeys.readPrivateKeyFile(Files.readAllBytes(dir.resolve("p1.der")));
        assertThat(key.bits()).isEqualTo(1024);
        assertThat(RsaKeys.readPrivateKeyFile(Files.readAllBytes(dir.resolve("p1.pem"))).toPkcs1Der()).isEqualTo(key.toPkcs1Der());
        assertThat(RsaKeys.readPublicKeyFile(Files.readAllBytes(dir.resolve("p1.pub.pem")))).isEqualTo(key.publicKey());
        for (String name : new String[] {"p1.der", "p1.pem", "p1.pub.pem"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name)))).isEqualTo("rw-------");
        }
        assertThat(run.out()).contains(key.publicKey().fingerprint()).doesNotContain("BEGIN");
        CliRun again = CliRun.of("keys", "new", "--out", prefix.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(CliRun.of("keys", "new", "--out", prefix.toString(), "--force").exitCode()).isZero();
        assertThat(CliRun.of("keys", "new", "--device-id", "xyz").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("keys", "new").exitCode()).isEqualTo(2);
    }
}
