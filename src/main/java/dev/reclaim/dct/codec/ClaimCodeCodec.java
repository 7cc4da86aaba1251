package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;

/**
 * The claim code (reference §0): text like any other, except how it is cleared. The firmware publishes
 * {@code spark/device/claim/code} after every successful handshake while byte 0 is not NUL (from 1.1.0 also not
 * 0xFF), and clears it by writing 0x00 to byte 0 when the cloud acknowledges. An erased slot (0xFF) makes firmware
 * up to 1.0.x publish 63 bytes of junk on every connection, so an empty value writes NULs, never 0xFF.
 */
final class ClaimCodeCodec implements FieldCodec {
    private final TextCodec text = new TextCodec();

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        return switch (slot[0]) {
            case 0 -> DecodedField.ok(field, "", "(none: cleared)");
            case (byte) 0xFF -> DecodedField.blank(field, "", "(blank)");
            default -> text.decode(field, slot);
        };
    }

    @Override
    public FieldValue parse(Field field, String value) {
        return text.parse(field, value);
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) throws InvalidValueException {
        return TextCodec.text(field, value).isEmpty() ? new byte[writableSize] : text.encode(field, writableSize, value);
    }

    @Override
    public String valueSyntax() {
        return "printable ASCII text (empty clears it with NULs, as the firmware does)";
    }
}
