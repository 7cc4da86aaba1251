package dev.reclaim.workflow.device;

/** What a device kind plugs into; the device panel lists one entry per simulator, port or probe. */
public enum Attachment {
    /** The simulated P1 inside Reclaim: one entry, its scenario chosen beside it. */
    SIMULATOR,
    /** A serial port (USB-serial adapter): one entry per port, its role chosen beside it. */
    SERIAL_PORT,
    /** A USB debug probe: one entry per probe. */
    USB_PROBE
}
