package dev.reclaim.log;

/**
 * What a handshake code means for the firmware that reported it.
 *
 * @param kind    which table explained it: "socket" (raw WICED result, 0.4-0.7), "protocol" (ProtocolError),
 *                "system" (Device OS 2.x system error), "crypto" (RSA library), or "unknown"
 * @param name    the firmware's constant name, e.g. WICED_CONNECTION_CLOSED
 * @param meaning plain words for a technician
 */
public record CodeExplanation(int code, String kind, String name, String meaning) {

    /** "-19 (WICED_CONNECTION_CLOSED): the cloud closed the connection (TCP FIN, LwIP ERR_CLSD)". */
    public String describe() {
        return code + (name == null ? "" : " (" + name + ")") + ": " + meaning;
    }
}
