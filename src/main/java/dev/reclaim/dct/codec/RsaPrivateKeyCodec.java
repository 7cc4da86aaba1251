package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.keys.FirmwareKeyWriter;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.nio.file.Path;

/**
 * The device private key: RSA-1024 PKCS#1 in a 1216-byte slot, judged as the firmware reads it
 * ({@link DeviceKeyVerdict}): the firmware's own fixed-width keys (BER, not canonical DER) are valid; a canonical
 * key the fixed-offset reader gets wrong is not. Blank when the first byte is 0xFF and only then — the firmware's
 * own test before it generates a fresh key at boot. The parsed object is the {@link RsaPrivateKey} of a usable key
 * (with its original bytes), or the {@link DeviceKeyVerdict} of an unusable one.
 */
final class RsaPrivateKeyCodec implements FieldCodec {

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        if (slot[0] == (byte) 0xFF) {
            return DecodedField.blank(field, null, "(blank: at the next boot the firmware makes a new key, writes it "
                    + "here and resets; the cloud does not know that key)");
        }
        DeviceKeyVerdict verdict = DeviceKeyVerdict.judge(slot);
        if (!verdict.usable()) {
            return DecodedField.invalid(field, verdict.reason()).withParsed(verdict);
        }
        RsaPrivateKey key = verdict.key();
        KeySummary summary = new KeySummary("private", "RSA", key.bits(), null, key.toPkcs1Der().length,
                verdict.presented().fingerprint(), null);
        return DecodedField.ok(field, summary, summary.describe()).withParsed(key);
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        return readKeyFile(field, KeyFileValue.path(field, text));
    }

    /** The key in the file; refused now, with the reason, when the device could not use it however it is written. */
    @Override
    public FieldValue readKeyFile(Field field, Path file) throws InvalidValueException {
        RsaPrivateKey key = KeyFileValue.readKey(field, file, RsaKeys::readPrivateKeyFile);
        try {
            FirmwareKeyWriter.refuseUnusable(key);
        } catch (KeyFormatException e) {
            throw new InvalidValueException(field.name() + ": " + file + ": the device could not use this key: "
                    + e.getMessage());
        }
        return new FieldValue.PrivateKey(key);
    }

    /**
     * The key as the firmware reads it right ({@link FirmwareKeyWriter#slotBytes}: its own bytes when the firmware
     * reads them as this key, else the firmware's fixed-width layout), then 0xFF to the end of the slot, so no byte
     * of an older key survives.
     */
    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        if (!(value instanceof FieldValue.PrivateKey p)) {
            throw FieldValue.wrongKind(field, value);
        }
        try {
            return KeyFileValue.padded(field, FirmwareKeyWriter.slotBytes(p.key()), writableSize, (byte) 0xFF);
        } catch (KeyFormatException e) {
            throw new InvalidValueException(field.name() + ": the device could not use this key: " + e.getMessage());
        }
    }

    @Override
    public String valueSyntax() {
        return "@FILE.der or @FILE.pem (RSA-1024 private key, e = 65537)";
    }
}
