package dev.reclaim.dct.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.Hex;
import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.keys.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.junit.jupiter.api.Test;

class CodecTest {
    private static final DctLayout LAYOUT = DctLayout.photonP1();

    private static DecodedField decode(String field, byte[] app) {
        return new AppDct(app).decode(field);
    }

    private static byte[] withField(String field, byte[] bytes) {
        byte[] app = TestDcts.healthyApp();
        TestDcts.put(app, LAYOUT.field(field).offset(), bytes);
        return app;
    }

    private static byte[] encode(String field, String text) throws InvalidValueException {
        Field f = LAYOUT.field(field);
        return Codecs.forType(f.type()).encode(f, LAYOUT.writableSize(f), text);
    }

    @Test
    void serverAddressDomainWithDefaultPort() {
        DecodedField f = decode("server_address", TestDcts.healthyApp());
        assertThat(f.status()).isEqualTo(FieldStatus.OK);
        ServerAddress a = (ServerAddress) f.value();
        assertThat(a).isEqualTo(new ServerAddress(ServerAddress.Type.DOMAIN, 1, "device.spark.io", 5683, true));
        assertThat(f.text()).isEqualTo("domain device.spark.io:5683 (default port)");
    }

    @Test
    void serverAddressIpAndExplicitPortAndPortZero() {
        byte[] block = TestDcts.blankApp();
        block[0] = 0;
        block[1] = 4;
        block[2] = (byte) 192;
        block[3] = (byte) 168;
        block[4] = 1;
        block[5] = 10;
        block[66] = 0x1F;
        block[67] = (byte) 0x90;
        ServerAddress a = ServerAddress.decode(Arrays.copyOf(block, 128));
        assertThat(a).isEqualTo(new ServerAddress(ServerAddress.Type.IP, 0, "192.168.1.10", 8080, false));
        block[66] = 0;
        block[67] = 0;
        assertThat(ServerAddress.decode(Arrays.copyOf(block, 128)).port()).isEqualTo(5683);
    }

    @Test
    void serverAddressInvalidOnlyWhereTheFirmwareRejectsIt() {
        DecodedField blank = decode("server_address", withField("server_address", Arrays.copyOf(TestDcts.blankApp(), 128)));
        assertThat(blank.status()).isEqualTo(FieldStatus.BLANK);
        assertThat(((ServerAddress) blank.value()).type()).isEqualTo(ServerAddress.Type.INVALID);
        assertThat(((ServerAddress) blank.value()).typeByte()).isEqualTo(255);
        DecodedField type7 = decode("server_address", withField("server_address", new byte[] {7, 3}));
        assertThat(type7.status()).isEqualTo(FieldStatus.INVALID);
        assertThat(type7.problem()).contains("type 7");
        assertThat(type7.value()).isInstanceOf(ServerAddress.class);
        byte[] tooLong = TestDcts.domainAddress("a", 0xFFFF);
        tooLong[1] = 127;
        DecodedField longDomain = decode("server_address", withField("server_address", tooLong));
        assertThat(longDomain.status()).isEqualTo(FieldStatus.INVALID);
        assertThat(longDomain.problem()).contains("127").contains("126");
    }

    @Test
    void serverAddressOddButAcceptedByTheFirmwareDecodesWithAWarning() {
        // reference §0 (parse_server_address.h): these were called invalid here before; the device uses them
        byte[] ipZero = Arrays.copyOf(new byte[] {0, 4, 0, 0, 0, 0}, 128);
        assertThat(ServerAddress.decode(ipZero)).isEqualTo(new ServerAddress(ServerAddress.Type.IP, 0, "0.0.0.0", 5683, true));
        assertThat(ServerAddress.oddities(ipZero)).singleElement().asString().contains("0.0.0.0");
        byte[] ipLength5 = Arrays.copyOf(new byte[] {0, 5, 1, 2, 3, 4}, 128);
        assertThat(ServerAddress.decode(ipLength5).host()).isEqualTo("1.2.3.4");
        assertThat(ServerAddress.oddities(ipLength5)).singleElement().asString().contains("length byte is 5");
        byte[] unprintable = TestDcts.domainAddress("a\u0001b", 0xFFFF);
        DecodedField f = decode("server_address", withField("server_address", unprintable));
        assertThat(f.status()).isEqualTo(FieldStatus.OK);
        assertThat(((ServerAddress) f.value()).host()).isEqualTo("a\u0001b");
        assertThat(f.text()).contains("a\\x01b").contains("odd").contains("not printable");
        byte[] empty = TestDcts.domainAddress("", 8080);
        assertThat(ServerAddress.decode(empty)).isEqualTo(new ServerAddress(ServerAddress.Type.DOMAIN, 1, "", 8080, false));
        assertThat(ServerAddress.oddities(empty)).singleElement().asString().contains("empty");
        byte[] nulInside = TestDcts.domainAddress("abc", 0xFFFF);
        nulInside[3] = 0;
        assertThat(ServerAddress.decode(nulInside).host()).isEqualTo("a");
        assertThat(ServerAddress.oddities(nulInside)).singleElement().asString().contains("NUL");
        byte[] intoPort = TestDcts.domainAddress("a", 0xFFFF);
        intoPort[1] = 100;
        java.util.Arrays.fill(intoPort, 2, 102, (byte) 'x');
        ServerAddress a = ServerAddress.decode(intoPort);
        assertThat(a.host()).hasSize(100);
        assertThat(a.port()).isEqualTo(0x7878); // "xx" at byte 66, as the firmware reads it
        assertThat(ServerAddress.oddities(intoPort)).anyMatch(o -> o.contains("run into the port"));
        assertThat(ServerAddress.oddities(TestDcts.domainAddress("device.spark.io", 0xFFFF))).isEmpty();
        assertThat(ServerAddress.oddities(Arrays.copyOf(new byte[] {9}, 128))).isEmpty();
    }

    @Test
    void serverAddressEncodesLikeParticleCli() throws Exception {
        byte[] block = encode("server_address", "device.spark.io");
        assertThat(block).isEqualTo(TestDcts.domainAddress("device.spark.io", 0xFFFF));
        assertThat(Arrays.copyOfRange(ParticleServerKeys.tcpKeyFile(), 384, 512)).isEqualTo(block);
        assertThat(ServerAddress.decode(encode("server_address", "10.0.0.2:5684")))
                .isEqualTo(new ServerAddress(ServerAddress.Type.IP, 0, "10.0.0.2", 5684, false));
        assertThat(ServerAddress.decode(encode("server_address", "cloud.example.com:9000")).describe())
                .isEqualTo("domain cloud.example.com:9000");
    }

    @Test
    void serverAddressRejectsWhatDoesNotFit() {
        assertThatThrownBy(() -> encode("server_address", "a".repeat(64) + ".io")).hasMessageContaining("at most 63");
        assertThatThrownBy(() -> encode("server_address", "host:0")).hasMessageContaining("port");
        assertThatThrownBy(() -> encode("server_address", "host:70000")).hasMessageContaining("port");
        assertThatThrownBy(() -> encode("server_address", "0.0.0.0")).hasMessageContaining("rejected");
        assertThatThrownBy(() -> encode("server_address", "1.2.3.256")).hasMessageContaining("not a valid IPv4");
        assertThatThrownBy(() -> encode("server_address", "bad host")).hasMessageContaining("not a host name");
        assertThatThrownBy(() -> encode("server_address", ":80")).hasMessageContaining("host name");
        // Issue 13 item 12: "::1" was split at its last colon and reported as the host ":".
        assertThatThrownBy(() -> encode("server_address", "::1")).hasMessageContaining("\"::1\" is an IPv6 address")
                .hasMessageNotContaining("\":\"");
        assertThatThrownBy(() -> encode("server_address", "[2001:db8::1]:5683"))
                .hasMessageContaining("\"[2001:db8::1]:5683\" is an IPv6 address");
    }

    @Test
    void deviceIdIsLowercaseHex() throws Exception {
        assertThat(decode("device_id", TestDcts.healthyApp()).value()).isEqualTo(TestDcts.DEVICE_ID_HEX);
        assertThat(decode("device_id", TestDcts.blankApp()).status()).isEqualTo(FieldStatus.BLANK);
        assertThat(Hex.of(encode("device_id", "0123456789ABCDEF01234567"))).isEqualTo("0123456789abcdef01234567");
        assertThatThrownBy(() -> encode("device_id", "0123")).hasMessageContaining("24 hex digits");
    }

    @Test
    void claimedFlagIsTheCharacterOneAsTheFirmwareWritesIt() throws Exception {
        // reference §0: the firmware writes '1' (0x31) and tests == '1'; this test expected the byte 1 before
        assertThat(decode("claimed", TestDcts.healthyApp()).value()).isEqualTo(true);
        assertThat(decode("claimed", withField("claimed", new byte[] {0x31})).status()).isEqualTo(FieldStatus.OK);
        assertThat(decode("claimed", withField("claimed", new byte[] {0})).value()).isEqualTo(false);
        assertThat(decode("claimed", withField("claimed", new byte[] {(byte) 0xFF})).status()).isEqualTo(FieldStatus.BLANK);
        DecodedField one = decode("claimed", withField("claimed", new byte[] {1}));
        assertThat(one.value()).isEqualTo(false); // what older tools wrote: the firmware reads it as not claimed
        assertThat(one.status()).isEqualTo(FieldStatus.OK);
        assertThat(one.text()).contains("0x01").contains("0x31");
        assertThat(decode("claimed", withField("claimed", new byte[] {5})).value()).isEqualTo(false);
        assertThat(encode("claimed", "true")).containsExactly(0x31);
        assertThat(encode("claimed", "1")).containsExactly(0x31);
        assertThat(encode("claimed", "false")).containsExactly(0);
        assertThatThrownBy(() -> encode("claimed", "maybe")).hasMessageContaining("true or false");
    }

    @Test
    void claimCodeText() throws Exception {
        String code = "A".repeat(63);
        assertThat(decode("claim_code", withField("claim_code", code.getBytes(StandardCharsets.US_ASCII))).value()).isEqualTo(code);
        byte[] encoded = encode("claim_code", "abc");
        assertThat(encoded).hasSize(63);
        assertThat(decode("claim_code", withField("claim_code", encoded)).value()).isEqualTo("abc");
        // reference §0: cleared with 0x00 in byte 0 as the firmware does (this test expected 0xFF before, which
        // makes firmware up to 1.0.x publish 63 bytes of junk after every handshake)
        assertThat(encode("claim_code", "")).hasSize(63).containsOnly((byte) 0);
        assertThat(decode("claim_code", withField("claim_code", new byte[] {0, 'A', 'B'})).status()).isEqualTo(FieldStatus.OK);
        assertThat(decode("claim_code", withField("claim_code", new byte[] {0, 'A', 'B'})).value()).isEqualTo("");
        assertThat(decode("claim_code", withField("claim_code", new byte[] {(byte) 0xFF})).status()).isEqualTo(FieldStatus.BLANK);
        assertThatThrownBy(() -> encode("claim_code", "A".repeat(64))).hasMessageContaining("at most 63");
        assertThatThrownBy(() -> encode("claim_code", "tab\there")).hasMessageContaining("printable");
        assertThat(decode("claim_code", withField("claim_code", new byte[] {'a', 7})).status()).isEqualTo(FieldStatus.INVALID);
    }

    @Test
    void lengthPrefixedText() throws Exception {
        assertThat(decode("ssid_prefix", withField("ssid_prefix", encode("ssid_prefix", "Photon"))).value()).isEqualTo("Photon");
        assertThat(decode("ssid_prefix", withField("ssid_prefix", new byte[] {30})).status()).isEqualTo(FieldStatus.INVALID);
    }

    @Test
    void productStoreAndIntegers() throws Exception {
        byte[] ps = encode("product_store", "1234:7");
        assertThat(ps).containsExactly(0xD2, 0x04, 7, 0);
        assertThat(decode("product_store", withField("product_store", ps)).value()).isEqualTo(new ProductStore(1234, 7));
        assertThat(decode("product_store", TestDcts.blankApp()).status()).isEqualTo(FieldStatus.BLANK);
        assertThat(encode("ota_update_flag", "set")).containsExactly(0xA5);
        assertThat(decode("ota_update_flag", withField("ota_update_flag", new byte[] {(byte) 0xA5})).text()).isEqualTo("0xA5 (set)");
        assertThat(encode("feature_flags", "0x01020304")).containsExactly(4, 3, 2, 1);
        assertThat(decode("feature_flags", withField("feature_flags", new byte[] {4, 3, 2, 1})).value()).isEqualTo(0x01020304L);
        assertThatThrownBy(() -> encode("radio_flags", "256")).hasMessageContaining("0..255");
        assertThatThrownBy(() -> encode("ota_update_flag", "maybe")).hasMessageContaining("set");
        assertThatThrownBy(() -> encode("system_flags", "x")).hasMessageContaining("hex:");
    }

    @Test
    void featureFlagsDecodeBitByBitWithTheirPolarityInFlash() throws Exception {
        DecodedField erased = decode("feature_flags", withField("feature_flags", new byte[] {-1, -1, -1, -1}));
        assertThat(erased.status()).isEqualTo(FieldStatus.BLANK);
        assertThat(erased.text()).isEqualTo("0xFFFFFFFF (blank): reset info on; status LED normal");
        // A cleared bit 1 is the override (inverted in flash); a cleared bit 0 turns reset info off.
        assertThat(decode("feature_flags", withField("feature_flags", new byte[] {(byte) 0xFD, -1, -1, -1})).text())
                .isEqualTo("0xFFFFFFFD: reset info on; status LED overridden by the application (read from 1.5.4 / 2.0)");
        assertThat(decode("feature_flags", withField("feature_flags", new byte[] {(byte) 0xFE, -1, -1, -1})).text())
                .startsWith("0xFFFFFFFE: reset info off; status LED normal");
        assertThat(decode("feature_flags", withField("feature_flags", new byte[] {(byte) 0x7F, -1, -1, 0})).text())
                .endsWith("; unused bits cleared (0xFF000080), ignored by the firmware");
    }

    @Test
    void featureFlagsParseByNameLeavingUnnamedBitsErased() throws Exception {
        assertThat(encode("feature_flags", "led-overridden=yes")).containsExactly(0xFD, 0xFF, 0xFF, 0xFF);
        assertThat(encode("feature_flags", "reset-info=off, led-overridden=no")).containsExactly(0xFE, 0xFF, 0xFF, 0xFF);
        assertThat(encode("feature_flags", "reset-info=OFF,led-overridden=yes")).containsExactly(0xFC, 0xFF, 0xFF, 0xFF);
        assertThat(encode("feature_flags", "0xFFFFFFFF")).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
        assertThatThrownBy(() -> encode("feature_flags", "reset-info=maybe")).hasMessageContaining("on or off");
        assertThatThrownBy(() -> encode("feature_flags", "turbo=on")).hasMessageContaining("reset-info and led-overridden");
        assertThatThrownBy(() -> encode("feature_flags", "reset-info")).hasMessageContaining("number");
    }

    @Test
    void rawShowsHexAndSecretsShowNothing() {
        byte[] app = withField("eap_config", "hunter2-password".getBytes(StandardCharsets.US_ASCII));
        TestDcts.put(app, LAYOUT.field("reserved1").offset(), new byte[] {1, 2, 3});
        DecodedField raw = decode("reserved1", app);
        assertThat((String) raw.value()).startsWith("010203ff");
        assertThat(raw.text()).contains("3 of 64 bytes not 0xff");
        DecodedField secret = decode("eap_config", app);
        assertThat(secret.status()).isEqualTo(FieldStatus.OK);
        assertThat(secret.value()).isNull();
        assertThat(secret.text()).doesNotContain("hunter2").doesNotContain(Hex.of("hunter2".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void devicePrivateKeyOkBlankInvalid() {
        RsaPrivateKey key = TestKeys.device();
        DecodedField ok = decode("device_private_key", TestDcts.healthyApp());
        assertThat(ok.status()).isEqualTo(FieldStatus.OK);
        KeySummary s = (KeySummary) ok.value();
        assertThat(s.bits()).isEqualTo(1024);
        assertThat(s.kind()).isEqualTo("private");
        assertThat(s.derLength()).isEqualTo(key.toPkcs1Der().length);
        assertThat(s.fingerprint()).isEqualTo(key.publicKey().fingerprint());
        assertThat(ok.parsed(RsaPrivateKey.class)).isPresent();
        assertThat(ok.text()).doesNotContain(Hex.of(key.toPkcs1Der(), 20, 16));

        byte[] app = TestDcts.healthyApp();
        app[34] = (byte) 0xFF; // the firmware's blank test is the first byte
        assertThat(decode("device_private_key", app).status()).isEqualTo(FieldStatus.BLANK);

        // §0: the firmware never looks at the SEQUENCE tag (it reads at fixed offsets), so this key still works
        byte[] otherTag = TestDcts.healthyApp();
        otherTag[34] = 0x31;
        assertThat(decode("device_private_key", otherTag).status()).isEqualTo(FieldStatus.OK);
        byte[] zeros = TestDcts.healthyApp();
        java.util.Arrays.fill(zeros, 34, 34 + 1216, (byte) 0);
        assertThat(decode("device_private_key", zeros).status()).isEqualTo(FieldStatus.INVALID);

        byte[] flipped = TestDcts.healthyApp();
        flipped[34 + 100] ^= 1; // inside the modulus: DER still parses, numbers no longer fit
        DecodedField corrupt = decode("device_private_key", flipped);
        assertThat(corrupt.status()).isEqualTo(FieldStatus.INVALID);
        assertThat(corrupt.problem()).contains("damaged");

        byte[] big = withField("device_private_key", TestKeys.customServer().toPkcs1Der());
        assertThat(decode("device_private_key", big).problem()).contains("RSA-2048").contains("RSA-1024");
    }

    @Test
    void publicKeysAndTheKnownParticleKey() {
        DecodedField server = decode("server_public_key", TestDcts.healthyApp());
        assertThat(((KeySummary) server.value()).knownAs()).isEqualTo("Particle cloud (TCP)");
        assertThat(((KeySummary) server.value()).bits()).isEqualTo(2048);
        assertThat(((KeySummary) server.value()).derLength()).isEqualTo(294);
        RsaPublicKey custom = TestKeys.customServer().publicKey();
        DecodedField other = decode("server_public_key", withField("server_public_key", custom.toSpkiDer()));
        assertThat(other.status()).isEqualTo(FieldStatus.OK);
        assertThat(((KeySummary) other.value()).knownAs()).isNull();
        DecodedField small = decode("server_public_key", withField("server_public_key", TestKeys.device().publicKey().toSpkiDer()));
        assertThat(small.status()).isEqualTo(FieldStatus.INVALID);
        DecodedField device = decode("device_public_key", TestDcts.healthyApp());
        assertThat(((KeySummary) device.value()).derLength()).isEqualTo(162);
        assertThat(decode("device_public_key", withField("device_public_key", TestKeys.device().toPkcs1Der())).status())
                .isEqualTo(FieldStatus.INVALID);
    }

    @Test
    void ecKeysInTheAltSlotsAreDescribed() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        var pair = g.generateKeyPair();
        // SEC1 with the curve named inside, as mbedTLS writes device EC keys
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
        ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
        byte[] sec1 = new ECPrivateKey(256, inner.getKey(), inner.getPublicKey(),
                info.getPrivateKeyAlgorithm().getParameters()).getEncoded();
        byte[] app = withField("alt_device_private_key", sec1);
        TestDcts.put(app, LAYOUT.field("alt_server_public_key").offset(), Arrays.copyOf(ParticleServerKeys.udpKeyFile(), 91));
        KeySummary priv = (KeySummary) decode("alt_device_private_key", app).value();
        assertThat(priv.curve()).isEqualTo("P-256");
        KeySummary pub = (KeySummary) decode("alt_server_public_key", app).value();
        assertThat(pub.curve()).isEqualTo("P-256");
        assertThat(pub.derLength()).isEqualTo(91);
        assertThat(decode("alt_device_public_key", app).status()).isEqualTo(FieldStatus.BLANK);
        assertThat(decode("alt_device_public_key", withField("alt_device_public_key", new byte[] {0x30, 3, 1, 1, 0})).status())
                .isEqualTo(FieldStatus.INVALID);
    }
}
