package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.keys.FirmwareFormatKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The simulated firmware's device keys (reference §0): generated at boot when blank, read at fixed offsets. */
class DeviceKeysSimTest {

    /**
     * The scenario on Device OS 0.6.4, the last Photon/P1 release that logs its handshake (0.7.0 and newer print no
     * system or comm line, reference §0), so the test can read the key's fate in the log.
     */
    private static Scenario loggingHandshake(String name) {
        Scenario s = Scenarios.load(name);
        return new Scenario(s.name(), s.summary(), "0.6.4", s.uid(), s.readProtection(), s.writeProtected(), s.dct(),
                s.cloud());
    }

    private static byte[] dct(SimulatedP1 device) {
        return device.chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
    }

    @Test
    void aBlankKeyIsGeneratedAtBootWrittenTheFirmwaresWayAndReadBack() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        SimulatedP1 device = SimulatedDevices.create(loggingHandshake("blank-private-key"), SimulatorOptions.instant(), cloud);
        assertThat(DctInspector.inspect(DctImage.ofTwoSectors(dct(device))).field("device_private_key").orElseThrow()
                .status()).isEqualTo(FieldStatus.BLANK);
        try (InProcessSimulator sim = InProcessSimulator.start(device, cloud, "blank-private-key")) {
            String log = SimulatorLogs.drain(sim);
            assertThat(log).contains("Unable to receive key -19"); // the cloud does not know the new key
            DecodedField key = DctInspector.inspect(DctImage.ofTwoSectors(dct(device))).field("device_private_key").orElseThrow();
            assertThat(key.status()).isEqualTo(FieldStatus.OK);
            byte[] bytes = key.parsed(RsaPrivateKey.class).orElseThrow().toPkcs1Der();
            assertThat(bytes).hasSize(611).startsWith(HexFormat.of().parseHex("3082025f020100028181"));
            assertThat(key.parsed(RsaPrivateKey.class).orElseThrow().publicKey())
                    .isNotEqualTo(cloud.registeredKey(device.chip().deviceId()).orElseThrow());
        }
    }

    @Test
    void aKeyTheFirmwareMisreadsFailsSetKeyWithDecryptionError() throws Exception {
        SimulatedCloud cloud = SimulatedCloud.particle();
        SimulatedP1 device = SimulatedDevices.create(loggingHandshake("healthy"), SimulatorOptions.instant(), cloud);
        RsaPrivateKey misread = IntStream.range(0, 5000).mapToObj(FirmwareFormatKeys::key)
                .filter(FirmwareFormatKeys::canonicalIsMisread).findFirst().orElseThrow();
        byte[] canonical = FirmwareFormatKeys.canonicalDer(misread);
        byte[] slot = Arrays.copyOf(canonical, 1216);
        Arrays.fill(slot, canonical.length, slot.length, (byte) 0xFF);
        DctEdits edits = DctEdits.photonP1();
        byte[] image = DctWriter.plan(dct(device), List.of(edits.raw("device_private_key", slot))).apply(dct(device));
        device.chip().flash().load(Stm32F2.DCT_ADDRESS, image);
        cloud.register(device.chip().deviceId(), misread.publicKey()); // the cloud knows it: only the reading fails
        assertThat(DeviceKeyVerdict.judge(slot).kind()).isEqualTo(DeviceKeyVerdict.Kind.MISREAD);
        try (InProcessSimulator sim = InProcessSimulator.start(device, cloud, "misread key")) {
            // 0.6 prints an uninitialised number after "Could not set key" (reference §0); the code is on the next line
            assertThat(SimulatorLogs.drain(sim)).contains("Could not set key, ").contains("Cloud handshake failed, code=6");
        }
    }
}
