package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.cloud.AccessToken;
import dev.reclaim.cloud.CloudDevice;
import dev.reclaim.cloud.CloudException;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.keys.RsaKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code reclaim simulate} serves the simulated cloud's API with the token and faults it was given. */
class SimulateCloudCommandTest {
    private static final String TOKEN = "simulated-token-for-this-test";

    @Test
    void theSimulatedCloudAnswersWithTheGivenTokenAndFailsTheNamedCall(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = ReclaimCommand.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int[] exit = {-1};
        Thread running = new Thread(() -> exit[0] = cl.execute("simulate", "--scenario", "keys-rejected-1.5.2",
                "--pty", dir.resolve("p1").toString(), "--cloud-token", TOKEN, "--cloud-fail", "register"));
        running.start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!out.toString().contains("Ctrl-C stops") && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            String banner = out.toString();
            Matcher api = Pattern.compile("cloud API\\s+(http://127\\.0\\.0\\.1:\\d+)").matcher(banner);
            Matcher id = Pattern.compile("device ID\\s+([0-9a-f]{24})").matcher(banner);
            assertThat(api.find()).as(banner).isTrue();
            assertThat(id.find()).isTrue();
            assertThat(banner).contains("token " + TOKEN).contains("answers 503 to register");

            ParticleCloud cloud = new ParticleCloud(URI.create(api.group(1)), new AccessToken(TOKEN));
            CloudDevice device = cloud.lookup(id.group(1), Optional.empty());
            assertThat(device.connected()).isFalse();
            assertThat(device.owner()).isPresent();
            try {
                cloud.registerKey(id.group(1), RsaKeys.generateDeviceKey().publicKey(), Optional.empty());
                throw new AssertionError("registration should have been answered with 503");
            } catch (CloudException e) {
                assertThat(e.status()).isEqualTo(503);
            }
            try {
                new ParticleCloud(URI.create(api.group(1)), new AccessToken("not-" + TOKEN))
                        .lookup(id.group(1), Optional.empty());
                throw new AssertionError("a wrong token should have been refused");
            } catch (CloudException e) {
                assertThat(e.reason()).isEqualTo(CloudException.Reason.LOG_IN);
            }
        } finally {
            running.interrupt();
            running.join(10_000);
        }
        assertThat(running.isAlive()).isFalse();
        assertThat(exit[0]).isZero();
    }

    @Test
    void aCallThatIsNoCloudCallIsAUsageError() {
        CliRun r = CliRun.of("simulate", "--cloud-fail", "reboot");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'reboot' is not a cloud call")
                .contains("register, claim, unclaim, lookup or product");
    }
}
