package dev.reclaim.dct.layout;

/**
 * The parts of a DCT sector, in order, with their extent. The application DCT is decoded field by field from
 * the layout resource; the system parts are shown by name only.
 */
public enum SectorSection {
    HEADER("header", 0x0000, DctSector.HEADER_SIZE, "WICED header: sizes, write-incomplete and current flags, magic"),
    MFG_INFO("mfg_info", 0x0184, 0x009C, "manufacturing information"),
    SECURITY("security", 0x0220, 0x1810, "Wi-Fi enterprise client key and certificate"),
    WIFI_CONFIG("wifi_config", 0x1A30, 0x034C, "stored Wi-Fi networks and soft-AP settings"),
    APPLICATION("application", DctSector.APP_DCT_OFFSET, DctSector.APP_DCT_SIZE, "application DCT (Particle settings and keys)"),
    UNASSIGNED("unassigned", DctSector.APP_DCT_OFFSET + DctSector.APP_DCT_SIZE,
            0x3FCC - (DctSector.APP_DCT_OFFSET + DctSector.APP_DCT_SIZE), "not used by any structure"),
    NETWORK_CONFIG("network_config", 0x3FCC, 36, "network interface and host name (firmware 0.7+)"),
    VERSION("version", DctSector.VERSION_OFFSET, DctSector.VERSION_SIZE, "DCT version, sequence and CRC (firmware 0.7+)");

    private final String id;
    private final int offset;
    private final int size;
    private final String description;

    SectorSection(String id, int offset, int size, String description) {
        this.id = id;
        this.offset = offset;
        this.size = size;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public int offset() {
        return offset;
    }

    public int size() {
        return size;
    }

    public int end() {
        return offset + size;
    }

    public String description() {
        return description;
    }

    /** The section that holds sector offset {@code offset} (0 ≤ offset < 0x4000). */
    public static SectorSection at(int offset) {
        for (SectorSection s : values()) {
            if (offset >= s.offset && offset < s.end()) {
                return s;
            }
        }
        throw new IllegalArgumentException("offset 0x" + Integer.toHexString(offset) + " is outside a DCT sector");
    }
}
