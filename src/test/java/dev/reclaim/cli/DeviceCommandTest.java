package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DeviceCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cl = ReclaimCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void infoOnTheSimulatorShowsTheScenarioDevice() {
        assertThat(run("device", "info", "--via", "sim:healthy")).isZero();
        assertThat(out.toString()).contains("Device ID          3a0021000d47353136383631")
                .contains("1024 KiB flash").contains("Write protection   sector 0")
                .contains("simulated P1 (healthy) via UART bootloader v3.3");
    }

    @Test
    void infoThroughTheSimulatedStLinkAndAProbeThatSeesNoPower() {
        assertThat(run("device", "info", "--via", "sim-stlink:healthy")).isZero();
        assertThat(out.toString()).contains("Device ID          3a0021000d47353136383631")
                .contains("Reached through    simulated P1 (healthy) via ");
        assertThat(run("device", "info", "--via", "sim-stlink:healthy,unpowered")).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("Exception");
    }

    /** Issue 13 item 12: a port that does not exist was 1 here and 2 in {@code log follow}; it is bad input (2). */
    @Test
    void aPortThatDoesNotExistIsBadInputForEveryCommand() {
        String port = dir.resolve("ttyNONE").toString();
        assertThat(run("log", "follow", port)).isEqualTo(2);
        assertThat(run("device", "info", "--via", "bootloader:" + port)).isEqualTo(2);
        assertThat(run("device", "read-dct", "--via", "bootloader:" + port, "--out", dir.resolve("d.bin").toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line).isEqualTo("reclaim: No serial port '" + port
                        + "': check the name (see the device list) and the cable."));
    }

    @Test
    void underResetReachesATargetWhoseFirmwareTookTheSwdPinsAndSaysSo() throws Exception {
        assertThat(run("device", "info", "--via", "sim-stlink:healthy,swd-pins-reused", "--under-reset", "--json",
                "--swd-khz", "950")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("chipId").asText()).isEqualTo("0x411");
        assertThat(json.get("access").asText()).contains("at 950 kHz").endsWith("attached under reset");
    }

    @Test
    void aPlainAttachSaysNothingOfReset() throws Exception {
        assertThat(run("device", "info", "--via", "sim-stlink:healthy", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("access").asText())
                .contains("at 1800 kHz").doesNotContain("under reset");
    }

    @Test
    void anSwdClockTheProbeCannotRunIsRefusedWithTheAcceptedOnes() {
        assertThat(run("device", "info", "--via", "sim-stlink:healthy", "--swd-khz", "12345")).isEqualTo(2);
        assertThat(err.toString()).contains("12345 kHz").contains("4000, 1800, 1200, 950").contains("5 kHz")
                .doesNotContain("Exception");
    }

    @Test
    void stLinkOptionsOnAnotherKindAreRefusedClearly() {
        assertThat(run("device", "info", "--via", "sim:healthy", "--under-reset")).isEqualTo(2);
        assertThat(err.toString()).contains("--under-reset applies only to an ST-Link").contains("not to sim:");
        assertThat(run("device", "info", "--via", "sim:healthy", "--swd-khz", "950")).isEqualTo(2);
        assertThat(err.toString()).contains("--swd-khz applies only to an ST-Link");
    }

    @Test
    void aLogPortCannotReachFlashAndTheMessageNamesTheKindsThatCan() {
        assertThat(run("device", "info", "--via", "serial:/dev/ttyUSB0")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read or write flash").contains("stlink[:SERIAL]");
    }

    @Test
    void theHelpListsEveryFlashKindFromTheRegistry() {
        String usage = ReclaimCommand.newCommandLine().getSubcommands().get("device").getSubcommands().get("info")
                .getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", "");
        assertThat(usage).contains("sim-stlink[:SCENARIO[,FAULT...]]").contains("bootloader:PORT")
                .doesNotContain("serial:PORT");
    }

    @Test
    void infoJsonIsOneDocumentAndSaysWhatReadProtectionHides() throws Exception {
        assertThat(run("device", "info", "--via", "sim:read-protected", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("readProtection").asText()).isEqualTo("LEVEL_1");
        assertThat(json.get("deviceId").isNull()).isTrue();
        assertThat(json.get("chipId").asText()).isEqualTo("0x411");
    }

    @Test
    void readDctSavesBothCopiesOwnerOnlyAndRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("dct.bin");
        assertThat(run("device", "read-dct", "--via", "sim:healthy", "--out", file.toString())).isZero();
        assertThat(Files.size(file)).isEqualTo(32768);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(run("device", "read-dct", "--via", "sim:healthy", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--force");
    }

    @Test
    void readDctOfAReadProtectedDeviceFailsClearlyAndWritesNoFile() {
        Path file = dir.resolve("dct.bin");
        assertThat(run("device", "read-dct", "--via", "sim:read-protected", "--out", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("read-protected").doesNotContain("Exception");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void writeDctBacksUpAndWritesTheFilesDctToTheSimulator() throws Exception {
        // The device's own DCT, edited: another device's (sim:healthy's) is refused without --force.
        Path read = dir.resolve("read.bin");
        assertThat(run("device", "read-dct", "--via", "sim:keys-rejected", "--out", read.toString())).isZero();
        Path file = dir.resolve("dct.bin");
        assertThat(run("dct", "set", read.toString(), "server_address=device.spark.io", "--out", file.toString()))
                .isZero();
        System.setProperty("reclaim.home", dir.resolve("home").toString());
        try {
            assertThat(run("device", "write-dct", "--via", "sim:keys-rejected", file.toString())).isZero();
        } finally {
            System.clearProperty("reclaim.home");
        }
        assertThat(out.toString()).contains("Backup of the DCT as it was: " + dir.resolve("home/backups"))
                .contains("Wrote DCT2 (sequence 1) and retired DCT1");
        try (var backups = Files.list(dir.resolve("home/backups/32003a000b47343533383531"))
                .filter(p -> p.toString().endsWith("-dct.bin"))) { // beside each backup: a .json saying why
            assertThat(backups).singleElement().satisfies(b -> assertThat(Files.size(b)).isEqualTo(32768));
        }
    }

    @Test
    void writeDctRefusesAFileThatIsNoDctAndAReadProtectedDevice() throws Exception {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[100_000]);
        assertThat(run("device", "write-dct", "--via", "sim", junk.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("junk.bin");
        Path blank = dir.resolve("blank.bin");
        Files.write(blank, new byte[32768]);
        assertThat(run("device", "write-dct", "--via", "sim", blank.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no valid DCT copy");
        Path file = dir.resolve("dct.bin");
        assertThat(run("device", "read-dct", "--via", "sim:healthy", "--out", file.toString())).isZero();
        assertThat(run("device", "write-dct", "--via", "sim:read-protected", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("read-protected").doesNotContain("Exception");
    }

    @Test
    void badSpecsAndOptionsAreUsageErrorsWithTheFix() {
        assertThat(run("device", "info", "--via", "usb:1")).isEqualTo(2);
        assertThat(err.toString()).contains("bootloader:PORT");
        assertThat(run("device", "info", "--via", "sim:nonsense")).isEqualTo(2);
        assertThat(err.toString()).contains("keys-rejected, healthy");
        assertThat(run("device", "info", "--via", "bootloader:/dev/null", "-i", "rts&boot0")).isEqualTo(2);
        assertThat(err.toString()).contains("'boot0'");
        assertThat(run("device", "info", "--via", "bootloader:/dev/null", "--mode", "7o2")).isEqualTo(2);
    }
}
