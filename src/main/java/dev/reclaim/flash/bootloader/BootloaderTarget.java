package dev.reclaim.flash.bootloader;

import dev.reclaim.flash.Stm32F2;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.ReadProtection;
import dev.reclaim.progress.ProgressListener;

import dev.reclaim.link.ByteLink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link FlashTarget} through the STM32 UART bootloader: splits transfers into 256-byte blocks, pads writes to
 * whole words, erases one sector per command (for progress), and runs the fixture's entry and exit line sequences.
 */
public final class BootloaderTarget implements FlashTarget {
    /** UID (12 bytes) through the flash-size register (2 bytes) in one read. */
    private static final int ID_BLOCK = (int) (Stm32F2.FLASH_SIZE_ADDRESS + 2 - Stm32F2.UID_ADDRESS);

    private final Stm32Bootloader bootloader;
    private final ModemLineSequence lines;
    private boolean startWithGo;
    private final BootloaderInfo info;
    private final String description;

    private BootloaderTarget(Stm32Bootloader bootloader, ModemLineSequence lines, BootloaderInfo info) {
        this.bootloader = bootloader;
        this.lines = lines;
        this.info = info;
        this.description = "UART bootloader v" + info.versionText() + " on " + bootloader.link().name();
    }

    /**
     * Runs the entry sequence, synchronises and checks the chip. On failure the link is closed (after the exit
     * sequence, so the device is not left held in its bootloader).
     */
    public static BootloaderTarget open(ByteLink link, ModemLineSequence lines, BootloaderTimeouts timeouts)
            throws IOException {
        try {
            lines.runEntry(link);
            Stm32Bootloader bootloader = new Stm32Bootloader(link, timeouts);
            return new BootloaderTarget(bootloader, lines, bootloader.connect());
        } catch (IOException | RuntimeException e) {
            try {
                lines.runExit(link);
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            link.close();
            throw e;
        }
    }

    @Override
    public DeviceIdentity identity() throws IOException {
        byte[] id;
        try {
            id = readIdBlock();
        } catch (BootloaderException e) {
            if (e.kind() == BootloaderException.Kind.READ_PROTECTED) {
                // Under RDP level 1 the bootloader refuses every read, the UID included.
                return DeviceIdentity.readProtected(info.chipId(), description);
            }
            throw e;
        }
        byte[] options = bootloader.readMemory(Stm32F2.OPTION_BYTES, Stm32F2.OPTION_BYTES_LENGTH);
        ByteBuffer le = ByteBuffer.wrap(options).order(ByteOrder.LITTLE_ENDIAN);
        int flashKib = ((id[ID_BLOCK - 1] & 0xFF) << 8) | (id[ID_BLOCK - 2] & 0xFF);
        return new DeviceIdentity(info.chipId(),
                Optional.of(Stm32F2.deviceId(Arrays.copyOf(id, Stm32F2.UID_LENGTH))),
                OptionalInt.of(flashKib),
                ReadProtection.fromOptionByte(options[Stm32F2.OPTION_RDP_OFFSET]),
                Optional.of(DeviceIdentity.writeProtectedFrom(le.getShort(Stm32F2.OPTION_NWRP_OFFSET) & 0x0FFF)),
                description);
    }

    /**
     * UID and flash size in one short read; when the bootloader NACKs that (F4 bootloaders refuse a direct read of
     * the UID or flash-size area), the whole 256 bytes from 0x1FFF7A00, which they do serve (stm32loader's
     * {@code LONG_UID_ACCESS}). Which way an F2 bootloader behaves is UNVERIFIED, so both are tried.
     */
    private byte[] readIdBlock() throws IOException {
        try {
            return bootloader.readMemory(Stm32F2.UID_ADDRESS, ID_BLOCK);
        } catch (BootloaderException e) {
            if (e.kind() != BootloaderException.Kind.NACK) {
                throw e;
            }
            int from = (int) (Stm32F2.UID_ADDRESS - Stm32F2.ID_PAGE);
            byte[] page = bootloader.readMemory(Stm32F2.ID_PAGE, Stm32F2.ID_PAGE_LENGTH);
            return Arrays.copyOfRange(page, from, from + ID_BLOCK);
        }
    }

    @Override
    public byte[] read(long address, int length, ProgressListener progress) throws IOException {
        byte[] out = new byte[length];
        for (int done = 0; done < length; ) {
            int n = Math.min(Stm32Bootloader.MAX_BLOCK, length - done);
            System.arraycopy(bootloader.readMemory(address + done, n), 0, out, done, n);
            done += n;
            progress.progress(done, length);
        }
        return out;
    }

    @Override
    public void eraseSectors(Collection<Integer> sectors, ProgressListener progress) throws IOException {
        int done = 0;
        for (int sector : sectors) {
            bootloader.eraseSectors(List.of(sector));
            progress.progress(++done, sectors.size());
        }
    }

    @Override
    public void write(long address, byte[] data, ProgressListener progress) throws IOException {
        // Pad to whole aligned words with 0xFF, the erased value, which leaves the neighbouring bytes as they are.
        long start = address & ~3L;
        int lead = (int) (address - start);
        int padded = (lead + data.length + 3) & ~3;
        byte[] words = new byte[padded];
        Arrays.fill(words, (byte) 0xFF);
        System.arraycopy(data, 0, words, lead, data.length);
        for (int done = 0; done < padded; ) {
            int n = Math.min(Stm32Bootloader.MAX_BLOCK, padded - done);
            bootloader.writeMemory(start + done, Arrays.copyOfRange(words, done, done + n));
            done += n;
            progress.progress(Math.min(data.length, Math.max(0, done - lead)), data.length);
        }
    }

    /** Starts the application at the start of flash, for a device with no modem-line wiring. */
    public void runFirmware() throws IOException {
        bootloader.go(Stm32F2.FLASH_BASE);
    }

    @Override
    public String description() {
        return description;
    }

    /** Without exit lines nothing would leave the bootloader, so Go runs the firmware from the flash's start. */
    @Override
    public void startFirmwareOnClose() throws IOException {
        if (!lines.hasExit()) {
            startWithGo = true;
        }
    }

    @Override
    public void close() {
        try {
            if (startWithGo) {
                bootloader.go(Stm32F2.FLASH_BASE);
            }
            lines.runExit(bootloader.link());
        } catch (IOException ignored) {
            // best effort: the port may already be gone
        } finally {
            bootloader.link().close();
        }
    }
}
