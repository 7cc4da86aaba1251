package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPublicKey;
import java.nio.file.Path;

/**
 * An RSA SubjectPublicKeyInfo DER key: the device public key (RSA-1024) or the server key (RSA-2048, which can be
 * Particle's known key). Blank when the first byte is 0xFF, the firmware's own test.
 */
final class RsaPublicKeyCodec implements FieldCodec {
    private final int bits;
    private final boolean serverKey;

    RsaPublicKeyCodec(int bits, boolean serverKey) {
        this.bits = bits;
        this.serverKey = serverKey;
    }

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        if (slot[0] == (byte) 0xFF) {
            return DecodedField.blank(field, null, "(blank)");
        }
        RsaPublicKey key;
        try {
            key = RsaKeys.parsePublicDer(slot);
        } catch (KeyFormatException e) {
            return DecodedField.invalid(field, e.getMessage());
        }
        if (key.bits() != bits) {
            return DecodedField.invalid(field, "it is an RSA-" + key.bits() + " key; RSA-" + bits + " is expected here");
        }
        String knownAs = serverKey && ParticleServerKeys.isParticleTcpKey(key) ? "Particle cloud (TCP)" : null;
        KeySummary summary = new KeySummary("public", "RSA", key.bits(), null, RsaKeys.derLength(slot),
                key.fingerprint(), knownAs);
        return DecodedField.ok(field, summary, summary.describe()).withParsed(key);
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        if (serverKey && text.strip().equalsIgnoreCase("particle")) {
            return new FieldValue.PublicKey(ParticleServerKeys.tcpKey());
        }
        return readKeyFile(field, KeyFileValue.path(field, text));
    }

    @Override
    public FieldValue readKeyFile(Field field, Path file) throws InvalidValueException {
        return new FieldValue.PublicKey(KeyFileValue.readKey(field, file, RsaKeys::readPublicKeyFile));
    }

    /** The key's DER followed by 0xFF up to the end of the writable part (the server address is not touched). */
    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        if (!(value instanceof FieldValue.PublicKey p)) {
            throw FieldValue.wrongKind(field, value);
        }
        RsaPublicKey key = p.key();
        if (key.bits() != bits) {
            throw new InvalidValueException(field.name() + " must be an RSA-" + bits + " key; this one is RSA-" + key.bits());
        }
        return KeyFileValue.padded(field, key.toSpkiDer(), writableSize);
    }

    @Override
    public String valueSyntax() {
        return serverKey ? "particle, @FILE.der or @FILE.pem (RSA-2048 public key)"
                : "@FILE.der or @FILE.pem (RSA-1024 public key)";
    }
}
