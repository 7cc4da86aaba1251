package dev.reclaim.log;

/**
 * The stages of one cloud connection attempt of a Photon/P1, in the order the firmware runs them: the system stages
 * that open the connection, then the handshake stages as {@code SparkProtocol::handshake()} (0.4-0.7) and
 * {@code LightSSLMessageChannel} + {@code Protocol::begin} (0.8+) log them.
 */
public enum Stage {
    SERVER_ADDRESS("server-address", "read server address", "reading the cloud's address from the DCT"),
    DNS("dns", "resolve name", "resolving the cloud's host name"),
    SOCKET_CONNECT("socket-connect", "connect socket", "opening the TCP connection to the cloud"),
    ESTABLISH("establish", "establish secure channel", "setting up the encrypted channel (0.8+)"),
    RECEIVE_NONCE("receive-nonce", "receive nonce", "waiting for the cloud's 40-byte nonce"),
    ENCRYPT_NONCE("encrypt-nonce", "encrypt nonce", "encrypting nonce, device ID and public key to the server key"),
    SEND_NONCE("send-nonce", "send nonce", "sending the 256-byte encrypted block"),
    RECEIVE_KEY("receive-key", "receive key", "waiting for the cloud's 384-byte session key message"),
    SET_KEY("set-key", "set key", "decrypting and verifying the session key"),
    SEND_HELLO("send-hello", "send HELLO", "sending the encrypted HELLO message"),
    RECEIVE_HELLO("receive-hello", "receive HELLO", "waiting for the cloud's HELLO reply");

    private final String id;
    private final String label;
    private final String activity;

    Stage(String id, String label, String activity) {
        this.id = id;
        this.label = label;
        this.activity = activity;
    }

    /** Kebab-case name used in JSON and the resource files ("receive-key"). */
    public String id() {
        return id;
    }

    /** Short words for a timeline ("receive key"). */
    public String label() {
        return label;
    }

    /** What the device is doing in this stage, in plain words. */
    public String activity() {
        return activity;
    }

    public static Stage fromId(String id) {
        for (Stage s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + id + "'");
    }
}
