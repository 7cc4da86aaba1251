package dev.reclaim.dct.write;

import dev.reclaim.dct.codec.Codecs;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.KeySlots;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.Hex;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds {@link DctEdit}s from typed values or from the CLI's {@code FIELD=VALUE} text.
 * <p>
 * Text forms: {@code blank} erases a field (0xFF, every field); {@code hex:DIGITS} writes exactly those bytes
 * from the field's first byte and leaves the rest of the field as it is; anything else goes to the field's codec
 * ({@code server_address=HOST[:PORT]}, {@code server_public_key=particle|@FILE}, {@code device_private_key=@FILE},
 * {@code claim_code=TEXT}, {@code claimed=true|false}, {@code device_id=24HEX}, numbers for integer fields).
 * <p>
 * Setting {@code device_private_key} from a key (file or object) also sets {@code device_public_key} to its
 * public half, unless the same command sets {@code device_public_key} itself. The firmware would rewrite the
 * public key from the private key at the next connection anyway; writing them together keeps the DCT consistent
 * at once, so the check and the cloud registration see the key the device will present.
 * <p>
 * Key values are written DER first with 0xFF to the end of their slot, so no byte of a longer, older key
 * survives; the server key's fill stops where the server address begins.
 */
public final class DctEdits {
    public static final String BLANK = "blank";
    public static final String HEX_PREFIX = "hex:";
    private static final String PRIVATE_KEY = "device_private_key";
    private static final String PUBLIC_KEY = "device_public_key";

    private final DctLayout layout;

    public DctEdits(DctLayout layout) {
        this.layout = layout;
    }

    public static DctEdits photonP1() {
        return new DctEdits(DctLayout.photonP1());
    }

    /** Edits for CLI assignments {@code FIELD=VALUE}, in order, with derived public keys added. */
    public List<DctEdit> parse(List<String> assignments) throws InvalidValueException {
        List<DctEdit> edits = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new InvalidValueException("\"" + a + "\" is not FIELD=VALUE");
            }
            String name = a.substring(0, eq).strip();
            if (!named.add(name)) {
                throw new InvalidValueException(name + " is given twice");
            }
            edits.add(parse(name, a.substring(eq + 1)));
        }
        List<DctEdit> derived = new ArrayList<>();
        for (DctEdit e : edits) {
            if (e.field().equals(PRIVATE_KEY) && !named.contains(PUBLIC_KEY) && isKeyValue(assignments, PRIVATE_KEY)) {
                derived.add(publicKeyOf(e));
            }
        }
        edits.addAll(derived);
        return edits;
    }

    /** One field's edit from text (no derived edits). */
    public DctEdit parse(String fieldName, String value) throws InvalidValueException {
        Field field = layout.find(fieldName).orElseThrow(() -> new InvalidValueException(
                "there is no DCT field \"" + fieldName + "\" (run reclaim dct show FILE for the names)"));
        int writable = layout.writableSize(field);
        if (value.equals(BLANK)) {
            return blank(fieldName);
        }
        if (value.startsWith(HEX_PREFIX)) {
            return raw(fieldName, hex(field, value.substring(HEX_PREFIX.length())));
        }
        byte[] bytes = Codecs.forType(field.type()).encode(field, writable, value);
        String summary = value.startsWith("@") ? "from " + value.substring(1) : value;
        return new DctEdit(field.name(), field.offset(), bytes, summary);
    }

    /** The device private key and its derived public key (two edits). */
    public List<DctEdit> devicePrivateKey(RsaPrivateKey key) throws InvalidValueException {
        Field f = field(PRIVATE_KEY);
        DctEdit priv = new DctEdit(f.name(), f.offset(), KeySlots.devicePrivateKey(f, layout.writableSize(f), key),
                key.toString());
        return List.of(priv, devicePublicKey(key.publicKey()));
    }

    public DctEdit devicePublicKey(RsaPublicKey key) throws InvalidValueException {
        return publicKey(PUBLIC_KEY, key);
    }

    /** The server key (RSA-2048); the server address stored after it is left as it is. */
    public DctEdit serverPublicKey(RsaPublicKey key) throws InvalidValueException {
        return publicKey("server_public_key", key);
    }

    public DctEdit serverAddress(ServerAddress address) {
        Field f = field("server_address");
        return new DctEdit(f.name(), f.offset(), address.encode(), address.describe());
    }

    /** Erases the field's writable bytes to 0xFF. */
    public DctEdit blank(String fieldName) {
        Field f = field(fieldName);
        byte[] ff = new byte[layout.writableSize(f)];
        Arrays.fill(ff, (byte) 0xFF);
        return new DctEdit(f.name(), f.offset(), ff, "blank (0xff)");
    }

    /** Exactly {@code bytes} from the field's first byte on; they must fit its writable part. */
    public DctEdit raw(String fieldName, byte[] bytes) throws InvalidValueException {
        Field f = field(fieldName);
        if (bytes.length == 0 || bytes.length > layout.writableSize(f)) {
            throw new InvalidValueException(f.name() + " takes 1 to " + layout.writableSize(f) + " bytes, not " + bytes.length);
        }
        boolean secret = f.type().equals("rsa-private-key") || f.type().equals("secret");
        return new DctEdit(f.name(), f.offset(), bytes, secret ? bytes.length + " raw bytes" : "hex " + DctEdit.hexPreview(bytes));
    }

    private DctEdit publicKey(String fieldName, RsaPublicKey key) throws InvalidValueException {
        Field f = field(fieldName);
        return new DctEdit(f.name(), f.offset(), KeySlots.publicKey(f, layout.writableSize(f), key), key.toString());
    }

    private DctEdit publicKeyOf(DctEdit privateKeyEdit) throws InvalidValueException {
        try {
            RsaPublicKey pub = RsaKeys.parsePrivateDer(privateKeyEdit.bytes()).publicKey();
            Field f = field(PUBLIC_KEY);
            return new DctEdit(f.name(), f.offset(), KeySlots.publicKey(f, layout.writableSize(f), pub),
                    "derived from device_private_key: " + pub);
        } catch (KeyFormatException e) {
            throw new IllegalStateException("a key just encoded does not parse", e);
        }
    }

    private static boolean isKeyValue(List<String> assignments, String field) {
        return assignments.stream().anyMatch(a -> a.startsWith(field + "=") && a.substring(field.length() + 1).startsWith("@"));
    }

    private Field field(String name) {
        return layout.field(name);
    }

    private static byte[] hex(Field field, String digits) throws InvalidValueException {
        try {
            return Hex.parse(digits);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field.name() + ": hex:" + digits + " has " + e.getMessage());
        }
    }
}
