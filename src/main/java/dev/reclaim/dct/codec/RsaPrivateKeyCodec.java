package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;

/**
 * The device private key: PKCS#1 RSA-1024 DER in a 1216-byte slot. Blank when the first byte is 0xFF — the
 * firmware's own test before it generates a fresh key ({@code HAL_FLASH_Read_CorePrivateKey}).
 */
final class RsaPrivateKeyCodec implements FieldCodec {

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        if (slot[0] == (byte) 0xFF) {
            return DecodedField.blank(field, null, "(blank: the firmware will generate a key the cloud does not know)");
        }
        RsaPrivateKey key;
        try {
            key = RsaKeys.parsePrivateDer(slot);
        } catch (KeyFormatException e) {
            return DecodedField.invalid(field, e.getMessage());
        }
        if (key.bits() != RsaKeys.DEVICE_KEY_BITS) {
            return DecodedField.invalid(field, "it is an RSA-" + key.bits() + " key; the firmware needs RSA-1024");
        }
        if (!key.isConsistent()) {
            return DecodedField.invalid(field, "its numbers do not fit together (the key is corrupted)");
        }
        KeySummary summary = new KeySummary("private", "RSA", key.bits(), null, RsaKeys.derLength(slot),
                key.publicKey().fingerprint(), null);
        return DecodedField.ok(field, summary, summary.describe()).withParsed(key);
    }

    @Override
    public byte[] encode(Field field, int writableSize, String text) throws InvalidValueException {
        RsaPrivateKey key;
        try {
            key = RsaKeys.readPrivateKeyFile(KeyFileValue.read(field, text));
        } catch (KeyFormatException e) {
            throw new InvalidValueException(field.name() + ": " + text.substring(1) + ": " + e.getMessage());
        }
        return encode(field, writableSize, key);
    }

    /** The key's DER followed by 0xFF to the end of the slot, so no byte of an older, longer key survives. */
    static byte[] encode(Field field, int writableSize, RsaPrivateKey key) throws InvalidValueException {
        if (key.bits() != RsaKeys.DEVICE_KEY_BITS) {
            throw new InvalidValueException(field.name() + " must be an RSA-1024 key (the firmware reads no other); "
                    + "this one is RSA-" + key.bits());
        }
        return KeyFileValue.padded(field, key.toPkcs1Der(), writableSize);
    }

    @Override
    public String valueSyntax() {
        return "@FILE.der or @FILE.pem (RSA-1024 private key)";
    }
}
