package dev.reclaim.cloud;

import java.util.List;

/**
 * A claim code from {@code POST /v1/device_claims}: the device sends it when it next connects, and the cloud then
 * gives the device to the account that created it.
 *
 * @param code      63 characters, written to the DCT's {@code claim_code}
 * @param deviceIds the account's devices, as the reply lists them
 */
public record ClaimCode(String code, List<String> deviceIds) {
    public ClaimCode {
        deviceIds = List.copyOf(deviceIds);
    }

    @Override
    public String toString() {
        // A claim code lets whoever holds it take the next device that sends it: not for logs.
        return "ClaimCode[" + code.length() + " characters, " + deviceIds.size() + " devices]";
    }
}
