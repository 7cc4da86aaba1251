package dev.reclaim.ui.device;

/** What a serial port is wired to, which decides how Reclaim talks to it. */
public enum PortRole {
    /** The module's log UART: Reclaim listens (115200 8N1) and diagnoses. */
    LOG("Log output", "serial"),
    /** The STM32 system bootloader (BOOT0 high, 8E1): Reclaim reads and writes the DCT. */
    BOOTLOADER("UART bootloader", "bootloader");

    private final String label;
    private final String specPrefix;

    PortRole(String label, String specPrefix) {
        this.label = label;
        this.specPrefix = specPrefix;
    }

    public String specPrefix() {
        return specPrefix;
    }

    @Override
    public String toString() {
        return label;
    }
}
