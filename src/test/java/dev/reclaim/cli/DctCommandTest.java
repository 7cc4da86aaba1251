package dev.reclaim.cli;

import static dev.reclaim.dct.TestDcts.blank;
import static dev.reclaim.dct.TestDcts.image;
import static dev.reclaim.dct.TestDcts.versioned;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reclaim.dct.DctFormat;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.DctReader;
import dev.reclaim.dct.IntelHex;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.keys.Hex;
import dev.reclaim.keys.KeyFiles;
import dev.reclaim.keys.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DctCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    /** The well-known P1 failure: server address blank, device key replaced (pair broken). */
    private Path brokenDct() throws Exception {
        byte[] app = TestDcts.healthyApp();
        Arrays.fill(app, TestDcts.SERVER_ADDRESS, TestDcts.SERVER_ADDRESS + 128, (byte) 0xFF);
        TestDcts.put(app, TestDcts.PUBLIC_KEY, TestKeys.otherDevice().publicKey().toSpkiDer());
        return file("broken.bin", image(versioned(6).app(app), versioned(5).retired().app(app)));
    }

    @Test
    void showJsonFollowsTheContract() throws Exception {
        CliRun run = CliRun.of("dct", "show", brokenDct().toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("format").asText()).isEqualTo("two-sector");
        assertThat(root.get("platform").asText()).isEqualTo("photon-p1");
        assertThat(root.get("activeCopy").asInt()).isEqualTo(1);
        JsonNode copy1 = root.get("copies").get(0);
        assertThat(copy1.get("index").asInt()).isEqualTo(1);
        assertThat(copy1.get("valid").asBoolean()).isTrue();
        assertThat(copy1.get("generation").asText()).isEqualTo("versioned");
        assertThat(copy1.get("sequence").asInt()).isEqualTo(6);
        assertThat(copy1.get("crcOk").asBoolean()).isTrue();
        assertThat(root.get("copies").get(1).get("retired").asBoolean()).isTrue();
        JsonNode key = root.get("fields").get("device_private_key");
        assertThat(key.get("offset").asInt()).isEqualTo(34);
        assertThat(key.get("size").asInt()).isEqualTo(1216);
        assertThat(key.get("status").asText()).isEqualTo("ok");
        JsonNode address = root.get("fields").get("server_address").get("value");
        assertThat(address.get("type").asText()).isEqualTo("invalid");
        assertThat(root.get("fields").get("device_id").get("value").asText()).isEqualTo(TestDcts.DEVICE_ID_HEX);
        assertThat(root.get("fields").get("claimed").get("value").isBoolean()).isTrue();
        assertThat(root.get("checks").findValuesAsText("id")).contains("device_keypair_mismatch", "server_address_invalid");
        JsonNode check = root.get("checks").get(0);
        assertThat(check.get("severity").asText()).isIn("error", "warning", "info");
        assertThat(check.get("message").asText()).isNotBlank();
        assertThat(check.get("fix").asText()).isNotBlank();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void showJsonOfAGoodAddressAndOfAnAppOnlyDump() throws Exception {
        Path app = file("alt1.bin", TestDcts.healthyApp());
        JsonNode root = JSON.readTree(CliRun.of("dct", "show", app.toString(), "--json").out());
        assertThat(root.get("format").asText()).isEqualTo("app-dct");
        assertThat(root.get("activeCopy").isNull()).isTrue();
        assertThat(root.get("copies")).isEmpty();
        JsonNode address = root.get("fields").get("server_address").get("value");
        assertThat(address.get("type").asText()).isEqualTo("domain");
        assertThat(address.get("host").asText()).isEqualTo("device.spark.io");
        assertThat(address.get("port").asInt()).isEqualTo(5683);
    }

    @Test
    void outputNeverContainsPrivateKeyMaterial() throws Exception {
        Path f = brokenDct();
        String der = Hex.of(TestKeys.device().toPkcs1Der());
        for (String[] args : new String[][] {{"dct", "show", f.toString(), "--json"}, {"dct", "show", f.toString()},
                {"dct", "check", f.toString(), "--json"}}) {
            String out = CliRun.of(args).out().toLowerCase();
            for (int i = 40; i + 32 < der.length(); i += 64) {
                assertThat(out).doesNotContain(der.substring(i, i + 32));
            }
        }
    }

    @Test
    void showTextIsATable() throws Exception {
        CliRun run = CliRun.of("dct", "show", brokenDct().toString());
        assertThat(run.out()).contains("Copies").contains("1 *").contains("retired")
                .containsPattern("server_address\\s+2466\\s+128\\s+blank")
                .contains("device_keypair_mismatch").contains("fix:")
                .contains("wizard: set-server, or the command: reclaim server set --via SPEC");
    }

    @Test
    void showSaysWhatOldFirmwareWouldSelectWhenItDiffers() throws Exception {
        Path f = file("both.bin", image(versioned(1).healthy(), versioned(2).healthy()));
        assertThat(CliRun.of("dct", "show", f.toString()).out()).contains("Firmware 0.6 and older would use copy 1");
        JsonNode root = JSON.readTree(CliRun.of("dct", "show", f.toString(), "--json").out());
        assertThat(root.get("legacyActiveCopy").asInt()).isEqualTo(1);
        assertThat(root.get("activeCopy").asInt()).isEqualTo(2);
    }

    @Test
    void checkExitCodes() throws Exception {
        Path healthy = file("ok.bin", image(versioned(3).healthy(), blank()));
        CliRun ok = CliRun.of("dct", "check", healthy.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("No problems found").doesNotContain("device_private_key      ");
        assertThat(CliRun.of("dct", "check", brokenDct().toString()).exitCode()).isEqualTo(1);
        CliRun garbage = CliRun.of("dct", "check", file("x.bin", new byte[20000]).toString());
        assertThat(garbage.exitCode()).isEqualTo(2);
        assertThat(garbage.err()).startsWith("reclaim: ").contains("20000 bytes").doesNotContain("Exception");
        assertThat(garbage.out()).isEmpty();
        CliRun missing = CliRun.of("dct", "check", dir.resolve("nope.bin").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("there is no file");
        JsonNode json = JSON.readTree(CliRun.of("dct", "check", brokenDct().toString(), "--json").out());
        assertThat(json.get("problems").asInt()).isEqualTo(1); // the key pair mismatch heals itself (INFO, §0)
    }

    @Test
    void setOnATwoSectorImageWritesANewCopyAndFixesTheFailure() throws Exception {
        Path in = brokenDct();
        Path keys = dir.resolve("dev");
        KeyFiles.forPrefix(keys).write(TestKeys.device(), true);
        Path out = dir.resolve("fixed.bin");
        CliRun run = CliRun.of("dct", "set", in.toString(), "server_address=device.spark.io",
                "device_private_key=@" + keys + ".der", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Write plan").contains("erase").contains("retire DCT1").contains("copy 2 in use (sequence 7)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(CliRun.of("dct", "check", out.toString()).exitCode()).isZero();
        DctImage result = DctReader.read(out);
        assertThat(result.select(DctGeneration.VERSIONED).current()).isEqualTo(2);
        assertThat(result.currentAppDct(DctGeneration.VERSIONED).orElseThrow().bytes()).isEqualTo(TestDcts.healthyApp());
    }

    @Test
    void setKeepsTheInputFormat() throws Exception {
        Path hex = file("dct.hex", IntelHex.format(image(versioned(3).healthy(), blank())));
        Path hexOut = dir.resolve("out.hex");
        assertThat(CliRun.of("dct", "set", hex.toString(), "claimed=false", "--out", hexOut.toString()).exitCode()).isZero();
        assertThat(Files.readString(hexOut)).startsWith(":020000040800F2");
        assertThat(DctReader.read(hexOut).format()).isEqualTo(DctFormat.INTEL_HEX);

        Path app = file("alt1.bin", TestDcts.healthyApp());
        Path appOut = dir.resolve("alt1-out.bin");
        assertThat(CliRun.of("dct", "set", app.toString(), "claim_code=XYZ", "--out", appOut.toString()).exitCode()).isZero();
        byte[] edited = Files.readAllBytes(appOut);
        assertThat(edited).hasSize(8391);
        assertThat(new String(edited, 1762, 3)).isEqualTo("XYZ");
    }

    @Test
    void featureFlagsAreSetAndShownBitByBitWithTheFirmwaresPolarity() throws Exception {
        Path app = file("flags.bin", TestDcts.healthyApp());
        Path out = dir.resolve("flags-out.bin");
        CliRun set = CliRun.of("dct", "set", app.toString(), "feature_flags=led-overridden=yes", "--out", out.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();
        byte[] edited = Files.readAllBytes(out);
        // Bit 1 cleared means overridden (§0); the other bits stay as erased flash has them.
        assertThat(Arrays.copyOfRange(edited, 1754, 1758)).containsExactly(0xFD, 0xFF, 0xFF, 0xFF);
        assertThat(CliRun.of("dct", "show", out.toString()).out())
                .containsPattern("feature_flags\\s+1754\\s+4\\s+ok\\s+0xFFFFFFFD: reset info on; status LED overridden");
        CliRun bad = CliRun.of("dct", "set", app.toString(), "feature_flags=led=red", "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("reset-info and led-overridden");
    }

    @Test
    void setRejectsBadValuesAndWritesNothing() throws Exception {
        Path in = brokenDct();
        Path out = dir.resolve("never.bin");
        CliRun run = CliRun.of("dct", "set", in.toString(), "server_address=" + "a".repeat(80), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("at most 63").contains("nothing was written");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("never"));
        }
        CliRun exists = CliRun.of("dct", "set", in.toString(), "claimed=true", "--out", in.toString());
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.err()).contains("--force");
    }

    @Test
    void diffListsChangedFieldsAndExitsOneWhenTheyDiffer() throws Exception {
        Path a = file("a.bin", image(versioned(3).healthy(), blank()));
        Path b = dir.resolve("b.bin");
        CliRun.of("dct", "set", a.toString(), "server_address=10.0.0.1", "--out", b.toString());
        CliRun run = CliRun.of("dct", "diff", a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("server_address").contains("10.0.0.1").contains("version");
        assertThat(CliRun.of("dct", "diff", a.toString(), a.toString()).exitCode()).isZero();
        JsonNode json = JSON.readTree(CliRun.of("dct", "diff", a.toString(), b.toString(), "--json").out());
        assertThat(json.get("identical").asBoolean()).isFalse();
        assertThat(json.get("fields").get(0).get("name").asText()).isEqualTo("server_address");
    }
}
