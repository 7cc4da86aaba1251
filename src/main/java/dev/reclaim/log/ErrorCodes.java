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

    private record Code(String name, String meaning) {
    }

    private record Table(String about, Map<String, Code> codes) {
    }

    private record Tables(String about, Table socket, Table protocol, Table system) {
    }

    static ErrorCodes load(String resource) {
        Tables t = JsonResources.read(resource, Tables.class);
        return new ErrorCodes(index(t.socket(), "socket"), index(t.protocol(), "protocol"), index(t.system(), "system"));
    }

    private static Map<Integer, CodeExplanation> index(Table table, String kind) {
        Map<Integer, CodeExplanation> m = new HashMap<>();
        table.codes().forEach((k, v) -> m.put(Integer.parseInt(k), new CodeExplanation(Integer.parseInt(k), kind, v.name(), v.meaning())));
        return Map.copyOf(m);
    }
}
