package dev.reclaim.dct.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.TestDcts;
import dev.reclaim.dct.codec.FieldValue;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
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
        assertThat(edits.parse(List.of("device_private_key=hex:3082..."))).hasSize(1);
    }

    @Test
    void typedKeyEditsMatchTheTextForms() throws Exception {
        Path prefix = keyFiles(TestKeys.otherDevice());
        assertThat(edits.devicePrivateKey(TestKeys.otherDevice()))
                .isEqualTo(edits.parse(List.of("device_private_key=@" + prefix + ".der")));
        assertThat(edits.serverPublicKey(ParticleServerKeys.tcpKey())).isEqualTo(edits.parse("server_public_key", "particle"));
        assertThat(edits.particleServerKey()).isEqualTo(edits.parse("server_public_key", "particle"));
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
        DctEdit hex = edits.parse("reserved1", "hex:01 02:03...");
        assertThat(hex.offset()).isEqualTo(2018);
        assertThat(hex.bytes()).containsExactly(1, 2, 3);
        assertThat(edits.parse("eap_config", "blank").bytes()).hasSize(4296).containsOnly((byte) 0xFF);
        assertThat(edits.parse("server_public_key", "blank").bytes()).hasSize(384);
        assertThat(edits.parse("device_private_key", "hex:3082...").summary()).doesNotContain("3082");
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
        assertRejected("reserved1=hex:" + "00".repeat(65) + "...", "1 to 64 bytes");
        assertRejected("reserved1=hex:" + "00".repeat(63), "takes exactly 64 bytes");
        assertRejected("device_id=hex:0011", "device_id takes exactly 12 bytes (24 hex digits), but hex:0011 gives 2;"
                + " give all of them, or end with ... to change only the first 2 and keep the rest (device_id=hex:0011...)");
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
    void aTypedServerAddressIsTheTextFormAndItsTypeIsChecked() throws Exception {
        ServerAddress ip = ServerAddress.of(ServerAddress.Type.IP, " 10.1.2.3 ", "5684");
        assertThat(edits.set("server_address", new FieldValue.Address(ip))).isEqualTo(edits.parse("server_address", "10.1.2.3:5684"));
        ServerAddress domain = ServerAddress.of(ServerAddress.Type.DOMAIN, "cloud.example.com", "");
        assertThat(domain.defaultPort()).isTrue();
        DctEdit alt = edits.set("alt_server_address", new FieldValue.Address(domain));
        assertThat(alt.offset()).isEqualTo(3490);
        assertThat(ServerAddress.decode(alt.bytes()).host()).isEqualTo("cloud.example.com");
        assertThat(edits.particleCloud()).containsExactly(edits.parse("server_address", "device.spark.io"),
                edits.parse("server_public_key", "particle"));
        assertThatThrownBy(() -> ServerAddress.of(ServerAddress.Type.IP, "cloud.example.com", ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not an IPv4 address");
        assertThatThrownBy(() -> ServerAddress.of(ServerAddress.Type.DOMAIN, "10.0.0.1", ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is an IPv4 address");
        assertThatThrownBy(() -> ServerAddress.of(ServerAddress.Type.IP, "1.2.3.256", ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a valid IPv4");
        assertThatThrownBy(() -> ServerAddress.of(ServerAddress.Type.DOMAIN, "host", "70000"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("port must be a number from 1 to 65534");
    }

    @Test
    void aKeyFileGoesToItsFieldAndAPrivateKeyBringsItsPublicHalf() throws Exception {
        RsaPrivateKey key = TestKeys.otherDevice();
        Path prefix = keyFiles(key);
        Path pem = Path.of(prefix + ".pem");
        List<DctEdit> imported = edits.keyFile("device_private_key", pem);
        assertThat(imported).isEqualTo(edits.parse(List.of("device_private_key=@" + pem)));
        assertThat(imported).extracting(DctEdit::field).containsExactly("device_private_key", "device_public_key");
        assertThat(RsaKeys.parsePublicDer(imported.get(1).bytes())).isEqualTo(key.publicKey());
        assertThat(imported.toString()).doesNotContain(dev.reclaim.keys.Hex.of(key.toPkcs1Der(), 30, 12));

        List<DctEdit> pub = edits.keyFile("device_public_key", Path.of(prefix + ".pub.pem"));
        assertThat(pub).hasSize(1);
        assertThat(RsaKeys.parsePublicDer(pub.get(0).bytes())).isEqualTo(key.publicKey());

        assertThatThrownBy(() -> edits.keyFile("server_public_key", Path.of(prefix + ".pub.pem")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("RSA-2048").hasMessageContaining("RSA-1024");
        assertThatThrownBy(() -> edits.keyFile("device_private_key", Path.of(prefix + ".pub.pem")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PUBLIC KEY");
        assertThatThrownBy(() -> edits.keyFile("device_private_key", dir.resolve("missing.der")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no file");
        assertThatThrownBy(() -> edits.keyFile("claimed", pem))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("claimed takes no key file");
        assertThatThrownBy(() -> edits.keyFile("alt_device_private_key", pem))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("takes no key file");
    }

    @Test
    void claimedTextDeviceIdAndNumbersAreTheirTextForms() throws Exception {
        assertThat(edits.set("claimed", new FieldValue.Claimed(true)).bytes()).containsExactly('1'); // §0: was 1
        assertThat(edits.set("claimed", new FieldValue.Claimed(false))).isEqualTo(edits.parse("claimed", "no"));
        assertThat(edits.valueOf("claimed", "yes")).isEqualTo(new FieldValue.Claimed(true));

        assertThat(edits.set("claim_code", new FieldValue.Text("abc"))).isEqualTo(edits.parse("claim_code", "abc"));
        assertThatThrownBy(() -> edits.set("claim_code", new FieldValue.Text("A".repeat(64))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 63");
        assertThat(edits.set("ssid_prefix", new FieldValue.Text("Photon")).bytes()[0]).isEqualTo((byte) 6);

        assertThat(edits.valueOf("device_id", "0123456789ABCDEF01234567"))
                .isEqualTo(new FieldValue.DeviceId("0123456789abcdef01234567"));
        assertThat(edits.set("device_id", new FieldValue.DeviceId("0123456789abcdef01234567")))
                .isEqualTo(edits.parse("device_id", "0123456789abcdef01234567"));
        assertThatThrownBy(() -> edits.set("device_id", new FieldValue.DeviceId("0123")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("24 hex digits");

        assertThat(edits.valueOf("ota_update_flag", "set")).isEqualTo(new FieldValue.Number(0xa5));
        assertThat(edits.valueOf("cloud_transport", "0x00")).isEqualTo(new FieldValue.Number(0));
        assertThat(edits.set("ota_update_flag", new FieldValue.Number(0xa5))).isEqualTo(edits.parse("ota_update_flag", "set"));
        assertThat(edits.set("feature_flags", new FieldValue.Number(0x01020304L)).bytes()).containsExactly(4, 3, 2, 1);
        assertThatThrownBy(() -> edits.set("ota_update_flag", new FieldValue.Number(256)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("outside 0..255");
        assertThatThrownBy(() -> edits.valueOf("version", "0x10000"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("0x10000 is outside 0..65535");
        assertThatThrownBy(() -> edits.valueOf("cloud_transport", "udp"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a number");

        assertThat(edits.set("product_store", new FieldValue.Product(6, 2))).isEqualTo(edits.parse("product_store", "6:2"));
        assertThatThrownBy(() -> edits.set("claimed", new FieldValue.Text("yes")))
                .as("a value of another kind is a programming error").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rawBytesMustFitExactlyAndBlankFillsTheWritablePart() throws Exception {
        assertThat(edits.raw("reserved1", new byte[64]).bytes()).hasSize(64);
        assertThat(edits.rawHex("reserved1", "0102")).isEqualTo(edits.parse("reserved1", "hex:0102..."));
        assertThatThrownBy(() -> edits.raw("reserved1", new byte[65]))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("1 to 64 bytes");
        assertThatThrownBy(() -> edits.raw("reserved1", new byte[0]))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("1 to 64 bytes");
        assertThatThrownBy(() -> edits.rawHex("reserved1", "0g"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a hex digit");
        assertThat(edits.rawHex("device_private_key", "3082").summary()).doesNotContain("3082");
        assertThat(edits.blank("server_public_key").bytes()).as("stops before server_address").hasSize(384)
                .containsOnly((byte) 0xFF);
    }

    @Test
    void editsApplyInOrder() throws Exception {
        byte[] app = DctWriter.applyEdits(TestDcts.healthyApp(), edits.parse(List.of("claim_code=abc", "claimed=false")));
        assertThat(new String(app, 1762, 3, StandardCharsets.US_ASCII)).isEqualTo("abc");
        assertThat(app[1825]).isZero();
    }
}
