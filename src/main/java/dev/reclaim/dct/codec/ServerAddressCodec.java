package dev.reclaim.dct.codec;

import dev.reclaim.dct.layout.Field;

/** The server address block; see {@link ServerAddress}. */
final class ServerAddressCodec implements FieldCodec {
    @Override
    public DecodedField decode(Field field, byte[] slot) {
        ServerAddress a = ServerAddress.decode(slot);
        if (a.type() != ServerAddress.Type.INVALID) {
            return DecodedField.ok(field, a, a.describe());
        }
        String problem = "type " + a.typeByte()
                + (a.typeByte() <= 1 ? " with a bad length or address" : ", which is neither IP (0) nor domain (1)");
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
