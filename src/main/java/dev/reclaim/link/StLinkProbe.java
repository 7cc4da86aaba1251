package dev.reclaim.link;

import java.util.Optional;

/**
 * One ST-Link found on the USB bus.
 *
 * @param product       which ST-Link (decides endpoints and limits)
 * @param serial        its serial number as ST prints it (hex), or empty when it could not be read (see problem)
 * @param bus           USB bus number, for telling identical probes apart in messages
 * @param address       USB device address on that bus
 * @param problem       why it cannot be used right now (permission, unsupported model), or empty when it can
 */
public record StLinkProbe(StLinkProduct product, Optional<String> serial, int bus, int address,
                          Optional<String> problem) {

    public boolean usable() {
        return problem.isEmpty();
    }

    /** "ST-Link/V2 066DFF485… (bus 1, device 7)". */
    public String describe() {
        return product.displayName() + serial.map(s -> " " + s).orElse("")
                + " (bus " + bus + ", device " + address + ")";
    }
}
