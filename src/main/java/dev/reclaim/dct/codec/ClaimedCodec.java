package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import java.util.Locale;

/**
 * The claimed flag as the firmware keeps it (reference §0): the ASCII character {@code '1'} (0x31) means claimed —
 * {@code HAL_Set_Claim_Code(NULL)} writes it when the cloud acknowledges a claim code and
 * {@code HAL_IsDeviceClaimed()} tests {@code == '1'} — and every other byte means not claimed, including 0x01, which
 * older tools (Reclaim before this fix among them) wrote.
 */
final class ClaimedCodec implements FieldCodec {
    /** What the firmware writes and tests for. */
    static final byte CLAIMED = '1';
    private static final byte NOT_CLAIMED = 0;

    @Override
    public DecodedField decode(Field field, byte[] slot) {
        int b = slot[0] & 0xFF;
        return switch (b) {
            case CLAIMED -> DecodedField.ok(field, true, "yes ('1')");
            case NOT_CLAIMED -> DecodedField.ok(field, false, "no");
            case 0xFF -> DecodedField.blank(field, false, "no (blank)");
            default -> DecodedField.ok(field, false, String.format("no (0x%02x; only '1' = 0x31 means claimed)", b));
        };
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> new FieldValue.Claimed(true);
            case "false", "no", "0" -> new FieldValue.Claimed(false);
            default -> throw new InvalidValueException(field.name() + " is true or false, not \"" + text + "\"");
        };
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) {
        if (!(value instanceof FieldValue.Claimed c)) {
            throw FieldValue.wrongKind(field, value);
        }
        return new byte[] {c.claimed() ? CLAIMED : NOT_CLAIMED};
    }

    @Override
    public String valueSyntax() {
        return "true or false (true writes '1' = 0x31, as the firmware does)";
    }
}
