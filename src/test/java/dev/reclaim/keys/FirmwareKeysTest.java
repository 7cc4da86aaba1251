package dev.reclaim.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The device key as the firmware writes and reads it (reference §0, "Device keys as the firmware writes and reads them"). */
class FirmwareKeysTest {
    private static final int KEYS = 1000;

    @Test
    void thousandFirmwareFormatKeysAreUsableAndGoBackByteForByte() throws Exception {
        for (int i = 0; i < KEYS; i++) {
            RsaPrivateKey numbers = FirmwareFormatKeys.key(i);
            byte[] layout = FirmwareFormatKeys.firmwareLayout(numbers);
            assertThat(layout).hasSize(FirmwareKeyWriter.LENGTH);
            DeviceKeyVerdict verdict = DeviceKeyVerdict.judge(slot(layout));
            assertThat(verdict.kind()).as("key %d", i).isEqualTo(DeviceKeyVerdict.Kind.USABLE);
            assertThat(verdict.used().sameNumbers(numbers)).isTrue();
            assertThat(verdict.presented()).isEqualTo(numbers.publicKey());
            assertThat(verdict.key().toPkcs1Der()).isEqualTo(layout); // shown and exported as it is stored
            assertThat(FirmwareKeyWriter.write(numbers)).isEqualTo(layout); // our writer writes what the firmware writes
            RsaPrivateKey fromDer = RsaKeys.readPrivateKeyFile(layout);
            RsaPrivateKey fromPem = RsaKeys.readPrivateKeyFile(fromDer.toPem().getBytes(StandardCharsets.US_ASCII));
            assertThat(FirmwareKeyWriter.slotBytes(fromDer)).isEqualTo(layout);
            assertThat(FirmwareKeyWriter.slotBytes(fromPem)).isEqualTo(layout);
        }
    }

    /** Canonical DER keys (openssl's) are judged exactly as the transliterated reader uses them. */
    @Property(tries = KEYS)
    void canonicalKeysAreJudgedByWhatTheFirmwareReads(@ForAll("keyIndex") int index) throws Exception {
        RsaPrivateKey numbers = FirmwareFormatKeys.key(index);
        byte[] der = FirmwareFormatKeys.canonicalDer(numbers);
        byte[] slot = slot(der);
        DeviceKeyVerdict verdict = DeviceKeyVerdict.judge(slot);
        RsaPrivateKey read = FirmwareKeyReader.read(slot);
        boolean readRight = read.sameNumbers(numbers);
        Statistics.collect(readRight ? "read right" : "misread");
        assertThat(verdict.used().sameNumbers(read)).isTrue();
        assertThat(verdict.usable()).isEqualTo(readRight).isEqualTo(!FirmwareFormatKeys.canonicalIsMisread(numbers));
        if (!readRight) {
            assertThat(verdict.kind()).isEqualTo(DeviceKeyVerdict.Kind.MISREAD);
            assertThat(verdict.reason()).contains("fixed offsets").contains("expects");
            assertThat(verdict.stored().sameNumbers(numbers)).isTrue();
        }
        // written to a device, a misread key goes in the firmware's layout, a readable one as it is
        RsaPrivateKey fromFile = RsaKeys.readPrivateKeyFile(der);
        byte[] written = FirmwareKeyWriter.slotBytes(fromFile);
        assertThat(written).isEqualTo(readRight ? der : FirmwareFormatKeys.firmwareLayout(numbers));
        assertThat(FirmwareKeyReader.read(written).sameNumbers(numbers)).isTrue();
        Statistics.coverage(c -> c.check("misread").count(n -> n > 0));
    }

    @Provide
    Arbitrary<Integer> keyIndex() {
        return Arbitraries.integers().between(0, FirmwareFormatKeys.poolSize() * (FirmwareFormatKeys.poolSize() - 1) - 1);
    }

    /** What {@code keys new} makes is read right by the fixed-offset reader, and is the firmware's own layout. */
    @Test
    void generatedDeviceKeysAreReadRightByTheFirmware() {
        java.security.SecureRandom random = TestKeys.seeded(1016);
        for (int i = 0; i < GENERATED; i++) {
            RsaPrivateKey key = RsaKeys.generateDeviceKey(random);
            byte[] bytes = key.toPkcs1Der();
            assertThat(bytes).hasSize(FirmwareKeyWriter.LENGTH).isEqualTo(FirmwareFormatKeys.firmwareLayout(key));
            assertThat(FirmwareKeyReader.read(slot(bytes)).sameNumbers(key)).as("key %d", i).isTrue();
            assertThat(DeviceKeyVerdict.judge(slot(bytes)).usable()).isTrue();
        }
    }

    /** The writer used by keys new, over the pool's keys: every one read right (cheap stand-in for 1,000 generations). */
    @Test
    void writerOutputIsReadRightForThousandKeys() throws Exception {
        for (int i = 0; i < KEYS; i++) {
            RsaPrivateKey key = FirmwareKeyWriter.inFirmwareLayout(FirmwareFormatKeys.key(i));
            assertThat(FirmwareKeyReader.read(key.toPkcs1Der()).sameNumbers(key)).as("key %d", i).isTrue();
        }
    }

    @Test
    void keysTheFirmwareCannotUseAreRefusedWithTheReason() {
        RsaPrivateKey k = FirmwareFormatKeys.key(0, 1);
        BigInteger three = BigInteger.valueOf(3);
        RsaPrivateKey otherExponent = new RsaPrivateKey(k.n, three, k.d, k.p, k.q, k.dp, k.dq, k.qp, null);
        assertThatThrownBy(() -> FirmwareKeyWriter.write(otherExponent)).hasMessageContaining("public exponent is 3")
                .hasMessageContaining("65537");
        RsaPrivateKey damaged = new RsaPrivateKey(k.n, k.e, k.d.flipBit(5), k.p, k.q, k.dp, k.dq, k.qp, null);
        assertThatThrownBy(() -> FirmwareKeyWriter.write(damaged)).hasMessageContaining("do not fit together");
        assertThatThrownBy(() -> FirmwareKeyWriter.write(TestKeys.customServer())).hasMessageContaining("RSA-2048");
        // a slot holding a real e = 3 key in the firmware's layout: the firmware computes with 65537 and cannot decrypt
        RsaPrivateKey realE3 = FirmwareFormatKeys.keyWithExponent(three);
        assertThat(realE3.isConsistent()).isTrue();
        byte[] e3 = FirmwareFormatKeys.firmwareLayout(realE3);
        assertThat(DeviceKeyVerdict.judge(slot(e3)).kind()).isEqualTo(DeviceKeyVerdict.Kind.WRONG_EXPONENT);
        assertThat(DeviceKeyVerdict.judge(new byte[1216]).kind()).isEqualTo(DeviceKeyVerdict.Kind.DAMAGED);
    }

    @Test
    void publicKeyIsTheModulusAtByte11WithExponent65537() {
        RsaPrivateKey k = FirmwareFormatKeys.key(2, 3);
        byte[] layout = FirmwareFormatKeys.firmwareLayout(k);
        assertThat(FirmwareKeyReader.derivedPublicKey(layout)).isEqualTo(k.publicKey());
        byte[] spki = k.publicKey().toSpkiDer();
        assertThat(spki).hasSize(162);
        assertThat(Arrays.copyOfRange(spki, 29, 157)).isEqualTo(Arrays.copyOfRange(layout, 11, 139));
    }

    @Test
    void serverKeyIsTheModulusAtOffset33() {
        byte[] file = ParticleServerKeys.tcpKeyFile();
        assertThat(FirmwareKeyReader.serverKeyAsUsed(file)).isEqualTo(ParticleServerKeys.tcpKey());
    }

    private static final int GENERATED = 40;

    /** The bytes in a 1216-byte DCT slot, erased flash after them. */
    static byte[] slot(byte[] key) {
        byte[] slot = Arrays.copyOf(key, 1216);
        Arrays.fill(slot, key.length, slot.length, (byte) 0xFF);
        return slot;
    }
}
