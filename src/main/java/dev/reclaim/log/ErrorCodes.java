package dev.reclaim.log;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Explains handshake codes by generation (error-codes.json). The same number means different things: 0.4-0.7
 * report the raw negative WICED socket result, 0.8-1.5 a ProtocolError (0-35), 2.x a system error (-100 and below),
 * and an RSA library failure on 0.4-0.7 is a large negative number.
 */
public final class ErrorCodes {
    /** Firmware that passes raw socket and crypto results up (0.7.x and earlier). */
    private static final VersionRange LEGACY_FIRMWARE = VersionRange.parse("<=0.7");
    private final Map<Integer, CodeExplanation> socket;
    private final Map<Integer, CodeExplanation> protocol;
    private final Map<Integer, CodeExplanation> system;

    private static final class Holder {
        static final ErrorCodes STANDARD = load("error-codes.json");
    }

    private ErrorCodes(Map<Integer, CodeExplanation> socket, Map<Integer, CodeExplanation> protocol,
                       Map<Integer, CodeExplanation> system) {
        this.socket = socket;
        this.protocol = protocol;
        this.system = system;
    }

    public static ErrorCodes standard() {
        return Holder.STANDARD;
    }

    public CodeExplanation explain(int code, Generation generation) {
        if (code >= 0) {
            return known(protocol, code, "a protocol error code");
        }
        if (code > -100) {
            return known(socket, code, "a negative socket error");
        }
        boolean legacy = generation.protocol() == Protocol.SPARK_PROTOCOL || LEGACY_FIRMWARE.contains(generation.versions());
        if (!legacy && (system.containsKey(code) || code > -1000)) {
            return known(system, code, "a Device OS system error");
        }
        return new CodeExplanation(code, "crypto", String.format(Locale.ROOT, "-0x%04X", -code),
                "the RSA/crypto library failed (on a handshake: the server public key in the DCT is unusable)");
    }

    private static CodeExplanation known(Map<Integer, CodeExplanation> table, int code, String unknownMeaning) {
        CodeExplanation e = table.get(code);
        return e != null ? e : new CodeExplanation(code, "unknown", null, unknownMeaning + " Reclaim has no name for");
    }

    static ErrorCodes load(String resource) {
        TableObject t = JsonResources.read(resource).allow("about", "socket", "protocol", "system");
        return new ErrorCodes(index(t.object("socket"), "socket"), index(t.object("protocol"), "protocol"),
                index(t.object("system"), "system"));
    }

    private static Map<Integer, CodeExplanation> index(TableObject table, String kind) {
        TableObject codes = table.allow("about", "codes").object("codes");
        Map<Integer, CodeExplanation> m = new HashMap<>();
        for (String k : codes.keys()) {
            TableObject c = codes.object(k).allow("name", "meaning");
            int code = Integer.parseInt(k);
            m.put(code, new CodeExplanation(code, kind, c.string("name"), c.string("meaning")));
        }
        return Map.copyOf(m);
    }
}
