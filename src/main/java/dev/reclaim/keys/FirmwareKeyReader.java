package dev.reclaim.keys;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The device private key as the firmware reads it: a line-by-line transliteration of Device OS
 * {@code init_rsa_context_with_private_key} ({@code communication/src/handshake.cpp}, the same from v0.4.9 to
 * v2.3.1). It does not parse DER: it reads at fixed offsets, looks only at whether a length byte is odd (0x81 or
 * 0x41: "key contains an extra zero byte") and hard-codes e = 65537. Whatever the bytes are, this returns the
 * numbers the device will compute with; only a key whose numbers fit together decrypts the session key.
 * <p>
 * Also {@code extract_public_rsa_key}: the public key the firmware derives (and sends, and writes to the public
 * key slot) is bytes 11..138 of the private key with exponent 65537.
 */
public final class FirmwareKeyReader {
    /** What the firmware reads from the slot ({@code EXTERNAL_FLASH_CORE_PRIVATE_KEY_LENGTH}). */
    public static final int READ_LENGTH = 612;
    public static final BigInteger FIRMWARE_EXPONENT = BigInteger.valueOf(65537);
    /** Where {@code extract_public_rsa_key} takes the modulus from. */
    static final int MODULUS_OFFSET = 11;
    static final int MODULUS_BYTES = 128;
    static final int SERVER_MODULUS_OFFSET = 33;
    static final int SERVER_MODULUS_BYTES = 256;

    private FirmwareKeyReader() {
    }

    /**
     * The numbers the firmware uses for {@code slot} (its first 612 bytes; a shorter input is taken as if followed
     * by erased flash, which is what the DCT holds after it). e is always 65537. Never fails: any bytes give numbers.
     */
    public static RsaPrivateKey read(byte[] slot) {
        byte[] k = firmwareBuffer(slot);
        int i = 9;
        if ((k[i] & 1) != 0) {
            ++i; // key contains an extra zero byte
        }
        ++i;
        BigInteger n = mpi(k, i, 128);
        i = i + 135;
        if ((k[i] & 1) != 0) {
            ++i;
        }
        ++i;
        BigInteger d = mpi(k, i, 128);
        BigInteger[] crt = new BigInteger[5]; // P, Q, DP, DQ, QP
        int step = 129;
        for (int part = 0; part < crt.length; part++) {
            i = i + step;
            if ((k[i] & 1) != 0) {
                ++i;
            }
            ++i;
            crt[part] = mpi(k, i, 64);
            step = 65;
        }
        return new RsaPrivateKey(n, FIRMWARE_EXPONENT, d, crt[0], crt[1], crt[2], crt[3], crt[4], null);
    }

    /** The public key the firmware derives from the private-key bytes and presents to the cloud. */
    public static RsaPublicKey derivedPublicKey(byte[] slot) {
        return new RsaPublicKey(mpi(firmwareBuffer(slot), MODULUS_OFFSET, MODULUS_BYTES), FIRMWARE_EXPONENT);
    }

    /**
     * The server key as the firmware uses it ({@code init_rsa_context_with_public_key}): the 256 bytes at
     * SubjectPublicKeyInfo offset 33 as the modulus, e = 65537; the rest of the slot is never looked at.
     */
    public static RsaPublicKey serverKeyAsUsed(byte[] slot) {
        return new RsaPublicKey(mpi(slot, SERVER_MODULUS_OFFSET, SERVER_MODULUS_BYTES), FIRMWARE_EXPONENT);
    }

    /** The 612 bytes the firmware copies out of the DCT. */
    private static byte[] firmwareBuffer(byte[] slot) {
        byte[] k = Arrays.copyOf(slot, Math.max(slot.length, READ_LENGTH));
        if (slot.length < READ_LENGTH) {
            Arrays.fill(k, slot.length, READ_LENGTH, (byte) 0xFF);
        }
        return k;
    }

    /** {@code mpi_read_binary}: unsigned big-endian. */
    private static BigInteger mpi(byte[] b, int offset, int length) {
        return new BigInteger(1, Arrays.copyOfRange(b, offset, offset + length));
    }
}
