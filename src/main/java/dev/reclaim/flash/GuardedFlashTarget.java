package dev.reclaim.flash;

import dev.reclaim.progress.ProgressListener;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The safety rules in front of every {@link FlashTarget} that changes a device: only sectors the caller named may be
 * erased or written (the DCT sectors 1–2 by default; sector 0, Particle's bootloader, only when named explicitly),
 * nothing at all while read protection is on, and nothing into a write-protected sector, where the bootloader would
 * silently drop the data. Reads pass through: they cannot hurt.
 */
public final class GuardedFlashTarget extends ForwardingFlashTarget {
    private final Set<Integer> writable;
    private DeviceIdentity identity;

    private GuardedFlashTarget(FlashTarget target, Set<Integer> writable) {
        super(target);
        this.writable = Set.copyOf(writable);
    }

    /** May change only DCT1 and DCT2 (sectors 1 and 2). */
    public static GuardedFlashTarget dctOnly(FlashTarget target) {
        return new GuardedFlashTarget(target, Stm32F2.DCT_SECTORS);
    }

    /** May change exactly the sectors named; naming sector 0 is the only way to allow it. */
    public static GuardedFlashTarget allowing(FlashTarget target, Set<Integer> sectors) {
        sectors.forEach(Stm32F2::sector);
        return new GuardedFlashTarget(target, sectors);
    }

    @Override
    public DeviceIdentity identity() throws IOException {
        if (identity == null) {
            identity = super.identity();
        }
        return identity;
    }

    @Override
    public void eraseSectors(Collection<Integer> sectors, ProgressListener progress) throws IOException {
        checkAllowed(new TreeSet<>(sectors), "erase");
        super.eraseSectors(sectors, progress);
    }

    @Override
    public void write(long address, byte[] data, ProgressListener progress) throws IOException {
        if (!Stm32F2.inFlash(address, data.length)) {
            throw new RefusedException(String.format(
                    "Refusing to write %d bytes at 0x%08X: that is not inside the flash (0x%08X-0x%08X).",
                    data.length, address, Stm32F2.FLASH_BASE, Stm32F2.FLASH_BASE + Stm32F2.FLASH_SIZE - 1));
        }
        List<FlashSector> touched = Stm32F2.sectorsCovering(address, data.length);
        TreeSet<Integer> indexes = new TreeSet<>();
        touched.forEach(s -> indexes.add(s.index()));
        checkAllowed(indexes, "write");
        super.write(address, data, progress);
    }

    /**
     * Fails, with the reason, if erasing or writing these sectors would be refused; lets a workflow stop before it
     * has done anything rather than half-way.
     */
    public void checkCanChange(Collection<Integer> sectors) throws IOException {
        checkAllowed(new TreeSet<>(sectors), "change");
    }

    private void checkAllowed(TreeSet<Integer> sectors, String verb) throws IOException {
        for (int s : sectors) {
            FlashSector sector = Stm32F2.sector(s);
            if (!writable.contains(s)) {
                throw new RefusedException(s == Stm32F2.BOOTLOADER_SECTOR
                        ? "Refusing to " + verb + " " + sector + ": it holds the Particle bootloader, and a failed"
                          + " write there leaves a device that no longer starts. It is only allowed when sector 0 is"
                          + " named explicitly."
                        : "Refusing to " + verb + " " + sector + ": it is outside the DCT (sectors 1-2). Name the"
                          + " sector explicitly if you really mean to change it.");
            }
        }
        DeviceIdentity id = identity();
        if (id.readProtection().active()) {
            throw new RefusedException("Refusing to " + verb + ": the device is read-protected (RDP "
                    + id.readProtection().description() + "). The bootloader rejects every read and write while"
                    + " it is on, and removing it erases the whole flash, including the device keys and the DCT,"
                    + " so Reclaim will not do that for you. If losing everything is acceptable, remove it with"
                    + " 'stm32flash -k PORT' and reinstall Device OS.");
        }
        for (int s : sectors) {
            if (id.isWriteProtected(s)) {
                throw new RefusedException("Refusing to " + verb + " " + Stm32F2.sector(s) + ": it is"
                        + " write-protected (nWRP), so the bootloader would silently keep the old bytes."
                        + " Clear its write protection first.");
            }
        }
    }
}
