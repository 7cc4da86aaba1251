package dev.reclaim.dct.check;

import dev.reclaim.finding.Finding;

/** Stable ids of DCT findings (scripts and the GUI match on these strings), with the headline of each. */
public enum CheckId {
    NO_VALID_COPY("no_valid_copy", "No valid DCT copy"),
    CRC_MISMATCH("crc_mismatch", "DCT copy with a bad CRC"),
    FIRMWARE_SELECTION_DIFFERS("firmware_selection_differs", "Firmware generations pick different copies"),
    COPY_NOT_IN_USE("copy_not_in_use", "Showing a copy not in use"),
    APP_DCT_TRUNCATED("app_dct_truncated", "Application DCT incomplete"),
    DEVICE_PRIVATE_KEY_BLANK("device_private_key_blank", "Device private key blank"),
    DEVICE_PRIVATE_KEY_INVALID("device_private_key_invalid", "Device private key unusable"),
    DEVICE_PRIVATE_KEY_MISREAD("device_private_key_misread", "Device private key misread by the firmware"),
    DEVICE_PUBLIC_KEY_BLANK("device_public_key_blank", "Device public key blank"),
    DEVICE_PUBLIC_KEY_INVALID("device_public_key_invalid", "Device public key slot invalid (heals itself)"),
    DEVICE_KEYPAIR_MISMATCH("device_keypair_mismatch", "Device public key slot does not match (heals itself)"),
    SERVER_PUBLIC_KEY_BLANK("server_public_key_blank", "Server public key blank"),
    SERVER_PUBLIC_KEY_INVALID("server_public_key_invalid", "Server public key unusable"),
    SERVER_PUBLIC_KEY_CUSTOM("server_public_key_custom", "Server public key is not Particle's"),
    SERVER_ADDRESS_INVALID("server_address_invalid", "Server address blank or invalid"),
    SERVER_ADDRESS_ODD("server_address_odd", "Server address used as it is, but odd"),
    CLAIMED_UNUSUAL_VALUE("claimed_unusual_value", "Claimed flag not in the firmware's form"),
    CLAIM_CODE_PENDING("claim_code_pending", "Claim code waiting to be sent"),
    CLAIM_CODE_ERASED("claim_code_erased", "Claim code slot erased"),
    ANTENNA_SELECTION_INVALID("antenna_selection_invalid", "Antenna selection not understood"),
    DEVICE_ID_BLANK("device_id_blank", "Device ID blank"),
    FIELD_INVALID("field_invalid", "Field does not decode");

    private final String id;
    private final String title;

    CheckId(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** True when the finding is this check's. */
    public boolean matches(Finding finding) {
        return finding.id().equals(id);
    }
}
