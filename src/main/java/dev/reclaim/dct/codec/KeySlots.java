package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;

/** Typed encoding of keys into their DCT slots, for callers that hold key objects rather than files. */
public final class KeySlots {
    private KeySlots() {
    }

    /** PKCS#1 DER of an RSA-1024 key, 0xFF-filled to {@code writableSize}. */
    public static byte[] devicePrivateKey(Field field, int writableSize, RsaPrivateKey key) throws InvalidValueException {
        requireType(field, "rsa-private-key");
        return RsaPrivateKeyCodec.encode(field, writableSize, key);
    }

    /** SubjectPublicKeyInfo DER, 0xFF-filled to {@code writableSize}; the key size must suit the field. */
    public static byte[] publicKey(Field field, int writableSize, RsaPublicKey key) throws InvalidValueException {
        if (!(Codecs.forType(field.type()) instanceof RsaPublicKeyCodec codec)) {
            throw new IllegalArgumentException(field.name() + " is not an RSA public key field");
        }
        return codec.encode(field, writableSize, key);
    }

    private static void requireType(Field field, String type) {
        if (!field.type().equals(type)) {
            throw new IllegalArgumentException(field.name() + " is not a " + type + " field");
        }
    }
}
