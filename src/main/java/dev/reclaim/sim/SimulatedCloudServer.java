package dev.reclaim.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPublicKey;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated cloud's Particle Cloud API on loopback (the JDK's HTTP server), over the same registry the
 * simulated devices handshake against: a key registered here decides the device's next handshake, a claim changes
 * the owner, and {@code connected}/{@code last_handshake_at} come from the devices' real handshakes. One access
 * token is accepted, belonging to {@link SimulatedCloud#ACCOUNT}. Request and reply shapes follow
 * particle-tooling-and-cloud.md §2; it logs nothing, so the token appears nowhere.
 */
public final class SimulatedCloudServer implements AutoCloseable {
    /** The calls a fault test can make fail with HTTP 503. */
    public enum Call {
        REGISTER, CLAIM, UNCLAIM, LOOKUP, PRODUCT;

        /** "register" → REGISTER; the message names the choices. */
        public static Call parse(String text) {
            return Arrays.stream(values()).filter(c -> c.id().equals(text)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("'" + text + "' is not a cloud call: choose " + ids() + "."));
        }

        /** "register, claim, unclaim, lookup or product". */
        public static String ids() {
            List<String> ids = Arrays.stream(values()).map(Call::id).toList();
            return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        }

        /** Every name in {@code names} parsed; an unknown one is an IllegalArgumentException. */
        public static Set<Call> parseAll(Collection<String> names) {
            Set<Call> calls = EnumSet.noneOf(Call.class);
            names.forEach(name -> calls.add(parse(name)));
            return calls;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROVISIONING = Pattern.compile("/v1/provisioning/([0-9A-Fa-f]{24})");
    private static final Pattern DEVICE = Pattern.compile("/v1/(?:products/(\\d+)/)?devices/([0-9A-Fa-f]{24})");
    private static final Pattern OWNER = Pattern.compile("/v1/products/(\\d+)/devices/([0-9A-Fa-f]{24})/owner");
    private static final Pattern PRODUCT_DEVICES = Pattern.compile("/v1/products/(\\d+)/devices");
    private static final Pattern CLAIMS = Pattern.compile("/v1/(?:products/(\\d+)/)?device_claims");

    private final SimulatedCloud cloud;
    private final byte[] token;
    private final Set<Call> failing;
    private final HttpServer server;
    private final ExecutorService executor;

    private SimulatedCloudServer(SimulatedCloud cloud, String token, Set<Call> failing, HttpServer server,
                                 ExecutorService executor) {
        this.cloud = cloud;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.failing = failing.isEmpty() ? EnumSet.noneOf(Call.class) : EnumSet.copyOf(failing);
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves {@code cloud} on 127.0.0.1.
     *
     * @param port    0 for a free port
     * @param token   the only access token accepted
     * @param failing calls answered with 503
     */
    public static SimulatedCloudServer start(SimulatedCloud cloud, int port, String token, Set<Call> failing)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "simulated-cloud-api");
            t.setDaemon(true);
            return t;
        });
        SimulatedCloudServer api = new SimulatedCloudServer(cloud, token, failing, server, executor);
        server.createContext("/v1/", api::handle);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    /** A fresh access token: 40 hex digits, the length of a Particle token. */
    public static String newToken() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code http://127.0.0.1:PORT}: the base URL a client is given. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = route(exchange);
            } catch (RuntimeException e) {
                reply = Reply.error(500, "internal error in the simulated cloud");
            }
            byte[] body = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, String> form = form(exchange);
        if (!authorized(exchange, form)) {
            // The shape of Particle's OAuth error.
            ObjectNode body = JSON.createObjectNode().put("error", "invalid_token")
                    .put("error_description", "The access token provided is invalid.");
            return new Reply(401, body);
        }
        Matcher provisioning = PROVISIONING.matcher(path);
        Matcher device = DEVICE.matcher(path);
        Matcher owner = OWNER.matcher(path);
        if (method.equals("POST") && provisioning.matches()) {
            return failing(Call.REGISTER).orElseGet(() -> register(id(provisioning.group(1)), form));
        }
        if (method.equals("GET") && device.matches()) {
            return failing(Call.LOOKUP).orElseGet(() -> lookup(id(device.group(2)), product(device)));
        }
        if (method.equals("POST") && path.equals("/v1/devices")) {
            return failing(Call.CLAIM).orElseGet(() -> claim(id(form.getOrDefault("id", ""))));
        }
        if (method.equals("DELETE") && owner.matches()) {
            return failing(Call.UNCLAIM).orElseGet(() -> unclaim(id(owner.group(2)), Integer.valueOf(owner.group(1))));
        }
        if (method.equals("DELETE") && device.matches()) {
            return failing(Call.UNCLAIM).orElseGet(() -> unclaim(id(device.group(2)), product(device)));
        }
        Matcher productDevices = PRODUCT_DEVICES.matcher(path);
        if (method.equals("POST") && productDevices.matches()) {
            return failing(Call.PRODUCT).orElseGet(() -> addToProduct(id(form.getOrDefault("id", "")),
                    Integer.parseInt(productDevices.group(1))));
        }
        if (method.equals("POST") && CLAIMS.matcher(path).matches()) {
            // Creating a claim code is the first step of a claim: --cloud-fail claim fails it too.
            return failing(Call.CLAIM).orElseGet(this::claimCode);
        }
        return Reply.error(404, "Not found.");
    }

    private static String id(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private Optional<Reply> failing(Call call) {
        return failing.contains(call)
                ? Optional.of(Reply.error(503, "Service Unavailable (simulated: --cloud-fail " + call.id() + ")"))
                : Optional.empty();
    }

    private Reply register(String deviceId, Map<String, String> form) {
        Optional<SimulatedCloud.DeviceState> device = cloud.device(deviceId);
        if (device.isEmpty()) {
            return Reply.error(404, "Device not found.");
        }
        Integer product = form.containsKey("product_id") ? parseInt(form.get("product_id")) : null;
        if (!mayManage(device.get(), product)) {
            return Reply.error(403, "Permission Denied");
        }
        RsaPublicKey key;
        try {
            key = RsaKeys.readPublicKeyFile(form.getOrDefault("publicKey", "").getBytes(StandardCharsets.US_ASCII));
        } catch (KeyFormatException e) {
            return Reply.error(400, "Invalid public key: " + e.getMessage());
        }
        cloud.register(deviceId, key, product);
        return new Reply(200, JSON.createObjectNode().put("ok", true).put("id", deviceId));
    }

    private Reply lookup(String deviceId, Integer product) {
        Optional<SimulatedCloud.DeviceState> found = cloud.device(deviceId);
        if (found.isEmpty()) {
            return Reply.error(404, "Device not found.");
        }
        SimulatedCloud.DeviceState d = found.get();
        if (!mayManage(d, product)) {
            return Reply.error(403, "Permission Denied");
        }
        ObjectNode body = JSON.createObjectNode().put("id", d.id()).put("name", "p1-" + d.id().substring(18))
                .put("platform_id", 8).put("connected", d.connected()).put("online", d.connected());
        if (d.owner() != null) {
            body.put("owner", d.owner());
        } else {
            body.putNull("owner");
        }
        if (d.productId() != null) {
            body.put("product_id", d.productId());
        } else {
            body.put("product_id", 8); // a developer device reports its platform as its product (UNVERIFIED)
        }
        if (d.lastHandshakeAt() != null) {
            body.put("last_handshake_at", d.lastHandshakeAt().toString());
        } else {
            body.putNull("last_handshake_at");
        }
        return new Reply(200, body);
    }

    private Reply claim(String deviceId) {
        Optional<SimulatedCloud.DeviceState> found = cloud.device(deviceId);
        if (found.isEmpty()) {
            return Reply.error(404, "Device not found.");
        }
        String owner = found.get().owner();
        if (owner != null && !owner.equals(SimulatedCloud.ACCOUNT)) {
            return Reply.error(403, "That belongs to someone else.");
        }
        cloud.claim(deviceId, SimulatedCloud.ACCOUNT);
        return new Reply(200, JSON.createObjectNode().put("ok", true).put("id", deviceId)
                .put("user_id", SimulatedCloud.ACCOUNT));
    }

    private Reply unclaim(String deviceId, Integer product) {
        Optional<SimulatedCloud.DeviceState> found = cloud.device(deviceId);
        if (found.isEmpty()) {
            return Reply.error(404, "Device not found.");
        }
        if (!mayManage(found.get(), product)) {
            return Reply.error(403, "Permission Denied");
        }
        cloud.unclaim(deviceId);
        return new Reply(200, JSON.createObjectNode().put("ok", true));
    }

    /** The reply of an import into a product: which ids it took and which it refused. */
    private Reply addToProduct(String deviceId, int product) {
        ObjectNode body = JSON.createObjectNode();
        boolean already = cloud.device(deviceId).map(d -> Integer.valueOf(product).equals(d.productId()))
                .orElse(false);
        String list = already ? "existingDeviceIds" : cloud.addToProduct(deviceId, product) ? "updatedDeviceIds"
                : cloud.device(deviceId).isEmpty() ? "invalidDeviceIds" : "nonmemberDeviceIds";
        for (String field : List.of("updatedDeviceIds", "existingDeviceIds", "invalidDeviceIds",
                "nonmemberDeviceIds")) {
            var ids = body.putArray(field);
            if (field.equals(list)) {
                ids.add(deviceId);
            }
        }
        body.put("updated", list.equals("updatedDeviceIds") ? 1 : 0);
        return new Reply(200, body);
    }

    private Reply claimCode() {
        ObjectNode body = JSON.createObjectNode().put("claim_code", cloud.createClaimCode(SimulatedCloud.ACCOUNT));
        cloud.devicesOf(SimulatedCloud.ACCOUNT).forEach(body.putArray("device_ids")::add);
        return new Reply(200, body);
    }

    /**
     * The account may act on its own devices; on a product's device only through that product's endpoints (or
     * with its product_id), as a team member would.
     */
    private static boolean mayManage(SimulatedCloud.DeviceState d, Integer product) {
        if (d.productId() != null) {
            return d.productId().equals(product) || SimulatedCloud.ACCOUNT.equals(d.owner()) && product == null;
        }
        return product == null && SimulatedCloud.ACCOUNT.equals(d.owner());
    }

    private boolean authorized(HttpExchange exchange, Map<String, String> form) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).trim()
                : form.get("access_token");
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** The query and a form or JSON body, as one map (the API accepts either encoding). */
    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> values = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            decodeForm(query, values);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (body.length == 0) {
            return values;
        }
        if (type != null && type.startsWith("application/json")) {
            JsonNode json = JSON.readTree(body);
            json.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        } else {
            decodeForm(new String(body, StandardCharsets.US_ASCII), values);
        }
        return values;
    }

    private static void decodeForm(String text, Map<String, String> into) {
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                into.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
    }

    private static Integer product(Matcher m) {
        return m.group(1) == null ? null : Integer.valueOf(m.group(1));
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A status and a JSON body; errors carry Particle's {@code {"ok": false, "error": ...}}. */
    private record Reply(int status, JsonNode body) {
        static Reply error(int status, String message) {
            return new Reply(status, JSON.createObjectNode().put("ok", false).put("error", message));
        }
    }
}
