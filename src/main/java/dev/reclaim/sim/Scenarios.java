package dev.reclaim.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The scenarios that ship with Reclaim, loaded from their JSON resources. */
public final class Scenarios {
    /** In the order a user meets them. */
    public static final List<String> NAMES =
            List.of("keys-rejected", "healthy", "blank-private-key", "server-key-corrupt", "read-protected");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Scenarios() {
    }

    /** @throws IllegalArgumentException naming the scenarios there are */
    public static Scenario load(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("There is no simulator scenario '" + name + "': choose one of "
                    + String.join(", ", NAMES) + ".");
        }
        try (InputStream in = Scenarios.class.getResourceAsStream("scenarios/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("scenario resource missing: " + name);
            }
            return JSON.readValue(in, Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario " + name + " is not valid", e);
        }
    }
}
