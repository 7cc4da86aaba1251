package dev.reclaim.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.sim.InProcessSimulator;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedCloudServer;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatorOptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Cloud API client against the simulated cloud's real HTTP server, and the simulated devices behind it. */
class ParticleCloudTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final String STRANGER = "aa00bb00cc00dd00ee00ff00";

    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<CloudException> failures = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        // Whatever went wrong, no message ever carries the token.
        assertThat(failures).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }

    private InProcessSimulator device(String scenario, SimulatedCloud cloud) {
        InProcessSimulator sim = InProcessSimulator.start(
                SimulatedDevices.create(Scenarios.load(scenario), SimulatorOptions.instant(), cloud), cloud, scenario);
        open.add(sim);
        return sim;
    }

    private ParticleCloud client(SimulatedCloud cloud, Set<SimulatedCloudServer.Call> failing, String token)
            throws Exception {
        SimulatedCloudServer server = SimulatedCloudServer.start(cloud, 0, TOKEN, failing);
        open.add(server);
        return new ParticleCloud(server.baseUrl(), new AccessToken(token));
    }

    private CloudException failure(ThrowingCall call) {
        CloudException e = catchThrowableOfType(CloudException.class, call::run);
        assertThat(e).as("expected a CloudException").isNotNull();
        failures.add(e);
        return e;
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    /** The public half of the private key in the device's DCT. */
    private static RsaPublicKey devicePublicKey(InProcessSimulator sim) throws Exception {
        byte[] dct = sim.device().chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
        AppDct app = DctImage.ofTwoSectors(dct).currentAppDct(dev.reclaim.dct.DctGeneration.VERSIONED).orElseThrow();
        return RsaKeys.parsePrivateDer(app.slot(DctLayout.photonP1().field("device_private_key"))).publicKey();
    }

    private static CloudDevice awaitHandshake(ParticleCloud api, String id, Instant after) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        CloudDevice d = api.lookup(id, Optional.empty());
        while (!d.handshakeCompletedAfter(after) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            d = api.lookup(id, Optional.empty());
        }
        return d;
    }

    @ParameterizedTest
    @CsvSource({"keys-rejected", "keys-rejected-1.5.2"})
    void aKeyRegisteredOverHttpLetsTheDevicesNextHandshakeComplete(String scenario) throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        InProcessSimulator sim = device(scenario, cloud);
        ParticleCloud api = client(cloud, Set.of(), TOKEN);
        String id = sim.device().chip().deviceId();

        CloudDevice before = api.lookup(id, Optional.empty());
        assertThat(before.connected()).isFalse();
        assertThat(before.lastHandshakeAt()).isEmpty();
        assertThat(before.owner()).contains(SimulatedCloud.ACCOUNT);

        api.registerKey(id, devicePublicKey(sim), Optional.empty());
        Instant reset = Instant.now();
        sim.device().reset();
        CloudDevice after = awaitHandshake(api, id, reset);
        assertThat(after.connected()).isTrue();
        assertThat(after.handshakeCompletedAfter(reset)).isTrue();
    }

    @Test
    void aWrongKeyKeepsTheDeviceOffline() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        InProcessSimulator sim = device("keys-rejected", cloud);
        ParticleCloud api = client(cloud, Set.of(), TOKEN);
        String id = sim.device().chip().deviceId();
        api.registerKey(id, RsaKeys.generateDeviceKey().publicKey(), Optional.empty());
        Instant reset = Instant.now();
        sim.device().reset();
        Thread.sleep(300);
        assertThat(api.lookup(id, Optional.empty()).handshakeCompletedAfter(reset)).isFalse();
    }

    @Test
    void unclaimAndClaimChangeTheOwnerAndAClaimCodeListsTheAccountsDevices() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        String id = device("healthy", cloud).device().chip().deviceId();
        ParticleCloud api = client(cloud, Set.of(), TOKEN);

        api.unclaim(id, Optional.empty());
        assertThat(cloud.device(id).orElseThrow().owner()).isNull();
        assertThat(api.createClaimCode(Optional.empty()).deviceIds()).doesNotContain(id);
        // Unclaimed, it is no longer this account's to look at.
        assertThat(failure(() -> api.lookup(id, Optional.empty())).reason())
                .isEqualTo(CloudException.Reason.NOT_PERMITTED);

        api.claim(id);
        assertThat(api.lookup(id, Optional.empty()).owner()).contains(SimulatedCloud.ACCOUNT);
        ClaimCode code = api.createClaimCode(Optional.empty());
        assertThat(code.code()).hasSize(63);
        assertThat(code.deviceIds()).containsExactly(id);
        assertThat(code.toString()).doesNotContain(code.code());
    }

    @Test
    void anotherAccountsDeviceAndAProductsDeviceSayWhatToDo() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        cloud.enroll(STRANGER, "someone@else.example", null);
        String inProduct = "ab00cd00ef0012003400560a";
        cloud.enroll(inProduct, null, 1234);
        ParticleCloud api = client(cloud, Set.of(), TOKEN);
        RsaPublicKey key = RsaKeys.generateDeviceKey().publicKey();

        CloudException stolen = failure(() -> api.claim(STRANGER));
        assertThat(stolen.reason()).isEqualTo(CloudException.Reason.NOT_PERMITTED);
        assertThat(stolen.getMessage()).contains("belongs to another account").contains("someone else");
        assertThat(failure(() -> api.registerKey(inProduct, key, Optional.empty())).getMessage())
                .contains("product");

        api.registerKey(inProduct, key, Optional.of(1234));
        assertThat(cloud.registeredKey(inProduct)).contains(key);
        assertThat(api.lookup(inProduct, Optional.of(1234)).productId()).contains(1234);
        cloud.claim(inProduct, "customer@example.com");
        api.unclaim(inProduct, Optional.of(1234));
        assertThat(cloud.device(inProduct).orElseThrow().owner()).isNull();
        assertThat(cloud.device(inProduct).orElseThrow().productId()).isEqualTo(1234);
    }

    @Test
    void addingAnUnclaimedDeviceToAProductLetsItsKeyBeRegisteredWithTheProductId() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        String fresh = "ab00cd00ef0012003400560b";
        cloud.enroll(fresh, null, null);
        cloud.enroll(STRANGER, "someone@else.example", null);
        ParticleCloud api = client(cloud, Set.of(), TOKEN);
        RsaPublicKey key = RsaKeys.generateDeviceKey().publicKey();
        // unclaimed and in no product: nobody may register its key yet
        assertThat(failure(() -> api.registerKey(fresh, key, Optional.of(4321))).reason())
                .isEqualTo(CloudException.Reason.NOT_PERMITTED);

        assertThat(api.addToProduct(fresh, 4321)).isFalse();
        assertThat(api.addToProduct(fresh, 4321)).as("the second time the product already holds it").isTrue();
        assertThat(cloud.device(fresh).orElseThrow().productId()).isEqualTo(4321);
        api.registerKey(fresh, key, Optional.of(4321));
        assertThat(cloud.registeredKey(fresh)).contains(key);
        assertThat(cloud.keyRegisteredInProduct(fresh)).contains(4321);

        CloudException refused = failure(() -> api.addToProduct(STRANGER, 4321));
        assertThat(refused.reason()).isEqualTo(CloudException.Reason.REFUSED);
        assertThat(refused.getMessage()).contains("nonmemberDeviceIds").contains("product's team");
        assertThat(cloud.device(STRANGER).orElseThrow().productId()).isNull();
    }

    @Test
    void anUnknownDeviceIsNotFound() throws Exception {
        ParticleCloud api = client(SimulatedCloud.particle(), Set.of(), TOKEN);
        CloudException e = failure(() -> api.lookup(STRANGER, Optional.empty()));
        assertThat(e.reason()).isEqualTo(CloudException.Reason.NOT_FOUND);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).contains(STRANGER).contains("check the device ID");
    }

    @Test
    void aWrongTokenSaysLogInAgainAndNeverShowsEitherToken() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        String id = device("keys-rejected", cloud).device().chip().deviceId();
        String wrong = "ffffeeeeddddccccbbbbaaaa9999888877776666";
        ParticleCloud api = client(cloud, Set.of(), wrong);
        for (ThrowingCall call : List.<ThrowingCall>of(() -> api.lookup(id, Optional.empty()), () -> api.claim(id),
                () -> api.unclaim(id, Optional.empty()), () -> api.createClaimCode(Optional.empty()),
                () -> api.registerKey(id, RsaKeys.generateDeviceKey().publicKey(), Optional.empty()))) {
            CloudException e = failure(call);
            assertThat(e.reason()).isEqualTo(CloudException.Reason.LOG_IN);
            assertThat(e.getMessage()).contains("log in again").doesNotContain(wrong).doesNotContain(TOKEN)
                    .doesNotContain("\n");
        }
        assertThat(api.toString()).doesNotContain(wrong);
        assertThat(new AccessToken(wrong).toString()).doesNotContain(wrong);
    }

    @Test
    void eachCallTheSimulatorIsToldToFailAnswers503AndSaysRetry() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        String id = device("keys-rejected", cloud).device().chip().deviceId();
        ParticleCloud api = client(cloud, Set.of(SimulatedCloudServer.Call.values()), TOKEN);
        RsaPublicKey key = RsaKeys.generateDeviceKey().publicKey();
        for (ThrowingCall call : List.<ThrowingCall>of(() -> api.registerKey(id, key, Optional.empty()),
                () -> api.lookup(id, Optional.empty()), () -> api.claim(id), () -> api.unclaim(id, Optional.empty()),
                () -> api.createClaimCode(Optional.empty()), () -> api.addToProduct(id, 4321))) {
            CloudException e = failure(call);
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.reason()).isEqualTo(CloudException.Reason.RETRY);
            assertThat(e.getMessage()).contains("HTTP 503").contains("retry");
        }
        assertThat(cloud.registeredKey(id)).isEmpty();
        assertThat(cloud.device(id).orElseThrow().owner()).isEqualTo(SimulatedCloud.ACCOUNT);
        assertThat(cloud.device(id).orElseThrow().productId()).isNull();
    }

    @Test
    void aRefusedConnectionSaysCheckTheNetwork() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ParticleCloud api = new ParticleCloud(URI.create("http://127.0.0.1:" + port), new AccessToken(TOKEN));
        CloudException e = failure(() -> api.lookup(STRANGER, Optional.empty()));
        assertThat(e.reason()).isEqualTo(CloudException.Reason.UNREACHABLE);
        assertThat(e.getMessage()).contains("Cannot reach").contains("127.0.0.1:" + port)
                .contains("check the network");
    }

    /** Statuses the simulator never gives, from a real HTTP server that answers only that, as Particle's does. */
    @ParameterizedTest
    @CsvSource({
        "401, LOG_IN,        log in again",
        "403, NOT_PERMITTED, another account",
        "404, NOT_FOUND,     check the device ID",
        "429, RETRY,         wait a minute",
        "500, RETRY,         retry in a moment",
        "502, RETRY,         retry in a moment",
        "400, REFUSED,       HTTP 400",
    })
    void everyStatusBecomesOneLineWithWhatToDo(int status, CloudException.Reason reason, String advice)
            throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            // A server that echoes the token back must not get it into the message.
            byte[] body = ("{\"ok\": false, \"error\": \"no for " + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        open.add(() -> server.stop(0));
        ParticleCloud api = new ParticleCloud(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                new AccessToken(TOKEN));
        CloudException e = failure(() -> api.claim(STRANGER));
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).contains(advice).contains("claim device " + STRANGER).doesNotContain("\n");
    }

    @Test
    void settingsComeFromTheOptionTheEnvironmentAndParticleClisConfig(@TempDir Path home) throws Exception {
        Path particle = Files.createDirectories(home.resolve(".particle"));
        assertThat(CloudSettings.find(Optional.empty(), Map.of(), particle))
                .isEqualTo(new CloudSettings(CloudSettings.PARTICLE, Optional.empty()));

        Files.writeString(particle.resolve("particle.config.json"),
                "{\"apiUrl\": \"https://cloud.example.org/\", \"access_token\": \"from-config\", \"username\": \"u\"}");
        CloudSettings fromConfig = CloudSettings.find(Optional.empty(), Map.of(), particle);
        assertThat(fromConfig.baseUrl()).isEqualTo(URI.create("https://cloud.example.org"));
        assertThat(fromConfig.token()).contains(new AccessToken("from-config"));
        assertThat(fromConfig.toString()).doesNotContain("from-config");

        CloudSettings fromEnv = CloudSettings.find(Optional.of(URI.create("http://127.0.0.1:9")),
                Map.of(CloudSettings.TOKEN_VARIABLE, "from-env"), particle);
        assertThat(fromEnv.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));
        assertThat(fromEnv.token()).contains(new AccessToken("from-env"));

        Files.writeString(particle.resolve("profile.json"), "{\"name\": \"staging\"}");
        Files.writeString(particle.resolve("staging.config.json"), "{\"access_token\": \"staging-token\"}");
        CloudSettings staging = CloudSettings.find(Optional.empty(), Map.of(), particle);
        assertThat(staging.baseUrl()).isEqualTo(CloudSettings.PARTICLE);
        assertThat(staging.token()).contains(new AccessToken("staging-token"));

        CloudException none = failure(() -> ParticleCloud.of(new CloudSettings(CloudSettings.PARTICLE,
                Optional.empty())));
        assertThat(none.reason()).isEqualTo(CloudException.Reason.LOG_IN);
        assertThat(none.getMessage()).contains(CloudSettings.TOKEN_VARIABLE);
    }
}
