package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;

/**
 * A typed value for a DCT field: what the field editors build and what the CLI's text forms parse into. The field's
 * codec turns text into one ({@link FieldCodec#parse}) and one into the field's bytes ({@link FieldCodec#encode});
 * its checks and messages live there, once. Erasing and raw bytes suit every field and are {@code DctEdits}'s.
 */
public sealed interface FieldValue {

    /** What the value sets, in words; never key material. */
    String describe();

    /** A server address block. */
    record Address(ServerAddress address) implements FieldValue {
        @Override
        public String describe() {
            return address.describe();
        }
    }

    /** The device private key (RSA-1024). */
    record PrivateKey(RsaPrivateKey key) implements FieldValue {
        @Override
        public String describe() {
            return key.toString();
        }
    }

    /** A public key: the device's (RSA-1024) or the server's (RSA-2048). */
    record PublicKey(RsaPublicKey key) implements FieldValue {
        @Override
        public String describe() {
            return key.toString();
        }
    }

    /** The claimed flag. */
    record Claimed(boolean claimed) implements FieldValue {
        @Override
        public String describe() {
            return claimed ? "yes" : "no";
        }
    }

    /** Printable ASCII text; empty erases a NUL-ended text field. */
    record Text(String text) implements FieldValue {
        @Override
        public String describe() {
            return text.isEmpty() ? "(empty)" : text;
        }
    }

    /** An unsigned integer for a u8/u16/u32 field. */
    record Number(long value) implements FieldValue {
        @Override
        public String describe() {
            return String.valueOf(value);
        }
    }

    /** The 12-byte device ID as 24 hex digits. */
    record DeviceId(String hex) implements FieldValue {
        @Override
        public String describe() {
            return hex;
        }
    }

    /** product_store's product ID and, if given, version. */
    record Product(int productId, Integer version) implements FieldValue {
        @Override
        public String describe() {
            return "product ID " + productId + (version == null ? "" : ", version " + version);
        }
    }

    /** A value given to a field of another kind: a programming error, never a user's. */
    static IllegalArgumentException wrongKind(Field field, FieldValue value) {
        return new IllegalArgumentException(field.name() + " (" + field.type() + ") takes no "
                + value.getClass().getSimpleName() + " value");
    }
}
