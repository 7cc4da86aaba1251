package dev.reclaim.link;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every ST-Link USB identity (VID 0x0483) and the bulk endpoints its family uses: V2 sends on 0x02, V2-1 and V3 on
 * 0x01; all answer on 0x81. V3 is high-speed (512-byte packets); the others are full-speed (64 bytes).
 * Source: OpenOCD {@code stlink_usb.c} and stlink-org {@code usb.h}, as compiled in the project's ST-Link reference.
 */
public enum StLinkProduct {
    V1(0x3744, Family.V1, "ST-Link/V1"),
    V2(0x3748, Family.V2, "ST-Link/V2"),
    V2_1_AUDIO(0x374A, Family.V2_1, "ST-Link/V2-1 (32L audio)"),
    V2_1(0x374B, Family.V2_1, "ST-Link/V2-1"),
    V2_1_NO_MSD(0x3752, Family.V2_1, "ST-Link/V2-1 (no mass storage)"),
    V3_LOADER(0x374D, Family.V3_LOADER, "STLINK-V3 USB loader"),
    V3E(0x374E, Family.V3, "STLINK-V3E"),
    V3S(0x374F, Family.V3, "STLINK-V3S"),
    V3_2VCP(0x3753, Family.V3, "STLINK-V3 (2 VCP)"),
    V3E_NO_MSD(0x3754, Family.V3, "STLINK-V3E (no mass storage)"),
    V3PWR_LOADER(0x3755, Family.V3_LOADER, "STLINK-V3PWR USB loader"),
    V3PWR(0x3757, Family.V3, "STLINK-V3PWR");

    public static final int VENDOR_ID = 0x0483;

    /** What the endpoints look like; {@link #unsupportedReason} says which families Reclaim cannot drive. */
    public enum Family {
        /** SCSI-wrapped protocol, obsolete: not supported. */
        V1(0, 0, 0),
        V2(0x02, 0x81, 64),
        V2_1(0x01, 0x81, 64),
        V3(0x01, 0x81, 512),
        /** Firmware-upgrade mode of a V3: it answers no debug commands until it restarts. */
        V3_LOADER(0x01, 0x81, 512);

        private final int outEndpoint;
        private final int inEndpoint;
        private final int packetSize;

        Family(int outEndpoint, int inEndpoint, int packetSize) {
            this.outEndpoint = outEndpoint;
            this.inEndpoint = inEndpoint;
            this.packetSize = packetSize;
        }

        public int outEndpoint() {
            return outEndpoint;
        }

        public int inEndpoint() {
            return inEndpoint;
        }

        /** Bytes per USB packet on the bulk pipes (64 full-speed, 512 high-speed). */
        int packetSize() {
            return packetSize;
        }
    }

    private final int productId;
    private final Family family;
    private final String displayName;

    StLinkProduct(int productId, Family family, String displayName) {
        this.productId = productId;
        this.family = family;
        this.displayName = displayName;
    }

    public static Optional<StLinkProduct> byProductId(int productId) {
        return Arrays.stream(values()).filter(p -> p.productId == productId).findFirst();
    }

    public int productId() {
        return productId;
    }

    public Family family() {
        return family;
    }

    public String displayName() {
        return displayName;
    }

    /** Why Reclaim cannot use this probe, or empty when it can. */
    public Optional<String> unsupportedReason() {
        return switch (family) {
            case V1 -> Optional.of(displayName + " speaks the obsolete SCSI-wrapped protocol; use an ST-Link/V2 or"
                    + " newer.");
            case V3_LOADER -> Optional.of(displayName + " is in firmware-upgrade mode; unplug it and plug it back in.");
            default -> Optional.empty();
        };
    }
}
