package dev.reclaim.cloud;

import java.util.Objects;

/**
 * A Particle access token. It is shown nowhere: {@link #toString} masks it, and the client's error messages are
 * scrubbed of it ({@link #scrub}) in case a server echoes it back.
 */
public final class AccessToken {
    private final String value;

    public AccessToken(String value) {
        Objects.requireNonNull(value, "token");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an access token cannot be empty");
        }
        this.value = value.trim();
    }

    /** For the Authorization header only. */
    String value() {
        return value;
    }

    /** {@code text} with every occurrence of the token replaced by a mask. */
    String scrub(String text) {
        return text == null ? null : text.replace(value, "****");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "AccessToken[****]";
    }
}
