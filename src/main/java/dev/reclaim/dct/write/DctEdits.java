package dev.reclaim.dct.write;

import dev.reclaim.dct.codec.Codecs;
import dev.reclaim.dct.codec.FieldCodec;
import dev.reclaim.dct.codec.FieldValue;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.Hex;
import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds {@link DctEdit}s from typed values ({@link FieldValue}, key files, raw bytes, blank), and from the CLI's
 * {@code FIELD=VALUE} text, which is parsed into those same typed values by the field's codec.
 * <p>
 * Text forms: {@code blank} erases a field (0xFF, every field); {@code hex:DIGITS} writes the whole field and must
 * give exactly its length; {@code hex:DIGITS...} writes those bytes from the field's first byte and leaves the rest
 * of the field as it is; anything else goes to the field's codec
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
    /** After {@code hex:DIGITS}: only those first bytes change, the rest of the field is kept. */
    public static final String HEX_ELLIPSIS = "...";
    public static final String DEVICE_PRIVATE_KEY = "device_private_key";
    public static final String DEVICE_PUBLIC_KEY = "device_public_key";
    private static final String SERVER_PUBLIC_KEY = "server_public_key";
    private static final String SERVER_ADDRESS = "server_address";

    private final DctLayout layout;

    public DctEdits(DctLayout layout) {
        this.layout = layout;
    }

    public static DctEdits photonP1() {
        return new DctEdits(DctLayout.photonP1());
    }

    // ---- text forms (reclaim dct set) ----

    /** Edits for CLI assignments {@code FIELD=VALUE}, in order, with derived public keys added. */
    public List<DctEdit> parse(List<String> assignments) throws InvalidValueException {
        List<DctEdit> edits = new ArrayList<>();
        List<RsaPrivateKey> deviceKeys = new ArrayList<>();
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
            Parsed p = parseOne(name, a.substring(eq + 1));
            edits.add(p.edit());
            if (name.equals(DEVICE_PRIVATE_KEY) && p.value() instanceof FieldValue.PrivateKey k) {
                deviceKeys.add(k.key());
            }
        }
        if (!named.contains(DEVICE_PUBLIC_KEY)) {
            for (RsaPrivateKey k : deviceKeys) {
                edits.add(publicHalf(k));
            }
        }
        return edits;
    }

    /** One field's edit from text (no derived edits). */
    public DctEdit parse(String fieldName, String value) throws InvalidValueException {
        return parseOne(fieldName, value).edit();
    }

    private Parsed parseOne(String fieldName, String text) throws InvalidValueException {
        Field field = layout.find(fieldName).orElseThrow(() -> new InvalidValueException(
                "there is no DCT field \"" + fieldName + "\" (run reclaim dct show FILE for the names)"));
        if (text.equals(BLANK)) {
            return new Parsed(blank(fieldName), null);
        }
        if (text.startsWith(HEX_PREFIX)) {
            return new Parsed(hexText(field, text.substring(HEX_PREFIX.length())), null);
        }
        FieldValue value = codec(field).parse(field, text);
        String summary = text.startsWith("@") ? "from " + text.substring(1) : text;
        return new Parsed(edit(field, value, summary), value);
    }

    // ---- typed values ----

    /** {@code value} into the field; the field's codec refuses a value that does not fit. */
    public DctEdit set(String fieldName, FieldValue value) throws InvalidValueException {
        return edit(field(fieldName), value, value.describe());
    }

    /** The value {@code text} means for the field, parsed by its codec (no {@code blank} or {@code hex:} forms). */
    public FieldValue valueOf(String fieldName, String text) throws InvalidValueException {
        Field f = field(fieldName);
        return codec(f).parse(f, text);
    }

    /**
     * The key in a DER or PEM file into a key field; a device private key brings its public half along (two
     * edits), like {@code device_private_key=@FILE}.
     */
    public List<DctEdit> keyFile(String fieldName, Path file) throws InvalidValueException {
        Field f = field(fieldName);
        FieldValue key = codec(f).readKeyFile(f, file);
        DctEdit edit = edit(f, key, "from " + file);
        if (fieldName.equals(DEVICE_PRIVATE_KEY) && key instanceof FieldValue.PrivateKey k) {
            return List.of(edit, publicHalf(k.key()));
        }
        return List.of(edit);
    }

    /** The device private key and its derived public key (two edits). */
    public List<DctEdit> devicePrivateKey(RsaPrivateKey key) throws InvalidValueException {
        return List.of(set(DEVICE_PRIVATE_KEY, new FieldValue.PrivateKey(key)), publicHalf(key));
    }

    /** The server key (RSA-2048); the server address stored after it is left as it is. */
    public DctEdit serverPublicKey(RsaPublicKey key) throws InvalidValueException {
        return set(SERVER_PUBLIC_KEY, new FieldValue.PublicKey(key));
    }

    public DctEdit serverAddress(ServerAddress address) throws InvalidValueException {
        return set(SERVER_ADDRESS, new FieldValue.Address(address));
    }

    /** Particle's cloud: its host on the default port and its server public key (two edits). */
    public List<DctEdit> particleCloud() throws InvalidValueException {
        return List.of(serverAddress(ServerAddress.particle()), particleServerKey());
    }

    /** Particle's server public key (TCP), the address after it left as it is. */
    public DctEdit particleServerKey() throws InvalidValueException {
        return serverPublicKey(ParticleServerKeys.tcpKey());
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
        return new DctEdit(f.name(), f.offset(), bytes, f.secret() ? bytes.length + " raw bytes" : "hex " + DctEdit.hexPreview(bytes));
    }

    /**
     * The text form {@code hex:DIGITS}: exactly the field's writable length, so a short value cannot silently keep
     * the rest of the old bytes; {@code hex:DIGITS...} says so explicitly and changes only the first bytes.
     */
    private DctEdit hexText(Field f, String digits) throws InvalidValueException {
        boolean prefix = digits.endsWith(HEX_ELLIPSIS);
        DctEdit edit = rawHex(f.name(), prefix ? digits.substring(0, digits.length() - HEX_ELLIPSIS.length()) : digits);
        int size = layout.writableSize(f);
        if (!prefix && edit.bytes().length != size) {
            String shown = f.secret() ? "DIGITS" : digits; // a secret's digits are never echoed
            throw new InvalidValueException(String.format("%s takes exactly %d bytes (%d hex digits), but hex:%s gives"
                    + " %d; give all of them, or end with ... to change only the first %d and keep the rest"
                    + " (%s=hex:%s...)", f.name(), size, 2 * size, shown, edit.bytes().length,
                    edit.bytes().length, f.name(), shown));
        }
        return edit;
    }

    /** {@link #raw} from hex digits (spaces and colons between bytes allowed). */
    public DctEdit rawHex(String fieldName, String digits) throws InvalidValueException {
        byte[] bytes;
        try {
            bytes = Hex.parse(digits);
        } catch (IllegalArgumentException e) {
            Field f = field(fieldName);
            // Hex.parse names only a non-hex character; a secret's digits are never echoed
            throw new InvalidValueException(f.name() + ": hex:" + (f.secret() ? "DIGITS" : digits) + " has "
                    + e.getMessage());
        }
        return raw(fieldName, bytes);
    }

    private DctEdit publicHalf(RsaPrivateKey key) throws InvalidValueException {
        RsaPublicKey pub = key.publicKey();
        return edit(field(DEVICE_PUBLIC_KEY), new FieldValue.PublicKey(pub), "derived from device_private_key: " + pub);
    }

    private DctEdit edit(Field f, FieldValue value, String summary) throws InvalidValueException {
        return new DctEdit(f.name(), f.offset(), codec(f).encode(f, layout.writableSize(f), value), summary);
    }

    private static FieldCodec codec(Field f) {
        return Codecs.forType(f.type());
    }

    private Field field(String name) {
        return layout.field(name);
    }

    /** An edit and, when the text was a typed value rather than blank or hex, that value. */
    private record Parsed(DctEdit edit, FieldValue value) {
    }
}
