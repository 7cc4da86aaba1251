package dev.reclaim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Cloud API is and which token to use, found the way particle-cli users expect: the base URL from
 * {@code --cloud URL}, else particle-cli's config file ({@code apiUrl}, set for private clouds), else
 * {@code https://api.particle.io}; the token from {@code PARTICLE_ACCESS_TOKEN}, else the config file's
 * {@code access_token}, else nothing (the GUI then asks and keeps it in memory).
 * <p>
 * The config file is {@code ~/.particle/<profile>.config.json}, the profile named in {@code ~/.particle/profile.json}
 * ({@code {"name": "..."}}), "particle" by default (particle-cli's settings.js; the profile file is UNVERIFIED
 * beyond that shape, so a missing or unreadable one means the default).
 *
 * @param baseUrl the API's root, without a trailing slash
 * @param token   empty when none was found
 */
public record CloudSettings(URI baseUrl, Optional<AccessToken> token) {
    public static final URI PARTICLE = URI.create("https://api.particle.io");
    public static final String TOKEN_VARIABLE = "PARTICLE_ACCESS_TOKEN";

    private static final ObjectMapper JSON = new ObjectMapper();

    public CloudSettings {
        String text = baseUrl.toString();
        baseUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : baseUrl;
    }

    /** From this process's environment and the user's particle-cli config. */
    public static CloudSettings find(Optional<URI> cloudOption) {
        return find(cloudOption, System.getenv(), Path.of(System.getProperty("user.home"), ".particle"));
    }

    /**
     * @param cloudOption  {@code --cloud URL}
     * @param env          the environment
     * @param particleHome particle-cli's directory ({@code ~/.particle})
     */
    public static CloudSettings find(Optional<URI> cloudOption, Map<String, String> env, Path particleHome) {
        JsonNode config = config(particleHome);
        URI base = cloudOption.orElseGet(() -> text(config, "apiUrl").map(URI::create).orElse(PARTICLE));
        Optional<AccessToken> token = Optional.ofNullable(env.get(TOKEN_VARIABLE)).filter(t -> !t.isBlank())
                .or(() -> text(config, "access_token")).map(AccessToken::new);
        return new CloudSettings(base, token);
    }

    /** The same place with a token the user typed (kept in memory only). */
    public CloudSettings withToken(AccessToken given) {
        return new CloudSettings(baseUrl, Optional.of(given));
    }

    private static JsonNode config(Path particleHome) {
        String profile = "particle";
        try {
            Path profileFile = particleHome.resolve("profile.json");
            if (Files.isRegularFile(profileFile)) {
                profile = text(JSON.readTree(profileFile.toFile()), "name").orElse(profile);
            }
            Path file = particleHome.resolve(profile + ".config.json");
            return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            // An unreadable config is treated like none: the caller then asks for a token.
            return JSON.createObjectNode();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().trim()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "CloudSettings[" + baseUrl + (token.isPresent() ? ", with a token" : ", no token") + "]";
    }
}
