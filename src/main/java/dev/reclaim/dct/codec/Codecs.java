package dev.reclaim.dct.codec;

import dev.reclaim.keys.RsaKeys;
import java.util.Map;
import java.util.Set;

/** The codec for each layout type id. Adding a type: a codec class here and its id in this map. */
public final class Codecs {
    private static final Map<String, FieldCodec> BY_TYPE = Map.ofEntries(
            Map.entry("raw", new RawCodec()),
            Map.entry("secret", new SecretCodec()),
            Map.entry("u8", new IntegerCodec(1)),
            Map.entry("u16", new IntegerCodec(2)),
            Map.entry("u32", new IntegerCodec(4)),
            Map.entry("feature-flags", new FeatureFlagsCodec()),
            Map.entry("text", new TextCodec()),
            Map.entry("length-prefixed-text", new LengthPrefixedTextCodec()),
            Map.entry("claimed", new ClaimedCodec()),
            Map.entry("claim-code", new ClaimCodeCodec()),
            Map.entry("device-id", new DeviceIdCodec()),
            Map.entry("product-store", new ProductStoreCodec()),
            Map.entry("server-address", new ServerAddressCodec()),
            Map.entry("rsa-private-key", new RsaPrivateKeyCodec()),
            Map.entry("rsa-public-key", new RsaPublicKeyCodec(RsaKeys.DEVICE_KEY_BITS, false)),
            Map.entry("rsa-server-key", new RsaPublicKeyCodec(RsaKeys.SERVER_KEY_BITS, true)),
            Map.entry("ec-private-key", new EcKeyCodec(true)),
            Map.entry("ec-public-key", new EcKeyCodec(false)));

    private Codecs() {
    }

    /** The codec for {@code type}; IllegalArgumentException if the layout names a type no codec handles. */
    public static FieldCodec forType(String type) {
        FieldCodec codec = BY_TYPE.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("no codec for DCT field type \"" + type + "\"");
        }
        return codec;
    }

    public static Set<String> types() {
        return BY_TYPE.keySet();
    }
}
