package dev.reclaim.dct.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** Stable ids of DCT findings; scripts, the GUI and the diagnosis rules match on these strings. */
public enum CheckId {
    NO_VALID_COPY("no_valid_copy"),
    CRC_MISMATCH("crc_mismatch"),
    FIRMWARE_SELECTION_DIFFERS("firmware_selection_differs"),
    COPY_NOT_IN_USE("copy_not_in_use"),
    APP_DCT_TRUNCATED("app_dct_truncated"),
    DEVICE_PRIVATE_KEY_BLANK("device_private_key_blank"),
    DEVICE_PRIVATE_KEY_INVALID("device_private_key_invalid"),
    DEVICE_PUBLIC_KEY_BLANK("device_public_key_blank"),
    DEVICE_PUBLIC_KEY_INVALID("device_public_key_invalid"),
    DEVICE_KEYPAIR_MISMATCH("device_keypair_mismatch"),
    SERVER_PUBLIC_KEY_BLANK("server_public_key_blank"),
    SERVER_PUBLIC_KEY_INVALID("server_public_key_invalid"),
    SERVER_PUBLIC_KEY_CUSTOM("server_public_key_custom"),
    SERVER_ADDRESS_INVALID("server_address_invalid"),
    DEVICE_ID_BLANK("device_id_blank"),
    FIELD_INVALID("field_invalid");

    private final String id;

    CheckId(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
