package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.FirmwareKeyReader;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPublicKey;
import java.nio.file.Path;

/**
 * An RSA SubjectPublicKeyInfo DER key: the device public key (RSA-1024) or the server key (RSA-2048, which can be
 * Particle's known key). Blank when the first byte is 0xFF, the firmware's own test.
 * <p>
 * The server key is judged by what the device uses: the firmware reads only the 256 bytes at offset 33 as the
 * modulus and always encrypts with e = 65537 ({@code init_rsa_context_with_public_key}). The device public key is
 * written as the firmware writes it (the 162-byte key, then zeros to the end of the slot); the firmware rebuilds
 * it from the private key at every boot anyway.
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
        if (!key.exponent().equals(FirmwareKeyReader.FIRMWARE_EXPONENT)) {
            return DecodedField.invalid(field, "its public exponent is " + key.exponent()
                    + "; the firmware always uses 65537 with it");
        }
        if (serverKey && !FirmwareKeyReader.serverKeyAsUsed(slot).equals(key)) {
            return DecodedField.invalid(field, "the firmware takes the modulus from bytes 33..288 of the key, and this "
                    + "key's modulus is not there (it is not in the usual 294-byte form)");
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

    /**
     * The key's DER, then fill to the end of the writable part: 0xFF after the server key (as particle-cli writes
     * it; the server address is not touched), 0x00 after the device public key (as the firmware writes it).
     */
    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        if (!(value instanceof FieldValue.PublicKey p)) {
            throw FieldValue.wrongKind(field, value);
        }
        RsaPublicKey key = p.key();
        if (key.bits() != bits) {
            throw new InvalidValueException(field.name() + " must be an RSA-" + bits + " key; this one is RSA-" + key.bits());
        }
        if (!key.exponent().equals(FirmwareKeyReader.FIRMWARE_EXPONENT)) {
            throw new InvalidValueException(field.name() + ": the key's public exponent is " + key.exponent()
                    + "; the firmware always uses 65537, so it would not work with this key");
        }
        return KeyFileValue.padded(field, key.toSpkiDer(), writableSize, serverKey ? (byte) 0xFF : 0x00);
    }

    @Override
    public String valueSyntax() {
        return serverKey ? "particle, @FILE.der or @FILE.pem (RSA-2048 public key, e = 65537)"
                : "@FILE.der or @FILE.pem (RSA-1024 public key, e = 65537)";
    }
}
