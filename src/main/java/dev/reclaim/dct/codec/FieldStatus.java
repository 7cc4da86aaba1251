package dev.reclaim.dct.codec;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a field's bytes look. */
public enum FieldStatus {
    /** Holds a value that decodes. */
    OK("ok"),
    /** Erased (0xFF) or empty: the firmware treats it as "not set". */
    BLANK("blank"),
    /** Holds bytes that do not decode as the field's type. */
    INVALID("invalid"),
    /** Not in the file (an application-DCT dump shorter than the field's end). */
    ABSENT("absent");

    private final String id;

    FieldStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
