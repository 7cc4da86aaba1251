package dev.reclaim.sim;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Objects;

/**
 * A simulated P1's situation, as data (a JSON resource under {@code dev/reclaim/sim/scenarios/}): its identity,
 * protections, firmware version, what its DCT holds and what the simulated cloud knows about it.
 *
 * @param name            scenario name ("keys-rejected")
 * @param summary         one line for people
 * @param firmware        Device OS version, e.g. "0.6.3"; decides DCT selection and log formats
 * @param uid             24 hex digits: the 96-bit UID, so the device ID
 * @param readProtection  RDP level, 0 or 1
 * @param writeProtected  sectors with write protection (Device OS protects sector 0)
 * @param dct             what the DCT holds
 * @param cloud           what the simulated cloud knows
 * @param systemParts     the releases in the system parts' module headers when they are not {@code firmware}
 *                        (a half-finished update); absent means both are {@code firmware}
 */
public record Scenario(String name, String summary, String firmware, String uid, int readProtection,
                       List<Integer> writeProtected, DctContents dct, CloudKnowledge cloud,
                       SystemParts systemParts) {

    /** A scenario whose system parts are both its firmware. */
    public Scenario(String name, String summary, String firmware, String uid, int readProtection,
                    List<Integer> writeProtected, DctContents dct, CloudKnowledge cloud) {
        this(name, summary, firmware, uid, readProtection, writeProtected, dct, cloud, null);
    }

    @JsonCreator
    public Scenario {
        String what = "scenario " + name + ": ";
        Objects.requireNonNull(name, "a scenario needs a name");
        Objects.requireNonNull(firmware, what + "firmware (a Device OS version such as 0.6.3) is missing");
        Objects.requireNonNull(uid, what + "uid (24 hex digits) is missing");
        Objects.requireNonNull(dct, what + "dct is missing");
        Objects.requireNonNull(cloud, what + "cloud is missing");
        if (readProtection != 0 && readProtection != 1) {
            throw new IllegalArgumentException(what + "readProtection must be 0 or 1");
        }
        writeProtected = writeProtected == null ? List.of() : List.copyOf(writeProtected);
        summary = summary == null ? "" : summary;
        systemParts = systemParts == null ? new SystemParts(null, null) : systemParts;
    }

    /** The release system part {@code index} (1 or 2) carries in its module header. */
    public String systemPart(int index) {
        String part = index == 1 ? systemParts.part1() : systemParts.part2();
        return part == null ? firmware : part;
    }

    /**
     * @param part1 the Device OS release in system part 1's header, or null for the scenario's firmware
     * @param part2 the same for system part 2
     */
    public record SystemParts(String part1, String part2) {
    }

    /**
     * @param devicePrivateKey "generated" (a fresh RSA-1024 key) or "blank" (erased, 0xFF)
     * @param serverPublicKey  "genuine" (Particle's TCP server key) or "corrupt" (modulus damaged)
     * @param serverAddress    "blank" (type 255) or a host name such as "device.spark.io"
     */
    public record DctContents(String devicePrivateKey, String serverPublicKey, String serverAddress) {
    }

    /**
     * @param deviceKeyRegistered whether the cloud holds this device's public key
     * @param owner               who claimed it: absent or "you" for the simulated cloud's account, "none" for
     *                            unclaimed, anything else for another account
     * @param productId           the product it belongs to; absent for a developer device
     */
    public record CloudKnowledge(boolean deviceKeyRegistered, String owner, Integer productId) {
        /** The owner as the simulated cloud records it: an account, or null for unclaimed. */
        public String ownerAccount() {
            if (owner == null || owner.equals("you")) {
                return SimulatedCloud.ACCOUNT;
            }
            return owner.equals("none") ? null : owner;
        }
    }
}
