package dev.reclaim.link;

import java.util.HexFormat;

/**
 * Turns an ST-Link's USB serial-number string descriptor into the text other tools print. Newer firmware sends
 * printable hex characters; old ST-Link/V2 firmware is said to put the raw serial bytes into the UTF-16 units
 * instead (stlink-org prints those as hex). Which byte of a unit carries the data there is UNVERIFIED, so any
 * non-printable descriptor is shown as the hex of every unit's low byte, which at least stays stable per probe.
 */
final class ProbeSerial {
    private ProbeSerial() {
    }

    /** @param descriptor the raw descriptor: bLength, bDescriptorType (3), then UTF-16LE units */
    static String fromStringDescriptor(byte[] descriptor) {
        int length = Math.min(descriptor.length, descriptor[0] & 0xFF);
        int units = Math.max(0, (length - 2) / 2);
        char[] text = new char[units];
        byte[] low = new byte[units];
        boolean printable = true;
        for (int i = 0; i < units; i++) {
            int lo = descriptor[2 + 2 * i] & 0xFF;
            int hi = descriptor[3 + 2 * i] & 0xFF;
            text[i] = (char) (lo | hi << 8);
            low[i] = (byte) lo;
            printable &= hi == 0 && lo >= 0x21 && lo <= 0x7E;
        }
        return printable ? new String(text) : HexFormat.of().withUpperCase().formatHex(low);
    }
}
