package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;
import java.util.List;

/** The server address block; see {@link ServerAddress}. */
final class ServerAddressCodec implements FieldCodec {
    @Override
    public DecodedField decode(Field field, byte[] slot) {
        ServerAddress a = ServerAddress.decode(slot);
        if (a.type() != ServerAddress.Type.INVALID) {
            // the firmware uses it as it is: odd content is a warning in the text (and a DCT check), never invalid
            List<String> odd = ServerAddress.oddities(slot);
            return DecodedField.ok(field, a, odd.isEmpty() ? a.describe() : a.describe() + " (odd: " + String.join("; ", odd) + ")");
        }
        String problem = a.typeByte() == 1
                ? "type 1 (domain) with length " + (slot[1] & 0xFF) + ", more than the "
                        + ServerAddress.MAX_PARSED_DOMAIN_LENGTH + " the firmware accepts"
                : "type " + a.typeByte() + ", which is neither IP (0) nor domain (1)";
        return a.typeByte() == 0xFF && slot[1] == (byte) 0xFF
                ? DecodedField.blank(field, a, "(blank: type 255)")
                : DecodedField.invalid(field, problem, a);
    }

    @Override
    public FieldValue parse(Field field, String text) throws InvalidValueException {
        return new FieldValue.Address(ServerAddress.parse(text));
    }

    @Override
    public byte[] encode(Field field, int writableSize, FieldValue value) {
        if (!(value instanceof FieldValue.Address a)) {
            throw FieldValue.wrongKind(field, value);
        }
        return a.address().encode();
    }

    @Override
    public String valueSyntax() {
        return "HOST[:PORT] or IPv4[:PORT], e.g. device.spark.io";
    }
}
