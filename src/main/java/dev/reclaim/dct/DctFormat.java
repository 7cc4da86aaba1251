package dev.reclaim.dct;

/** The kinds of DCT file a user brings. */
public enum DctFormat {
    /** Both sectors, DCT1 then DCT2 (dfu-util -a 0 -s 0x8004000:0x8000, st-flash read 0x8004000 0x8000). */
    TWO_SECTORS("two-sector", "two-sector dump (DCT1 at 0x08004000, DCT2 at 0x08008000)"),
    /** One 16 KiB sector, either copy. */
    SINGLE_SECTOR("single-sector", "single DCT sector (16 KiB)"),
    /** DFU alt 1: offset 0 is application DCT offset 0 (dfu-util -a 1 -s 0:N). */
    APP_DCT("app-dct", "application DCT only (DFU alt 1)"),
    /** Intel HEX with data in 0x08004000–0x0800BFFF. */
    INTEL_HEX("intel-hex", "Intel HEX of 0x08004000–0x0800BFFF");

    private final String id;
    private final String description;

    DctFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Stable id used in JSON output. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** True when the file holds whole sectors, so copies and their selection exist. */
    public boolean hasSectors() {
        return this != APP_DCT;
    }
}
