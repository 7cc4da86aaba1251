package dev.reclaim.dct.codec;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 128-byte server address block (TCP: app DCT 2466, inside the server key slot). Layout (Device OS
 * {@code ServerAddress}, {@code parse_server_address.h}): byte 0 type (0 IP, 1 domain, anything else invalid =
 * 255 in the firmware's log), byte 1 length, then the IPv4 address big-endian or the domain name, and at byte 66
 * the port, big-endian; port 0 or 0xFFFF means the default 5683.
 *
 * @param type        IP, DOMAIN or INVALID, as the firmware's parser decides
 * @param typeByte    the stored type byte (255 on erased flash)
 * @param host        dotted IPv4 or domain name; null when invalid
 * @param port        the port the firmware connects to (5683 when stored as 0 or 0xFFFF); null when invalid
 * @param defaultPort true when the stored port means "default"
 */
public record ServerAddress(Type type, int typeByte, String host, Integer port, boolean defaultPort) {
    public static final int BLOCK_SIZE = 128;
    public static final int PORT_OFFSET = 66;
    public static final int DEFAULT_TCP_PORT = 5683;
    public static final String PARTICLE_HOST = "device.spark.io";
    /** Longest domain Reclaim writes: type, length, name and its NUL must end before the port. */
    public static final int MAX_DOMAIN_LENGTH = PORT_OFFSET - 3;
    /** Longest domain length byte the firmware accepts ({@code buf[1] <= maxLength - 2}). */
    public static final int MAX_PARSED_DOMAIN_LENGTH = BLOCK_SIZE - 2;

    public enum Type {
        IP("ip"), DOMAIN("domain"), INVALID("invalid");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /**
     * Decodes a block exactly as the firmware's {@code parseServerAddressData} does (reference §0,
     * {@code parse_server_address.h} at v0.7.0): type 0 is an IPv4 address from bytes 2..5 whatever the length byte
     * says, 0.0.0.0 included; type 1 is a domain of {@code length} bytes from byte 2 whenever the length is at most
     * {@value #MAX_PARSED_DOMAIN_LENGTH}, even empty or not printable (the firmware then uses it as a C string, so
     * it ends at the first NUL); any other type is invalid. The port is read for a valid type only. What is odd
     * about an address the firmware accepts is {@link #oddities(byte[])}, for warnings, never a reason to call it
     * invalid.
     */
    public static ServerAddress decode(byte[] block) {
        int type = block[0] & 0xFF;
        int length = block[1] & 0xFF;
        String host;
        if (type == 0) {
            host = (block[2] & 0xFF) + "." + (block[3] & 0xFF) + "." + (block[4] & 0xFF) + "." + (block[5] & 0xFF);
        } else if (type == 1 && length <= MAX_PARSED_DOMAIN_LENGTH) {
            int end = 2;
            while (end < 2 + length && block[end] != 0) {
                end++;
            }
            host = new String(block, 2, end - 2, StandardCharsets.ISO_8859_1); // byte for byte, printable or not
        } else {
            return new ServerAddress(Type.INVALID, type, null, null, false);
        }
        int stored = (block[PORT_OFFSET] & 0xFF) << 8 | block[PORT_OFFSET + 1] & 0xFF;
        boolean defaultPort = stored == 0 || stored == 0xFFFF;
        return new ServerAddress(type == 0 ? Type.IP : Type.DOMAIN, type, host, defaultPort ? DEFAULT_TCP_PORT : stored,
                defaultPort);
    }

    /**
     * What is odd about a block the firmware accepts as it is, in words (empty when nothing is): an empty or
     * unprintable domain, a NUL inside it, a domain running into the port, an IP length byte other than 4, an
     * address no server has. Empty for an invalid type (that is not odd but unusable; see {@link #decode}).
     */
    public static List<String> oddities(byte[] block) {
        ServerAddress a = decode(block);
        List<String> odd = new ArrayList<>();
        int length = block[1] & 0xFF;
        if (a.type == Type.IP) {
            if (length != 4) {
                odd.add("the length byte is " + length + ", not 4 (the firmware ignores it for an IP address)");
            }
            if (a.host.equals("0.0.0.0") || a.host.equals("255.255.255.255")) {
                odd.add(a.host + " is no server address: the firmware accepts it, but the connection fails");
            }
        } else if (a.type == Type.DOMAIN) {
            if (length == 0 || a.host.isEmpty()) {
                odd.add("the domain is empty: the firmware accepts it, but the name lookup fails");
            } else if (a.host.length() < length) {
                odd.add("a NUL byte ends the domain after " + a.host.length() + " of its " + length + " bytes");
            }
            if (a.host.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
                odd.add("the domain holds bytes that are not printable: " + escaped(a.host));
            }
            if (2 + length > PORT_OFFSET) {
                odd.add("the domain's " + length + " bytes run into the port at byte " + PORT_OFFSET
                        + ", so the port is made of its characters");
            }
        }
        return odd;
    }

    /** Parses {@code host}, {@code host:port}, {@code a.b.c.d} or {@code a.b.c.d:port}. */
    public static ServerAddress parse(String text) throws InvalidValueException {
        String s = text.strip();
        int colon = s.lastIndexOf(':');
        // "::1" or "[::1]:5683" would otherwise split at its last colon and be reported as the host ":".
        if (s.startsWith("[") || s.indexOf(':') != colon) {
            throw new InvalidValueException("server_address \"" + s + "\" is an IPv6 address, which the firmware "
                    + "does not support; give an IPv4 address (like 52.0.0.1) or a host name");
        }
        return colon < 0 ? parse(s, null) : parse(s.substring(0, colon), parsePort(s.substring(colon + 1)));
    }

    /**
     * An address from an editor's parts: a host that must be of {@code type} (IP or DOMAIN) and a port, empty for
     * the default.
     */
    public static ServerAddress of(Type type, String host, String port) throws InvalidValueException {
        String h = host.strip();
        ServerAddress a = parse(h, port.isBlank() ? null : parsePort(port.strip()));
        if (a.type != type) {
            throw new InvalidValueException(type == Type.IP
                    ? "server_address \"" + h + "\" is not an IPv4 address (four numbers 0-255, like 52.0.0.1)"
                    : "server_address " + h + " is an IPv4 address, not a domain name");
        }
        return a;
    }

    /** Particle's cloud: {@value #PARTICLE_HOST} on the default port. */
    public static ServerAddress particle() {
        return new ServerAddress(Type.DOMAIN, 1, PARTICLE_HOST, DEFAULT_TCP_PORT, true);
    }

    private static ServerAddress parse(String host, Integer port) throws InvalidValueException {
        if (host.isEmpty()) {
            throw new InvalidValueException("server_address needs a host name or IPv4 address before the port");
        }
        int[] ip = parseIpv4(host);
        if (ip != null) {
            if (host.equals("0.0.0.0") || host.equals("255.255.255.255")) {
                throw new InvalidValueException("server_address " + host + " is rejected by the firmware; give a real address");
            }
            return new ServerAddress(Type.IP, 0, host, port == null ? DEFAULT_TCP_PORT : port, port == null);
        }
        if (host.matches("[0-9.]+")) {
            throw new InvalidValueException("server_address " + host + " is not a valid IPv4 address");
        }
        if (!host.matches("[A-Za-z0-9$_][A-Za-z0-9$_.-]*")) {
            throw new InvalidValueException("server_address \"" + host + "\" is not a host name or IPv4 address "
                    + "(letters, digits, '-', '.' only; IPv6 is not supported by the firmware)");
        }
        if (host.length() > MAX_DOMAIN_LENGTH) {
            throw new InvalidValueException("server_address: the domain \"" + host + "\" has " + host.length()
                    + " characters; the DCT holds at most " + MAX_DOMAIN_LENGTH);
        }
        return new ServerAddress(Type.DOMAIN, 1, host, port == null ? DEFAULT_TCP_PORT : port, port == null);
    }

    /** The 128-byte block: type, length, address, NUL, 0xFF fill, port big-endian at 66 (0xFFFF = default). */
    public byte[] encode() {
        if (type == Type.INVALID) {
            throw new IllegalStateException("an invalid address has no encoding; erase the field instead");
        }
        byte[] block = new byte[BLOCK_SIZE];
        Arrays.fill(block, (byte) 0xFF);
        if (type == Type.IP) {
            int[] ip = parseIpv4(host);
            block[0] = 0;
            block[1] = 4;
            for (int i = 0; i < 4; i++) {
                block[2 + i] = (byte) ip[i];
            }
        } else {
            byte[] name = host.getBytes(StandardCharsets.ISO_8859_1);
            block[0] = 1;
            block[1] = (byte) name.length;
            System.arraycopy(name, 0, block, 2, name.length);
            block[2 + name.length] = 0;
        }
        int stored = defaultPort ? 0xFFFF : port;
        block[PORT_OFFSET] = (byte) (stored >>> 8);
        block[PORT_OFFSET + 1] = (byte) stored;
        return block;
    }

    /** host:port as the firmware would connect. */
    public String describe() {
        if (type == Type.INVALID) {
            return "invalid (type " + typeByte + ")";
        }
        return type.id() + " " + (type == Type.DOMAIN ? escaped(host) : host) + ":" + port + (defaultPort ? " (default port)" : "");
    }

    private static Integer parsePort(String s) throws InvalidValueException {
        try {
            int p = Integer.parseInt(s);
            if (p >= 1 && p <= 65534) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException("server_address: the port must be a number from 1 to 65534, not \"" + s + "\"");
    }

    private static int[] parseIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] ip = new int[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}")) {
                return null;
            }
            ip[i] = Integer.parseInt(parts[i]);
            if (ip[i] > 255) {
                return null;
            }
        }
        return ip;
    }

    /** The host with every byte outside printable ASCII as \xNN, so that a table cell shows what is there. */
    private static String escaped(String host) {
        StringBuilder b = new StringBuilder();
        for (char c : host.toCharArray()) {
            b.append(c >= 0x20 && c <= 0x7E ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return b.toString();
    }
}
