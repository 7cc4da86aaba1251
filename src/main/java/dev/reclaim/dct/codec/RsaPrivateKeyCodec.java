package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.nio.file.Path;

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
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        return readKeyFile(field, KeyFileValue.path(field, text));
    }

    @Override
    public FieldValue readKeyFile(Field field, Path file) throws InvalidValueException {
        return new FieldValue.PrivateKey(KeyFileValue.readKey(field, file, RsaKeys::readPrivateKeyFile));
    }

    /** The key's DER followed by 0xFF to the end of the slot, so no byte of an older, longer key survives. */
    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        if (!(value instanceof FieldValue.PrivateKey p)) {
            throw FieldValue.wrongKind(field, value);
        }
        RsaPrivateKey key = p.key();
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
