package dev.reclaim.sim;

/**
 * The cloud address a firmware reads from its DCT: a domain or an IPv4 address and a port, or nothing usable
 * (type 255 when the block is erased).
 *
 * @param typeByte 0 IP, 1 domain, anything else invalid
 * @param host     the domain or dotted IPv4; null when invalid
 * @param port     the port (0 and 0xFFFF mean the default, 5683)
 */
record ServerEndpoint(int typeByte, String host, int port) {
    static ServerEndpoint domain(String host, int port) {
        return new ServerEndpoint(1, host, port);
    }

    static ServerEndpoint invalid(int typeByte) {
        return new ServerEndpoint(typeByte, null, 0);
    }

    boolean valid() {
        return (typeByte == 0 || typeByte == 1) && host != null;
    }

    boolean isIp() {
        return typeByte == 0;
    }

    @Override
    public int port() {
        return port == 0 || port == 0xFFFF ? ConnectionLog.DEFAULT_PORT : port;
    }
}
