package dev.reclaim.dct.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding matters: errors and warnings are problems ({@code dct check} exits 1), info is not. */
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean isProblem() {
        return this != INFO;
    }
}
