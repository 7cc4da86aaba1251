package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.Hex;

/** Bytes without a typed meaning: shown as hex (the value is the full hex string, the text a preview). */
final class RawCodec implements FieldCodec {
    private static final int PREVIEW_BYTES = 16;

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        String hex = Hex.of(slot);
        if (Bytes.isErased(slot, 0, slot.length)) {
            return DecodedField.blank(field, hex, "(blank)");
        }
        return DecodedField.ok(field, hex, preview(slot));
    }

    static String preview(byte[] slot) {
        if (slot.length <= PREVIEW_BYTES) {
            return Hex.of(slot);
        }
        int nonErased = 0;
        for (byte b : slot) {
            nonErased += b == (byte) 0xFF ? 0 : 1;
        }
        return Hex.of(slot, 0, PREVIEW_BYTES) + "… (" + nonErased + " of " + slot.length + " bytes not 0xff)";
    }
}
