package dev.reclaim.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RsaKeysTest {
    private static final RsaPrivateKey KEY = TestKeys.device();

    @Test
    void deviceKeysAreRsa1024WithExponent65537AndConsistent() {
        RsaPrivateKey fresh = RsaKeys.generateDeviceKey();
        assertThat(fresh.bits()).isEqualTo(1024);
        assertThat(fresh.publicKey().exponent()).isEqualTo(BigInteger.valueOf(65537));
        assertThat(fresh.isConsistent()).isTrue();
        assertThat(fresh.pairsWith(fresh.publicKey())).isTrue();
        assertThat(fresh.pairsWith(KEY.publicKey())).isFalse();
    }

    @Test
    void derHasTheShapeTheFirmwareReads() {
        byte[] der = KEY.toPkcs1Der();
        assertThat(der.length).isBetween(600, 612);
        assertThat(Arrays.copyOf(der, 2)).containsExactly(0x30, 0x82);
        byte[] spki = KEY.publicKey().toSpkiDer();
        assertThat(spki).hasSize(162);
        assertThat(Hex.of(spki, 0, 29)).isEqualTo("30819f300d06092a864886f70d010101050003818d0030818902818100");
        assertThat(Hex.of(spki, 157, 5)).isEqualTo("0203010001");
    }

    @Test
    void derAndPemRoundTripAndSlotsMayCarryPadding() throws Exception {
        byte[] slot = Arrays.copyOf(KEY.toPkcs1Der(), 1216);
        Arrays.fill(slot, KEY.toPkcs1Der().length, 1216, (byte) 0xFF);
        assertThat(RsaKeys.parsePrivateDer(slot).toPkcs1Der()).isEqualTo(KEY.toPkcs1Der());
        assertThat(RsaKeys.derLength(slot)).isEqualTo(KEY.toPkcs1Der().length);
        assertThat(RsaKeys.readPrivateKeyFile(KEY.toPem().getBytes(StandardCharsets.US_ASCII)).toPkcs1Der())
                .isEqualTo(KEY.toPkcs1Der());
        assertThat(KEY.toPem()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(RsaKeys.readPublicKeyFile(KEY.publicKey().toPem().getBytes(StandardCharsets.US_ASCII))).isEqualTo(KEY.publicKey());
        assertThat(KEY.publicKey().toPem()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void readsPkcs8AsOpenssl3WritesIt() throws Exception {
        KeyFactory kf = KeyFactory.getInstance("RSA");
        byte[] pkcs8 = kf.generatePrivate(new RSAPrivateCrtKeySpec(KEY.n, KEY.e, KEY.d, KEY.p, KEY.q, KEY.dp, KEY.dq,
                KEY.qp)).getEncoded();
        // the JDK re-encodes the key as canonical DER: the same key, other bytes than the firmware's layout
        assertThat(RsaKeys.readPrivateKeyFile(pkcs8).sameNumbers(KEY)).isTrue();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
        assertThat(RsaKeys.readPrivateKeyFile(pem.getBytes(StandardCharsets.US_ASCII)).sameNumbers(KEY)).isTrue();
    }

    @Test
    void fingerprintIsSha256OfTheSpki() throws Exception {
        String expected = Hex.of(MessageDigest.getInstance("SHA-256").digest(KEY.publicKey().toSpkiDer()));
        assertThat(KEY.publicKey().fingerprint()).isEqualTo(expected).hasSize(64);
    }

    @Test
    void privateMaterialNeverAppearsInTextOrErrors() {
        String secret = KEY.d.toString(16).substring(0, 24);
        String prime = KEY.p.toString(16).substring(0, 24);
        assertThat(KEY.toString()).doesNotContain(secret).doesNotContain(prime).contains("RSA-1024 private key");
        byte[] broken = KEY.toPkcs1Der();
        broken[1] = 0x7F;
        assertThatThrownBy(() -> RsaKeys.parsePrivateDer(broken)).isInstanceOf(KeyFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Hex.of(broken, 10, 8)));
    }

    @Test
    void garbageGivesAPlainReason() {
        assertThatThrownBy(() -> RsaKeys.parsePrivateDer(new byte[] {(byte) 0xFF})).hasMessageContaining("should start with 0x30");
        assertThatThrownBy(() -> RsaKeys.parsePrivateDer(new byte[] {0x30, (byte) 0x82, 0x10})).hasMessageContaining("runs past");
        assertThatThrownBy(() -> RsaKeys.parsePublicDer(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00})).hasMessageContaining("not an RSA");
        assertThatThrownBy(() -> RsaKeys.readPrivateKeyFile("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("encrypted");
        assertThatThrownBy(() -> RsaKeys.readPrivateKeyFile("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("CERTIFICATE");
    }

    @Test
    void particleServerKeyIsTheBundledRsa2048Key() {
        RsaPublicKey particle = ParticleServerKeys.tcpKey();
        assertThat(particle.bits()).isEqualTo(2048);
        assertThat(particle.toSpkiDer()).hasSize(294).isEqualTo(Arrays.copyOf(ParticleServerKeys.tcpKeyFile(), 294));
        assertThat(ParticleServerKeys.isParticleTcpKey(particle)).isTrue();
        assertThat(ParticleServerKeys.isParticleTcpKey(TestKeys.customServer().publicKey())).isFalse();
        assertThat(ParticleServerKeys.udpKeyFile()).hasSize(320);
    }

    @Test
    void keyFilesUseParticleNamesAndAreOwnerOnly(@TempDir Path dir) throws Exception {
        KeyFiles files = KeyFiles.forDevice(dir, "0123456789ABCDEF01234567");
        assertThat(files.der().getFileName().toString()).isEqualTo("0123456789abcdef01234567_rsa_new.der");
        assertThat(files.publicPem().getFileName().toString()).isEqualTo("0123456789abcdef01234567_rsa_new.pub.pem");
        files.write(KEY, false);
        for (Path p : files.all()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-------");
        }
        assertThat(RsaKeys.readPrivateKeyFile(Files.readAllBytes(files.der())).toPkcs1Der()).isEqualTo(KEY.toPkcs1Der());
        assertThat(RsaKeys.readPrivateKeyFile(Files.readAllBytes(files.pem())).toPkcs1Der()).isEqualTo(KEY.toPkcs1Der());
        assertThat(RsaKeys.readPublicKeyFile(Files.readAllBytes(files.publicPem()))).isEqualTo(KEY.publicKey());
        byte[] original = Files.readAllBytes(files.der());
        assertThatThrownBy(() -> files.write(TestKeys.otherDevice(), false)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(files.der())).isEqualTo(original);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
