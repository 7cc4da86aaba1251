package dev.reclaim.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The scenarios that ship with Reclaim, loaded from their JSON resources. */
public final class Scenarios {
    /** In the order a user meets them. */
    public static final List<String> NAMES =
            List.of("keys-rejected", "healthy", "blank-private-key", "server-key-corrupt", "read-protected",
                    "keys-rejected-1.5.2", "half-updated");

    /** A missing readProtection means 0; missing text fields are named by Scenario's checks. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scenarios() {
    }

    /**
     * A shipped scenario by name, or a scenario file ({@code something.json}) of the same shape.
     *
     * @throws IllegalArgumentException naming the scenarios there are, or what is wrong with the file
     */
    public static Scenario load(String name) {
        if (name.endsWith(".json")) {
            return read(Path.of(name));
        }
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

    private static Scenario read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Scenario.class);
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("There is no scenario file " + file + ".");
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("The scenario file " + file + " is not valid: "
                    + (cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                        ? cause.getMessage() : e.getOriginalMessage()) + ".");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the scenario file " + file + ": " + e.getMessage());
        }
    }
}
