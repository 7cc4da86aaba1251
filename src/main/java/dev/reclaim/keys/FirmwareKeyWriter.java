package dev.reclaim.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Writes a device private key the way the firmware itself does when it generates one: Device OS
 * {@code dsakeygen.cpp} {@code write_private_key_parts} puts every INTEGER at a fixed width (version 1, N 129,
 * E 3, D 129, P, Q, DP, DQ, QP 65 bytes), 611 bytes in all. {@link FirmwareKeyReader} reads that layout right by
 * construction, whatever the numbers' sizes. Keys the firmware cannot use are refused with the reason.
 */
public final class FirmwareKeyWriter {
    /** Length of the firmware's layout: 30 82 02 5f + 607 bytes of INTEGERs. */
    public static final int LENGTH = 611;
    private static final int[] WIDTHS = {129, 3, 129, 65, 65, 65, 65, 65};

    private FirmwareKeyWriter() {
    }

    /** The key in the firmware's fixed-width layout. */
    public static byte[] write(RsaPrivateKey key) throws KeyFormatException {
        refuseUnusable(key);
        BigInteger[] values = {key.n, key.e, key.d, key.p, key.q, key.dp, key.dq, key.qp};
        ByteArrayOutputStream parts = new ByteArrayOutputStream();
        integer(parts, BigInteger.ZERO, 1);
        for (int i = 0; i < values.length; i++) {
            integer(parts, values[i], WIDTHS[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Der.SEQUENCE);
        length(out, parts.size());
        out.writeBytes(parts.toByteArray());
        return out.toByteArray();
    }

    /**
     * The bytes to store for {@code key} in the DCT: the bytes it came in when the firmware reads them as this
     * very key (so a key from a device or a backup goes back byte for byte), else the firmware's own layout.
     */
    public static byte[] slotBytes(RsaPrivateKey key) throws KeyFormatException {
        refuseUnusable(key);
        byte[] original = key.encoded();
        if (original != null && FirmwareKeyReader.read(original).sameNumbers(key)
                && FirmwareKeyReader.derivedPublicKey(original).equals(key.publicKey())) {
            return original;
        }
        return write(key);
    }

    /** The key with the firmware's layout as its bytes (a new key, as {@code keys new} writes it). */
    static RsaPrivateKey inFirmwareLayout(RsaPrivateKey key) throws KeyFormatException {
        return key.withEncoding(write(key));
    }

    /** Refuses, with the reason, a key that no encoding makes the firmware read correctly. */
    public static void refuseUnusable(RsaPrivateKey key) throws KeyFormatException {
        if (key.bits() != RsaKeys.DEVICE_KEY_BITS) {
            throw new KeyFormatException("it is an RSA-" + key.bits() + " key; the firmware reads only RSA-1024 device keys");
        }
        if (!key.e.equals(FirmwareKeyReader.FIRMWARE_EXPONENT)) {
            throw new KeyFormatException("its public exponent is " + key.e + "; the firmware always computes with 65537, "
                    + "so it could not use this key");
        }
        String inconsistency = key.inconsistency();
        if (inconsistency != null) {
            throw new KeyFormatException("its numbers do not fit together (" + inconsistency + "): the key is damaged");
        }
        BigInteger[] crt = {key.p, key.q, key.dp, key.dq, key.qp};
        for (BigInteger v : crt) {
            if (v.bitLength() > 512) {
                throw new KeyFormatException("its primes are not 512 bits each; the firmware reads P, Q and the CRT "
                        + "values as 64 bytes");
            }
        }
    }

    /** {@code write_integer(data, fixedLength)}: tag, length, the value big-endian in exactly {@code width} bytes. */
    private static void integer(ByteArrayOutputStream out, BigInteger value, int width) {
        out.write(Der.INTEGER);
        length(out, width);
        byte[] magnitude = value.toByteArray(); // may carry one sign byte 0x00; the value fits (checked above)
        int significant = magnitude.length - (magnitude[0] == 0 && magnitude.length > 1 ? 1 : 0);
        byte[] fixed = new byte[width];
        System.arraycopy(magnitude, magnitude.length - significant, fixed, width - significant, significant);
        out.writeBytes(fixed);
    }

    /** {@code write_length}: short form under 128, else 0x80 | byte count and the minimal bytes. */
    private static void length(ByteArrayOutputStream out, int len) {
        if (len < 128) {
            out.write(len);
            return;
        }
        byte[] b = BigInteger.valueOf(len).toByteArray();
        byte[] minimal = b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
        out.write(0x80 | minimal.length);
        out.writeBytes(minimal);
    }
}
