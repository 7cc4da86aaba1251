package dev.reclaim.dct.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.TestDcts;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.keys.KeyFiles;
import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DctEditsTest {
    private final DctEdits edits = DctEdits.photonP1();

    @TempDir
    Path dir;

    private Path keyFiles(RsaPrivateKey key) throws Exception {
        Path prefix = dir.resolve("dev");
        KeyFiles.forPrefix(prefix).write(key, true);
        return prefix;
    }

    @Test
    void privateKeyFromDerOrPemAlsoSetsTheMatchingPublicKey() throws Exception {
        RsaPrivateKey key = TestKeys.otherDevice();
        Path prefix = keyFiles(key);
        for (String file : new String[] {prefix + ".der", prefix + ".pem"}) {
            List<DctEdit> list = edits.parse(List.of("device_private_key=@" + file));
            assertThat(list).extracting(DctEdit::field).containsExactly("device_private_key", "device_public_key");
            byte[] priv = list.get(0).bytes();
            assertThat(priv).hasSize(1216);
            assertThat(Arrays.copyOf(priv, key.toPkcs1Der().length)).isEqualTo(key.toPkcs1Der());
            assertThat(Arrays.copyOfRange(priv, key.toPkcs1Der().length, 1216)).containsOnly((byte) 0xFF);
            assertThat(RsaKeys.parsePublicDer(list.get(1).bytes())).isEqualTo(key.publicKey());
            assertThat(list.get(1).offset()).isEqualTo(TestDcts.PUBLIC_KEY);
            assertThat(list.toString()).doesNotContain(dev.reclaim.keys.Hex.of(key.toPkcs1Der(), 30, 12));
        }
    }

    @Test
    void anExplicitPublicKeyOrRawPrivateBytesAreNotOverridden() throws Exception {
        Path prefix = keyFiles(TestKeys.otherDevice());
        List<DctEdit> both = edits.parse(List.of("device_private_key=@" + prefix + ".der", "device_public_key=blank"));
        assertThat(both).extracting(DctEdit::field).containsExactly("device_private_key", "device_public_key");
        assertThat(both.get(1).bytes()).containsOnly((byte) 0xFF);
        assertThat(edits.parse(List.of("device_private_key=blank"))).hasSize(1);
        assertThat(edits.parse(List.of("device_private_key=hex:3082"))).hasSize(1);
    }

    @Test
    void typedKeyEditsMatchTheTextForms() throws Exception {
        Path prefix = keyFiles(TestKeys.otherDevice());
        assertThat(edits.devicePrivateKey(TestKeys.otherDevice()))
                .isEqualTo(edits.parse(List.of("device_private_key=@" + prefix + ".der")));
        assertThat(edits.serverPublicKey(ParticleServerKeys.tcpKey())).isEqualTo(edits.parse("server_public_key", "particle"));
    }

    @Test
    void serverKeyStopsBeforeTheAddress() throws Exception {
        DctEdit e = edits.parse("server_public_key", "particle");
        assertThat(e.offset()).isEqualTo(2082);
        assertThat(e.bytes()).hasSize(384).isEqualTo(Arrays.copyOf(ParticleServerKeys.tcpKeyFile(), 384));
        Path der = dir.resolve("server.der");
        Files.write(der, TestKeys.customServer().publicKey().toSpkiDer());
        assertThat(RsaKeys.parsePublicDer(edits.parse("server_public_key", "@" + der).bytes()))
                .isEqualTo(TestKeys.customServer().publicKey());
        Path pem = dir.resolve("server.pem");
        Files.writeString(pem, TestKeys.customServer().publicKey().toPem());
        assertThat(edits.parse("server_public_key", "@" + pem).bytes()).isEqualTo(edits.parse("server_public_key", "@" + der).bytes());
        // particle-cli's padded file with an address block: the key part is taken
        Path padded = dir.resolve("rsa.pub.der");
        Files.write(padded, ParticleServerKeys.tcpKeyFile());
        assertThat(edits.parse("server_public_key", "@" + padded)).isEqualTo(e);
    }

    @Test
    void hexWritesExactlyTheGivenBytesAndBlankErases() throws Exception {
        DctEdit hex = edits.parse("reserved1", "hex:01 02:03");
        assertThat(hex.offset()).isEqualTo(2018);
        assertThat(hex.bytes()).containsExactly(1, 2, 3);
        assertThat(edits.parse("eap_config", "blank").bytes()).hasSize(4296).containsOnly((byte) 0xFF);
        assertThat(edits.parse("server_public_key", "blank").bytes()).hasSize(384);
        assertThat(edits.parse("device_private_key", "hex:3082").summary()).doesNotContain("3082");
    }

    @Test
    void valuesThatDoNotFitAreRejectedWithTheReason() throws Exception {
        Path prefix = keyFiles(TestKeys.otherDevice());
        Path big = dir.resolve("big");
        KeyFiles.forPrefix(big).write(TestKeys.customServer(), true);
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, not a key");
        assertRejected("device_private_key=@" + big + ".der", "RSA-1024", "RSA-2048");
        assertRejected("device_private_key=@" + text, "neither a DER nor a PEM");
        assertRejected("device_private_key=@" + prefix + ".pub.pem", "PUBLIC KEY");
        assertRejected("device_private_key=@" + dir.resolve("missing.der"), "no file");
        assertRejected("device_private_key=" + prefix + ".der", "@FILE");
        assertRejected("server_public_key=@" + prefix + ".pub.pem", "RSA-2048", "RSA-1024");
        assertRejected("device_public_key=particle", "@FILE");
        assertRejected("server_address=" + "x".repeat(70) + ".com", "at most 63");
        assertRejected("reserved1=hex:" + "00".repeat(65), "1 to 64 bytes");
        assertRejected("reserved1=hex:0g", "not a hex digit");
        assertRejected("no_such_field=1", "no DCT field \"no_such_field\"");
        assertRejected("claimed", "FIELD=VALUE");
        assertThatThrownBy(() -> edits.parse(List.of("claimed=true", "claimed=false")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("claimed is given twice");
    }

    private void assertRejected(String assignment, String... words) {
        assertThatThrownBy(() -> edits.parse(List.of(assignment))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    for (String w : words) {
                        assertThat(e.getMessage()).contains(w);
                    }
                });
    }

    @Test
    void editsApplyInOrder() throws Exception {
        byte[] app = DctWriter.applyEdits(TestDcts.healthyApp(), edits.parse(List.of("claim_code=abc", "claimed=false")));
        assertThat(new String(app, 1762, 3, StandardCharsets.US_ASCII)).isEqualTo("abc");
        assertThat(app[1825]).isZero();
    }
}
