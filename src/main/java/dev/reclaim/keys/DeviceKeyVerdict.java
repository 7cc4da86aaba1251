package dev.reclaim.keys;

import java.util.List;

/**
 * Whether a device can use the private key in its DCT slot, judged from what the firmware reads
 * ({@link FirmwareKeyReader}), not from how strict a DER parser is: the key is usable when the numbers the firmware
 * computes with make one RSA-1024 key with e = 65537 and the public key it presents is that key's. When it is not,
 * the reason says why, in words and without key material.
 *
 * @param kind      the verdict
 * @param reason    why the key is not usable; null when it is
 * @param used      the numbers the firmware computes with
 * @param presented the public key the firmware derives from the slot and sends to the cloud
 * @param stored    the key the bytes hold when read as BER (what openssl sees), or null when they hold none;
 *                  for display and export
 */
public record DeviceKeyVerdict(Kind kind, String reason, RsaPrivateKey used, RsaPublicKey presented,
        RsaPrivateKey stored) {

    public enum Kind {
        /** The firmware reads a whole, consistent key. */
        USABLE,
        /** A valid RSA key whose encoding puts numbers where the firmware does not look. */
        MISREAD,
        /** A key with another public exponent; the firmware always uses 65537. */
        WRONG_EXPONENT,
        /** A key of another size than RSA-1024. */
        WRONG_SIZE,
        /** Bytes that hold no whole key: damaged, zeros, garbage. */
        DAMAGED
    }

    private static final String[] EXPECTED = {"02 01 00", "02 81 81 00 + 128 bytes, or 02 81 80 + 128 bytes",
        "02 03 01 00 01", "02 81 81 00 + 128 bytes, or 02 81 80 + 128 bytes", "02 41 00 + 64 bytes, or 02 40 + 64 bytes"};

    public boolean usable() {
        return kind == Kind.USABLE;
    }

    /**
     * The key to show and export for a usable slot: the stored key with its own bytes when it is the one the
     * firmware uses (the usual case: it goes back byte for byte), else the firmware's numbers in its layout.
     */
    public RsaPrivateKey key() {
        if (stored != null && stored.sameNumbers(used)) {
            return stored;
        }
        try {
            return FirmwareKeyWriter.inFirmwareLayout(used);
        } catch (KeyFormatException e) {
            return used; // not usable: only the numbers
        }
    }

    /** The verdict on a private-key slot (its first 612 bytes matter; the rest is ignored, as the firmware does). */
    public static DeviceKeyVerdict judge(byte[] slot) {
        RsaPrivateKey used = FirmwareKeyReader.read(slot);
        RsaPublicKey presented = FirmwareKeyReader.derivedPublicKey(slot);
        Pkcs1Ber.Parsed parsed = null;
        String unreadable = null;
        try {
            parsed = Pkcs1Ber.parse(slot);
        } catch (KeyFormatException e) {
            unreadable = e.getMessage();
        }
        RsaPrivateKey stored = parsed == null ? null : parsed.key();
        if (used.bits() == RsaKeys.DEVICE_KEY_BITS && used.isConsistent() && presented.equals(used.publicKey())) {
            return new DeviceKeyVerdict(Kind.USABLE, null, used, presented, stored);
        }
        if (parsed == null) {
            return new DeviceKeyVerdict(Kind.DAMAGED, unreadable, used, presented, null);
        }
        if (stored.bits() != RsaKeys.DEVICE_KEY_BITS) {
            return new DeviceKeyVerdict(Kind.WRONG_SIZE, "it is an RSA-" + stored.bits()
                    + " key; the firmware reads only RSA-1024 device keys", used, presented, stored);
        }
        if (!stored.e.equals(FirmwareKeyReader.FIRMWARE_EXPONENT)) {
            return new DeviceKeyVerdict(Kind.WRONG_EXPONENT, "its public exponent is " + stored.e
                    + "; the firmware always computes with 65537, so it cannot use this key", used, presented, stored);
        }
        String inconsistency = stored.inconsistency();
        if (inconsistency != null) {
            return new DeviceKeyVerdict(Kind.DAMAGED, "its numbers do not fit together (" + inconsistency
                    + "): the key is damaged", used, presented, stored);
        }
        return new DeviceKeyVerdict(Kind.MISREAD, "it is a valid RSA key, but the firmware reads keys at fixed "
                + "offsets and " + deviation(parsed), used, presented, stored);
    }

    /** The first INTEGER whose header the fixed-offset reader does not understand, in words. */
    private static String deviation(Pkcs1Ber.Parsed parsed) {
        byte[] b = parsed.encoded();
        if (Der.at(b, 0, b.length).headerLength() != 4) {
            return "expects a 4-byte SEQUENCE header (30 82 ..), this key has another";
        }
        List<Der.Tlv> ints = parsed.integers();
        for (int i = 0; i < ints.size(); i++) {
            Der.Tlv t = ints.get(i);
            String header = Hex.of(b, t.offset(), Math.min(t.headerLength() + 1, b.length - t.offset()));
            String expected = EXPECTED[Math.min(i, EXPECTED.length - 1)];
            if (!understood(i, b, t)) {
                return "expects " + Pkcs1Ber.NAMES[i] + " as " + expected + "; this key stores it as "
                        + spaced(header) + "… (" + t.contentLength() + " bytes)";
            }
        }
        return "reads other numbers than the key holds";
    }

    private static boolean understood(int index, byte[] b, Der.Tlv t) {
        int len = t.contentLength();
        int first = b[t.contentOffset()] & 0xFF;
        return switch (index) {
            case 0 -> t.headerLength() == 2 && len == 1 && first == 0;
            case 1, 3 -> t.headerLength() == 3 && (b[t.offset() + 1] & 0xFF) == 0x81
                    && (len == 129 && first == 0 || len == 128);
            case 2 -> t.headerLength() == 2 && len == 3;
            default -> t.headerLength() == 2 && (len == 65 && first == 0 || len == 64);
        };
    }

    private static String spaced(String hex) {
        return hex.replaceAll("(..)(?!$)", "$1 ");
    }
}
