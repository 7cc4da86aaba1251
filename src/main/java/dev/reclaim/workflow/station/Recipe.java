package dev.reclaim.workflow.station;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.workflow.RecipeWizard;
import dev.reclaim.workflow.SetServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a station does to each device, read from a small JSON file: its steps in order, each one the step of a
 * workflow ({@link dev.reclaim.workflow.RecoverKeys}, {@link SetServer}) — a recipe chooses, it adds no device logic.
 * Every run identifies, claims, backs up, resets and witnesses the handshake; {@code keys} (keep a usable key or make
 * a new pair) needs {@code register} (the cloud learns a key before the device uses it); {@code server} takes
 * {@code "preset": "particle"} or {@code "key": FILE} (relative to the recipe) with {@code "host": "HOST[:PORT]"}.
 * Any failed step stops the device: each step needs what the earlier ones did.
 *
 * @param name        the recipe's name
 * @param description one line for people
 * @param steps       the steps as written
 * @param productId   the product the key is registered in (the {@code register} step's {@code productId})
 * @param server      the server the {@code server} step sets
 */
public record Recipe(String name, String description, List<Kind> steps, Optional<Integer> productId,
                     Optional<SetServer.Server> server) {
    /** The steps a recipe can name. */
    public enum Kind {
        IDENTIFY, BACKUP, KEYS, REGISTER, SERVER, RESET, WITNESS;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String all() {
            return Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", "));
        }
    }

    private static final List<Kind> REQUIRED = List.of(Kind.IDENTIFY, Kind.BACKUP, Kind.RESET, Kind.WITNESS);
    private static final ObjectMapper JSON = new ObjectMapper();

    public Recipe {
        steps = List.copyOf(steps);
    }

    /** What the device wizard does for this recipe. */
    public RecipeWizard.Plan plan() {
        return new RecipeWizard.Plan(name, steps.contains(Kind.KEYS), productId, server);
    }

    /**
     * Reads and checks a recipe.
     *
     * @param source  the file or resource, for messages
     * @param baseDir where a {@code key} file named relative is looked for (empty for a shipped recipe)
     */
    public static Recipe parse(String text, String source, Optional<Path> baseDir) throws RecipeException {
        Builder b = new Builder(source, baseDir);
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw b.error(p.currentLocation().getLineNr(), "a recipe is one JSON object {\"name\": …,"
                        + " \"steps\": [ … ]}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int line = p.currentLocation().getLineNr();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> b.name = text(p, b, line, "name");
                    case "description" -> b.description = text(p, b, line, "description");
                    case "steps" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw b.error(line, "\"steps\" must be a list of steps, e.g. [{\"step\": \"identify\"}]");
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int stepLine = p.currentLocation().getLineNr();
                            b.step(stepLine, p.readValueAsTree());
                        }
                        if (p.currentToken() != JsonToken.END_ARRAY) {
                            throw b.error(p.currentLocation().getLineNr(), "each step is an object such as"
                                    + " {\"step\": \"identify\"}");
                        }
                    }
                    default -> throw b.error(line, "unknown field \"" + field + "\"; a recipe has \"name\","
                            + " \"description\" and \"steps\"");
                }
            }
        } catch (JsonProcessingException e) {
            throw b.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RecipeException("Cannot read recipe " + source + ": " + e.getMessage(), e);
        }
        return b.build();
    }

    private static String text(JsonParser p, Builder b, int line, String field) throws IOException,
            RecipeException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw b.error(line, "\"" + field + "\" must be a string");
        }
        return p.getText();
    }

    /** Collects the fields as they are read; checks the whole at the end. */
    private static final class Builder {
        private final String source;
        private final Optional<Path> baseDir;
        private String name;
        private String description = "";
        private final List<Kind> steps = new ArrayList<>();
        private Optional<Integer> productId = Optional.empty();
        private Optional<SetServer.Server> server = Optional.empty();
        private int stepsLine;

        Builder(String source, Optional<Path> baseDir) {
            this.source = source;
            this.baseDir = baseDir;
        }

        RecipeException error(int line, String what) {
            return new RecipeException("Recipe " + source + (line > 0 ? ", line " + line : "") + ": " + what + ".");
        }

        void step(int line, JsonNode node) throws RecipeException {
            stepsLine = stepsLine == 0 ? line : stepsLine;
            JsonNode kindNode = node.get("step");
            if (kindNode == null || !kindNode.isTextual()) {
                throw error(line, "a step needs \"step\": one of " + Kind.all());
            }
            String id = kindNode.asText();
            Kind kind = Arrays.stream(Kind.values()).filter(k -> k.id().equals(id)).findFirst()
                    .orElseThrow(() -> error(line, "unknown step \"" + id + "\"; the steps are " + Kind.all()));
            if (steps.contains(kind)) {
                throw error(line, "step \"" + id + "\" is listed twice");
            }
            List<String> allowed = switch (kind) {
                case REGISTER -> List.of("step", "productId");
                case SERVER -> List.of("step", "preset", "key", "host");
                default -> List.of("step");
            };
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String f = names.next();
                if (!allowed.contains(f)) {
                    throw error(line, "step \"" + id + "\" has no field \"" + f + "\"" + (allowed.size() > 1
                            ? "; it takes " + String.join(", ", allowed.subList(1, allowed.size())) : ""));
                }
            }
            if (kind == Kind.REGISTER && node.has("productId")) {
                JsonNode product = node.get("productId");
                if (!product.canConvertToInt() || product.asInt() <= 0) {
                    throw error(line, "\"productId\" must be a positive whole number (the product's id in the"
                            + " Particle console)");
                }
                productId = Optional.of(product.asInt());
            }
            if (kind == Kind.SERVER) {
                server = Optional.of(server(line, node));
            }
            steps.add(kind);
        }

        private SetServer.Server server(int line, JsonNode node) throws RecipeException {
            if (node.has("preset")) {
                if (node.has("key") || node.has("host")) {
                    throw error(line, "step \"server\" takes either \"preset\" or \"key\" with \"host\", not both");
                }
                if (!"particle".equals(node.get("preset").asText())) {
                    throw error(line, "unknown server preset \"" + node.get("preset").asText() + "\"; the preset is"
                            + " \"particle\" (else give \"key\": FILE and \"host\": \"HOST[:PORT]\")");
                }
                return SetServer.Server.particle();
            }
            if (!node.has("key") || !node.has("host")) {
                throw error(line, "step \"server\" needs \"preset\": \"particle\", or both \"key\": FILE (the"
                        + " server's public key) and \"host\": \"HOST[:PORT]\"");
            }
            Path file = Path.of(node.get("key").asText());
            Path resolved = baseDir.filter(d -> !file.isAbsolute()).map(d -> d.resolve(file)).orElse(file);
            try {
                return SetServer.Server.custom(RsaKeys.readPublicKeyFile(Files.readAllBytes(resolved)),
                        node.get("host").asText());
            } catch (NoSuchFileException e) {
                throw error(line, "\"key\": there is no file " + resolved);
            } catch (IOException e) {
                throw error(line, "\"key\": cannot read " + resolved + " (" + e.getMessage() + ")");
            } catch (KeyFormatException e) {
                throw error(line, "\"key\": " + resolved + " is not a server public key in DER or PEM ("
                        + e.getMessage() + ")");
            } catch (InvalidValueException e) {
                throw error(line, "\"host\": " + e.getMessage());
            }
        }

        Recipe build() throws RecipeException {
            if (name == null || name.isBlank()) {
                throw error(0, "\"name\" is missing");
            }
            if (steps.isEmpty()) {
                throw error(0, "\"steps\" is missing or empty; list at least " + ids(REQUIRED));
            }
            for (Kind k : REQUIRED) {
                if (!steps.contains(k)) {
                    throw error(stepsLine, "\"steps\" lacks \"" + k.id() + "\": every device is identified, backed"
                            + " up, reset and its handshake witnessed (" + ids(REQUIRED) + ")");
                }
            }
            if (steps.contains(Kind.KEYS) != steps.contains(Kind.REGISTER)) {
                throw error(stepsLine, "\"keys\" and \"register\" go together: the cloud must hold a key before"
                        + " the device uses it");
            }
            if (!steps.contains(Kind.KEYS) && !steps.contains(Kind.SERVER)) {
                throw error(stepsLine, "the recipe changes nothing; add \"keys\" + \"register\" or \"server\"");
            }
            return new Recipe(name, description, steps, productId, server);
        }

        private static String ids(List<Kind> kinds) {
            return kinds.stream().map(Kind::id).collect(Collectors.joining(", "));
        }
    }
}
