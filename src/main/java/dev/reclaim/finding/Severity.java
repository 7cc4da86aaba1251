package dev.reclaim.finding;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How much a finding matters, most severe first (lists sort on the declaration order). Errors and warnings are
 * problems ({@code dct check} exits 1 for them); info is not.
 */
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /** The id in JSON output and in diagnosis-rules.json. */
    public String id() {
        return id;
    }

    public boolean isProblem() {
        return this != INFO;
    }

    public static Severity fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown severity '" + id + "' (known: "
                        + Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", ")) + ")"));
    }
}
