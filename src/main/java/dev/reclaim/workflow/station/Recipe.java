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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a station does to each device, read from a small JSON file: its steps in the order they run, each one the
 * step of a workflow ({@link dev.reclaim.workflow.RecoverKeys}, {@link SetServer}, …) — a recipe chooses, it adds no
 * device logic. Every run identifies, claims, backs up, resets and witnesses the handshake; {@code keys} (keep a
 * usable key or make a new pair) needs {@code register} (the cloud learns a key before the device uses it);
 * {@code product} adds the device to a product in the cloud (the product the key is registered in and the claim
 * code is made for);
 * {@code server} takes {@code "preset": "particle"} or {@code "key": FILE} (relative to the recipe) with
 * {@code "host": "HOST[:PORT]"}; {@code claim-code} writes a fresh code from the cloud, {@code claim} confirms it.
 * <p>
 * Failure policy: any failed step stops the device ({@code "onFail": "stop"}), unless the step says
 * {@code "onFail": "continue"}: the failure is recorded, the next steps run, and the device still fails. Only
 * {@code product}, {@code witness} and {@code claim} may continue (see {@link RecipeWizard.Part#MAY_CONTINUE});
 * anything else is refused on load, naming the line.
 *
 * @param name        the recipe's name
 * @param description one line for people
 * @param steps       the steps as written, in order
 * @param continuing  the steps that say {@code "onFail": "continue"}
 * @param productId   the recipe's product (the {@code product} or {@code register} step's {@code product})
 * @param server      the server the {@code server} step sets
 */
public record Recipe(String name, String description, List<Kind> steps, Set<Kind> continuing,
                     Optional<Integer> productId, Optional<SetServer.Server> server) {
    /** The steps a recipe can name, in the order they run. */
    public enum Kind {
        IDENTIFY(null), BACKUP(null), PRODUCT(RecipeWizard.Part.PRODUCT), KEYS(RecipeWizard.Part.KEYS),
        REGISTER(null), SERVER(RecipeWizard.Part.SERVER), CLAIM_CODE(RecipeWizard.Part.CLAIM_CODE), RESET(null),
        WITNESS(RecipeWizard.Part.WITNESS), CLAIM(RecipeWizard.Part.CLAIM);

        private final RecipeWizard.Part part;

        Kind(RecipeWizard.Part part) {
            this.part = part;
        }

        /** "claim-code": as a recipe names it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static String all() {
            return Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", "));
        }

        boolean mayContinue() {
            return part != null && RecipeWizard.Part.MAY_CONTINUE.contains(part);
        }
    }

    /** What a failed step does to the device. */
    public enum OnFail {
        STOP, CONTINUE;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<Kind> REQUIRED = List.of(Kind.IDENTIFY, Kind.BACKUP, Kind.RESET, Kind.WITNESS);
    private static final ObjectMapper JSON = new ObjectMapper();

    public Recipe {
        steps = List.copyOf(steps);
        continuing = continuing.isEmpty() ? Set.of() : Set.copyOf(continuing);
    }

    /** What the device wizard does for this recipe. */
    public RecipeWizard.Plan plan() {
        Set<RecipeWizard.Part> parts = EnumSet.noneOf(RecipeWizard.Part.class);
        Set<RecipeWizard.Part> cont = EnumSet.noneOf(RecipeWizard.Part.class);
        for (Kind k : steps) {
            if (k.part != null) {
                parts.add(k.part);
                if (continuing.contains(k)) {
                    cont.add(k.part);
                }
            }
        }
        return new RecipeWizard.Plan(name, parts, cont, productId, server);
    }

    /** The failure policy of {@code step}. */
    public OnFail onFail(Kind step) {
        return continuing.contains(step) ? OnFail.CONTINUE : OnFail.STOP;
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
                            b.step(StepFields.read(p));
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

    /** One step object: its fields' values and the line each is on, so an error names the field's own line. */
    private record StepFields(int line, Map<String, JsonNode> values, Map<String, Integer> lines) {
        static StepFields read(JsonParser p) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            Map<String, JsonNode> values = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                lines.put(f, p.currentTokenLocation().getLineNr());
                p.nextToken();
                values.put(f, p.readValueAsTree());
            }
            return new StepFields(line, values, lines);
        }

        int line(String field) {
            return lines.getOrDefault(field, line);
        }

        boolean has(String field) {
            return values.containsKey(field);
        }

        JsonNode get(String field) {
            return values.get(field);
        }
    }

    /** Collects the fields as they are read; checks the whole at the end. */
    private static final class Builder {
        private final String source;
        private final Optional<Path> baseDir;
        private String name;
        private String description = "";
        private final List<Kind> steps = new ArrayList<>();
        private final Map<Kind, Integer> stepLines = new LinkedHashMap<>();
        private final Set<Kind> continuing = EnumSet.noneOf(Kind.class);
        private Optional<Integer> productId = Optional.empty();
        private int productLine;
        private Optional<SetServer.Server> server = Optional.empty();
        private int stepsLine;

        Builder(String source, Optional<Path> baseDir) {
            this.source = source;
            this.baseDir = baseDir;
        }

        RecipeException error(int line, String what) {
            return new RecipeException("Recipe " + source + (line > 0 ? ", line " + line : "") + ": " + what + ".");
        }

        void step(StepFields node) throws RecipeException {
            int line = node.line();
            stepsLine = stepsLine == 0 ? line : stepsLine;
            JsonNode kindNode = node.get("step");
            if (kindNode == null || !kindNode.isTextual()) {
                throw error(line, "a step needs \"step\": one of " + Kind.all());
            }
            String id = kindNode.asText();
            int idLine = node.line("step");
            if (id.startsWith("product-") || id.equals("product_store")) {
                throw error(idLine, "there is no step \"" + id + "\": a Photon/P1's firmware overwrites the DCT's"
                        + " product_store (product id and version) at every boot with its application's, so writing it"
                        + " would not last; use {\"step\": \"product\", \"product\": ID} to add the device to the"
                        + " product in the cloud");
            }
            Kind kind = Arrays.stream(Kind.values()).filter(k -> k.id().equals(id)).findFirst()
                    .orElseThrow(() -> error(idLine, "unknown step \"" + id + "\"; the steps are " + Kind.all()));
            if (steps.contains(kind)) {
                throw error(idLine, "step \"" + id + "\" is listed twice");
            }
            Kind last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last != null && last.compareTo(kind) > 0) {
                throw error(idLine, "step \"" + id + "\" comes after \"" + last.id() + "\"; steps run in this order,"
                        + " and a recipe lists them so: " + Kind.all());
            }
            List<String> allowed = new ArrayList<>(List.of("step", "onFail"));
            allowed.addAll(switch (kind) {
                case PRODUCT, REGISTER -> List.of("product");
                case SERVER -> List.of("preset", "key", "host");
                default -> List.of();
            });
            for (String f : node.values().keySet()) {
                if (!allowed.contains(f)) {
                    throw error(node.line(f), unknownField(kind, f, allowed));
                }
            }
            if (node.has("onFail")) {
                onFail(kind, node.get("onFail"), node.line("onFail"));
            }
            if (node.has("product")) {
                product(node.get("product"), node.line("product"));
            } else if (kind == Kind.PRODUCT) {
                throw error(line, "step \"product\" needs \"product\": the product's id (a number, in the Particle"
                        + " console)");
            }
            if (kind == Kind.SERVER) {
                server = Optional.of(server(node));
            }
            steps.add(kind);
            stepLines.put(kind, idLine);
        }

        private static String unknownField(Kind kind, String field, List<String> allowed) {
            if (kind == Kind.CLAIM_CODE && field.equals("code")) {
                return "step \"claim-code\" takes no \"code\": a claim code is used up by the first device that"
                        + " sends it, so the station asks the cloud for a fresh one per device";
            }
            if (kind == Kind.PRODUCT && field.equals("version")) {
                return "step \"product\" takes no \"version\": the product version is the running application's"
                        + " PRODUCT_VERSION, which the firmware writes to the DCT at every boot";
            }
            if (field.equals("productId")) {
                return "\"productId\" is spelled \"product\" (e.g. \"product\": 12345)";
            }
            return "step \"" + kind.id() + "\" has no field \"" + field + "\"; it takes "
                    + String.join(", ", allowed.subList(1, allowed.size()));
        }

        private void onFail(Kind kind, JsonNode value, int line) throws RecipeException {
            OnFail policy = Arrays.stream(OnFail.values()).filter(o -> o.id().equals(value.asText())).findFirst()
                    .filter(o -> value.isTextual())
                    .orElseThrow(() -> error(line, "\"onFail\" is \"stop\" (the device fails here, the default) or"
                            + " \"continue\" (the failure is recorded, the next steps run, the device still fails)"));
            if (policy == OnFail.STOP) {
                return;
            }
            if (!kind.mayContinue()) {
                throw error(line, "step \"" + kind.id() + "\" cannot \"continue\" on failure: " + whyStop(kind)
                        + "; only product, witness and claim may continue");
            }
            continuing.add(kind);
        }

        /** Why a failure of this step must stop the device, for the technician who asked otherwise. */
        private static String whyStop(Kind kind) {
            return switch (kind) {
                case IDENTIFY -> "without the device ID nothing can be done or recorded";
                case BACKUP -> "nothing is written to a device without a backup";
                case KEYS, SERVER, CLAIM_CODE -> "after a failed DCT write the device's DCT is not known, so no later"
                        + " write can be planned safely and the handshake would prove nothing";
                case REGISTER -> "the key would be written to the device without the cloud holding it (a key is"
                        + " always registered before it is written)";
                case RESET -> "a device that was not reset cannot show its handshake";
                default -> "its failure leaves work half-done";
            };
        }

        private void product(JsonNode value, int line) throws RecipeException {
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0) {
                throw error(line, "\"product\" must be a positive whole number (the product's id in the Particle"
                        + " console)");
            }
            if (productId.isPresent() && productId.get() != value.asInt()) {
                throw error(line, "\"product\" is " + value.asInt() + " here but " + productId.get() + " on line "
                        + productLine + "; a recipe works in one product");
            }
            productId = Optional.of(value.asInt());
            productLine = line;
        }

        private SetServer.Server server(StepFields node) throws RecipeException {
            int line = node.line();
            if (node.has("preset")) {
                if (node.has("key") || node.has("host")) {
                    throw error(node.line(node.has("key") ? "key" : "host"), "step \"server\" takes either"
                            + " \"preset\" or \"key\" with \"host\", not both");
                }
                if (!"particle".equals(node.get("preset").asText())) {
                    throw error(node.line("preset"), "unknown server preset \"" + node.get("preset").asText()
                            + "\"; the preset is \"particle\" (else give \"key\": FILE and \"host\": \"HOST[:PORT]\")");
                }
                return SetServer.Server.particle();
            }
            if (!node.has("key") || !node.has("host")) {
                throw error(line, "step \"server\" needs \"preset\": \"particle\", or both \"key\": FILE (the"
                        + " server's public key) and \"host\": \"HOST[:PORT]\"");
            }
            Path file = Path.of(node.get("key").asText());
            Path resolved = baseDir.filter(d -> !file.isAbsolute()).map(d -> d.resolve(file)).orElse(file);
            int keyLine = node.line("key");
            try {
                return SetServer.Server.custom(RsaKeys.readPublicKeyFile(Files.readAllBytes(resolved)),
                        node.get("host").asText());
            } catch (NoSuchFileException e) {
                throw error(keyLine, "\"key\": there is no file " + resolved);
            } catch (IOException e) {
                throw error(keyLine, "\"key\": cannot read " + resolved + " (" + e.getMessage() + ")");
            } catch (KeyFormatException e) {
                throw error(keyLine, "\"key\": " + resolved + " is not a server public key in DER or PEM ("
                        + e.getMessage() + ")");
            } catch (InvalidValueException e) {
                throw error(node.line("host"), "\"host\": " + e.getMessage());
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
                Kind present = steps.contains(Kind.KEYS) ? Kind.KEYS : Kind.REGISTER;
                throw error(stepLines.get(present), "\"keys\" and \"register\" go together: the cloud must hold a"
                        + " key before the device uses it");
            }
            if (steps.contains(Kind.CLAIM) && !steps.contains(Kind.CLAIM_CODE)) {
                throw error(stepLines.get(Kind.CLAIM), "\"claim\" confirms the claim a \"claim-code\" step sets up;"
                        + " add {\"step\": \"claim-code\"} before \"reset\"");
            }
            if (!steps.contains(Kind.KEYS) && !steps.contains(Kind.SERVER) && !steps.contains(Kind.CLAIM_CODE)
                    && !steps.contains(Kind.PRODUCT)) {
                throw error(stepsLine, "the recipe changes nothing; add \"keys\" + \"register\", \"server\","
                        + " \"claim-code\" or \"product\"");
            }
            return new Recipe(name, description, steps, continuing, productId, server);
        }

        private static String ids(List<Kind> kinds) {
            return kinds.stream().map(Kind::id).collect(Collectors.joining(", "));
        }
    }
}
