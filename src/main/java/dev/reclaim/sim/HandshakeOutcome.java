package dev.reclaim.sim;

/** How the simulated cloud ends a device's connection attempt. */
public enum HandshakeOutcome {
    /** Keys check out: session key sent, HELLO exchanged, connected. */
    CONNECTED,
    /**
     * The cloud hangs up after the device's 256-byte block: it cannot decrypt it (wrong server key in the DCT) or
     * has no public key on file for the device ID, or not this one. The device sees the socket closed (-19).
     */
    CLOSED_BY_CLOUD,
    /** The session key cannot be decrypted with the device's private key (unreadable key): DECRYPTION_ERROR 6. */
    SET_KEY_FAILED,
    /** The server host name does not resolve. */
    HOST_NOT_FOUND
}
