package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.Field;

/** A field that holds a credential (Wi-Fi enterprise password, device secret): only "set" or "blank" is shown. */
final class SecretCodec implements FieldCodec {
    @Override
    public DecodedField decode(Field field, byte[] slot) {
        if (Bytes.isErased(slot, 0, slot.length)) {
            return DecodedField.blank(field, null, "(blank)");
        }
        return DecodedField.ok(field, null, "set (content not shown)");
    }
}
