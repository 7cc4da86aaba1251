package dev.reclaim.workflow;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.link.ByteLink;
import dev.reclaim.sim.Firmware;
import dev.reclaim.sim.Scenarios;
import dev.reclaim.sim.SimulatedCloud;
import dev.reclaim.sim.SimulatedDevices;
import dev.reclaim.sim.SimulatedP1;
import dev.reclaim.sim.SimulatorOptions;
import dev.reclaim.sim.Stm32F205;
import dev.reclaim.flash.bootloader.BootloaderTarget;
import dev.reclaim.flash.bootloader.BootloaderTimeouts;
import dev.reclaim.flash.GuardedFlashTarget;
import dev.reclaim.flash.bootloader.ModemLineSequence;
import dev.reclaim.flash.Stm32F2;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A keys-rejected P1 and the repair a technician would write to it (server address set, a new device key), with
 * fresh simulated devices in that state on demand: the expensive part (key generation) happens once.
 */
final class WriteRig {
    static final BootloaderTimeouts TIMEOUTS = new BootloaderTimeouts(500, 100, 1000, 2, 11520);

    final byte[] flash;
    final byte[] uid;
    final AppDct oldApp;
    final AppDct newApp;

    WriteRig() throws InvalidValueException {
        SimulatedP1 base = SimulatedDevices.create(Scenarios.load("keys-rejected"), SimulatorOptions.instant(),
                SimulatedCloud.particle());
        flash = base.chip().flash().snapshot();
        uid = base.chip().uid();
        byte[] dct = base.chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
        oldApp = DctImage.ofTwoSectors(dct).currentAppDct(DctGeneration.LEGACY).orElseThrow();
        DctEdits edits = DctEdits.photonP1();
        List<DctEdit> repair = new ArrayList<>(edits.devicePrivateKey(RsaKeys.generateDeviceKey()));
        repair.add(edits.serverAddress(ServerAddress.parse("device.spark.io")));
        newApp = new AppDct(DctWriter.applyEdits(oldApp.bytes(), repair));
    }

    /** A device in the starting state, powered on in its bootloader. */
    SimulatedP1 freshDevice() {
        return deviceWith(flash);
    }

    /** A device whose whole flash is {@code contents} (as an earlier device left it). */
    SimulatedP1 deviceWith(byte[] contents) {
        Stm32F205 chip = new Stm32F205(uid, SimulatorOptions.BOOTLOADER_V3_3);
        chip.flash().load(Stm32F2.FLASH_BASE, contents);
        SimulatedP1 device = new SimulatedP1(chip, SimulatorOptions.instant(), Firmware.IDLE);
        return device;
    }

    static GuardedFlashTarget open(ByteLink link) throws IOException {
        return GuardedFlashTarget.dctOnly(BootloaderTarget.open(link, ModemLineSequence.NONE, TIMEOUTS));
    }

    /** The DCT sectors of a whole-flash snapshot. */
    static byte[] dctOf(byte[] wholeFlash) {
        int from = (int) (Stm32F2.DCT_ADDRESS - Stm32F2.FLASH_BASE);
        return java.util.Arrays.copyOfRange(wholeFlash, from, from + Stm32F2.DCT_LENGTH);
    }

    static byte[] dct(SimulatedP1 device) {
        return device.chip().flash().read(Stm32F2.DCT_ADDRESS, Stm32F2.DCT_LENGTH);
    }
}
