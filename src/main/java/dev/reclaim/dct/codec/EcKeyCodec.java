package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.keys.EcKeyInfo;
import dev.reclaim.keys.KeyFormatException;

/** The alt_* EC key slots (UDP protocol). Photon/P1 never use them; Reclaim describes what is there. */
final class EcKeyCodec implements FieldCodec {
    private final boolean privateKey;

    EcKeyCodec(boolean privateKey) {
        this.privateKey = privateKey;
    }

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        if (slot[0] == (byte) 0xFF || Bytes.isErased(slot, 0, slot.length)) {
            return DecodedField.blank(field, null, "(blank; not used on Photon/P1)");
        }
        try {
            EcKeyInfo info = privateKey ? EcKeyInfo.ofPrivate(slot) : EcKeyInfo.ofPublic(slot);
            KeySummary summary = new KeySummary(privateKey ? "private" : "public", "EC", null, info.curve(),
                    info.derLength(), info.fingerprint(), null);
            return DecodedField.ok(field, summary, summary.describe());
        } catch (KeyFormatException e) {
            return DecodedField.invalid(field, e.getMessage());
        }
    }
}
