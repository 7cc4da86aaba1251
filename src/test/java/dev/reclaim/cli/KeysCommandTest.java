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

    /** A device key goes out (keys export) and back in (dct set) byte for byte, in both particle-cli files. */
    @Test
    void keysExportAndDctSetRoundTripAFirmwareKeyByteForByte(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 3; i++) {
            RsaPrivateKey numbers = dev.reclaim.keys.FirmwareFormatKeys.key(i * 7);
            byte[] layout = dev.reclaim.keys.FirmwareFormatKeys.firmwareLayout(numbers);
            byte[] app = dev.reclaim.dct.TestDcts.healthyApp();
            java.util.Arrays.fill(app, 34, 34 + 1216, (byte) 0xFF);
            dev.reclaim.dct.TestDcts.put(app, 34, layout);
            Path image = dir.resolve("dev" + i + ".bin");
            Files.write(image, dev.reclaim.dct.TestDcts.image(dev.reclaim.dct.TestDcts.versioned(3).app(app),
                    dev.reclaim.dct.TestDcts.blank()));
            Path prefix = dir.resolve("key" + i);
            CliRun export = CliRun.of("keys", "export", image.toString(), "--out", prefix.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(Files.readAllBytes(dir.resolve("key" + i + ".der"))).isEqualTo(layout);
            for (String file : new String[] {".der", ".pem"}) {
                Path out = dir.resolve("back" + i + file + ".bin");
                CliRun set = CliRun.of("dct", "set", image.toString(), "device_private_key=@" + prefix + file,
                        "--out", out.toString());
                assertThat(set.exitCode()).as(set.err()).isZero();
                byte[] written = dev.reclaim.dct.DctReader.read(out).currentAppDct(dev.reclaim.dct.DctGeneration.VERSIONED)
                        .orElseThrow().bytes();
                assertThat(java.util.Arrays.copyOfRange(written, 34, 34 + 1216))
                        .isEqualTo(java.util.Arrays.copyOfRange(app, 34, 34 + 1216));
            }
        }
        CliRun blank = CliRun.of("keys", "export", writeBlankKeyImage(dir).toString(), "--out", dir.resolve("none").toString());
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("blank").contains("nothing to export");
    }

    private static Path writeBlankKeyImage(Path dir) throws Exception {
        byte[] app = dev.reclaim.dct.TestDcts.healthyApp();
        java.util.Arrays.fill(app, 34, 34 + 1216, (byte) 0xFF);
        Path image = dir.resolve("blank.bin");
        Files.write(image, dev.reclaim.dct.TestDcts.image(dev.reclaim.dct.TestDcts.versioned(3).app(app),
                dev.reclaim.dct.TestDcts.blank()));
        return image;
    }
}
