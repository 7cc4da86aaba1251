package dev.reclaim.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.keys.RsaPublicKey;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Particle Cloud API calls Reclaim needs, on {@code java.net.http}: register a device public key, look a device
 * up, claim, unclaim and create claim codes (particle-tooling-and-cloud.md §2). Every failure is a
 * {@link CloudException} with a one-line reason; the access token goes only into the Authorization header.
 */
public final class ParticleCloud {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final AccessToken token;
    private final HttpClient http;

    public ParticleCloud(URI base, AccessToken token) {
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A client for the settings' cloud.
     *
     * @throws CloudException {@link CloudException.Reason#LOG_IN} when the settings hold no token
     */
    public static ParticleCloud of(CloudSettings settings) throws CloudException {
        AccessToken token = settings.token().orElseThrow(() -> new CloudException(CloudException.Reason.LOG_IN, 0,
                "No Particle access token: set " + CloudSettings.TOKEN_VARIABLE + " or log in with particle-cli"
                        + " (particle login)."));
        return new ParticleCloud(settings.baseUrl(), token);
    }

    public URI baseUrl() {
        return base;
    }

    /**
     * Puts the device's public key on file ({@code POST /v1/provisioning/:deviceId}), replacing the one the cloud
     * held: the device's next handshake with the matching private key is then accepted.
     *
     * @param productId the product the device belongs to, if any (product devices need it)
     */
    public void registerKey(String deviceId, RsaPublicKey key, Optional<Integer> productId) throws CloudException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("deviceID", deviceId);
        form.put("publicKey", key.toPem());
        form.put("filename", "reclaim");
        form.put("order", "manual_" + System.currentTimeMillis());
        form.put("algorithm", "rsa");
        productId.ifPresent(p -> form.put("product_id", p.toString()));
        // The reply's body is not documented (UNVERIFIED): any 2xx is success, whatever it holds.
        send(post("/v1/provisioning/" + deviceId, form), "register the public key of device " + deviceId);
    }

    /** {@code GET /v1/devices/:id}, or the product's form when {@code productId} is given. */
    public CloudDevice lookup(String deviceId, Optional<Integer> productId) throws CloudException {
        JsonNode d = send(request(devicePath(deviceId, productId)).GET(), "look up device " + deviceId);
        return new CloudDevice(text(d, "id").orElse(deviceId), text(d, "owner"),
                d.hasNonNull("product_id") && d.get("product_id").canConvertToInt()
                        ? Optional.of(d.get("product_id").asInt()) : Optional.empty(),
                d.path("connected").asBoolean(d.path("online").asBoolean(false)),
                text(d, "last_handshake_at").flatMap(ParticleCloud::instant));
    }

    /** Claims the device for this account ({@code POST /v1/devices}). */
    public void claim(String deviceId) throws CloudException {
        send(post("/v1/devices", Map.of("id", deviceId, "request_transfer", "false")), "claim device " + deviceId);
    }

    /**
     * Releases the device from its owner: {@code DELETE /v1/devices/:id}, or for a product device
     * {@code DELETE /v1/products/:p/devices/:id/owner}, which leaves it in the product (api-js removeDeviceOwner).
     */
    public void unclaim(String deviceId, Optional<Integer> productId) throws CloudException {
        String path = productId.map(p -> "/v1/products/" + p + "/devices/" + deviceId + "/owner")
                .orElse("/v1/devices/" + deviceId);
        send(request(path).DELETE(), "unclaim device " + deviceId);
    }

    /**
     * Adds the device to a product ({@code POST /v1/products/:p/devices} with {@code id}, as particle-cli's
     * {@code product device add} and api-js {@code addDeviceToProduct} do). This is what "the device's product" means
     * on a Photon/P1: the DCT's {@code product_store} is overwritten by the firmware at every boot.
     * <p>
     * The reply lists the ids it took ({@code updatedDeviceIds}, {@code existingDeviceIds}) and those it refused
     * ({@code invalidDeviceIds}, {@code nonmemberDeviceIds}); its exact shape is UNVERIFIED, so only an id listed as
     * refused counts as a refusal, and any other 2xx is success.
     *
     * @return true when the product already held the device
     */
    public boolean addToProduct(String deviceId, int productId) throws CloudException {
        String action = "add device " + deviceId + " to product " + productId;
        JsonNode reply = send(post("/v1/products/" + productId + "/devices", Map.of("id", deviceId)), action);
        for (String refused : List.of("invalidDeviceIds", "nonmemberDeviceIds")) {
            if (lists(reply, refused, deviceId)) {
                throw new CloudException(CloudException.Reason.REFUSED, 200, "The Particle Cloud refused to " + action
                        + " (" + refused + "): check the device ID and that this account is on the product's team.");
            }
        }
        return lists(reply, "existingDeviceIds", deviceId);
    }

    private static boolean lists(JsonNode reply, String field, String deviceId) {
        for (JsonNode n : reply.path(field)) {
            if (n.asText().equalsIgnoreCase(deviceId)) {
                return true;
            }
        }
        return false;
    }

    /** {@code POST /v1/device_claims} (or the product's): a code a device sends to be claimed by this account. */
    public ClaimCode createClaimCode(Optional<Integer> productId) throws CloudException {
        String path = productId.map(p -> "/v1/products/" + p + "/device_claims").orElse("/v1/device_claims");
        JsonNode reply = send(post(path, Map.of()), "create a claim code");
        String code = text(reply, "claim_code").orElseThrow(() -> new CloudException(CloudException.Reason.REFUSED,
                200, "The Particle Cloud's reply to a claim-code request held no claim_code."));
        List<String> ids = new ArrayList<>();
        reply.path("device_ids").forEach(n -> ids.add(n.asText()));
        return new ClaimCode(code, ids);
    }

    private static String devicePath(String deviceId, Optional<Integer> productId) {
        return productId.map(p -> "/v1/products/" + p + "/devices/" + deviceId).orElse("/v1/devices/" + deviceId);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.value()).header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends, and returns the JSON reply of a 2xx (an empty object when the body is empty or not JSON). */
    private JsonNode send(HttpRequest.Builder builder, String action) throws CloudException {
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw CloudException.unreachable(base, action, "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw CloudException.unreachable(base, action, "no reply within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw CloudException.unreachable(base, action, "connection refused");
        } catch (IOException e) {
            throw CloudException.unreachable(base, action, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CloudException.unreachable(base, action, "interrupted");
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw CloudException.forStatus(response.statusCode(), action, token.scrub(errorText(body)));
        }
        return body;
    }

    /** The exception's class and message without the token (an IOException could quote a URL or a header). */
    private String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return token.scrub(e.getClass().getSimpleName().replaceAll("Exception$", "").toLowerCase(Locale.ROOT)
                + message);
    }

    /** Particle errors are {"error": ..., "error_description": ...} or {"ok": false, "error": ...}. */
    private static String errorText(JsonNode body) {
        Optional<String> description = text(body, "error_description");
        return description.or(() -> text(body, "error")).or(() -> text(body, "info")).orElse("");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ParticleCloud[" + base + "]";
    }
}
