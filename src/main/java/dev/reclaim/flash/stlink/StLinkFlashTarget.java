package dev.reclaim.flash.stlink;

import dev.reclaim.link.UsbBulkLink;
import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.DeviceIdentity;
import dev.reclaim.flash.FlashTarget;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.flash.ReadProtection;
import dev.reclaim.flash.Stm32F2;
import dev.reclaim.flash.Stm32F2Flash;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/**
 * A {@link FlashTarget} through an ST-Link over SWD: reads with the probe's block transfers, erases and programs
 * through the F2 flash controller ({@link Stm32F2Flash}) at the width the measured supply allows, and locks the
 * controller again after every change. Safety rules are not here but in front of it, in
 * {@link dev.reclaim.flash.GuardedFlashTarget}, exactly as for the bootloader.
 */
public final class StLinkFlashTarget implements FlashTarget {
    private static final int READ_BLOCK = StLink.TAR_BLOCK;

    private final StLinkSession session;
    private final Stm32F2Flash flash;
    private final String description;

    private StLinkFlashTarget(StLinkSession session, DeviceClock clock) {
        this.session = session;
        SwdTarget t = session.target();
        this.flash = new Stm32F2Flash(session.probe(), Stm32F2Flash.Width.forSupply(t.millivolts()), clock);
        this.description = "ST-Link " + t.probeVersion() + " (" + session.probe().name() + ") over SWD at "
                + t.swdKhz() + " kHz" + (session.attachedUnderReset() ? ", attached under reset" : "");
    }

    /** Opens an SWD session on a probe, reopening it once if its first answer fails; closed if that fails. */
    public static StLinkFlashTarget connect(StLink.Opener opener, DeviceClock clock, int swdKhz) throws IOException {
        return connect(opener, clock, swdKhz, StLinkSession.Attach.RUNNING_THEN_UNDER_RESET);
    }

    /** As {@link #connect(StLink.Opener, DeviceClock, int)}, reaching the core as {@code attach} says. */
    public static StLinkFlashTarget connect(StLink.Opener opener, DeviceClock clock, int swdKhz,
                                            StLinkSession.Attach attach) throws IOException {
        return new StLinkFlashTarget(StLinkSession.connect(opener, clock, swdKhz, true, attach), clock);
    }

    /** Opens an SWD session on the probe behind {@code link}; the link is closed if that fails. */
    public static StLinkFlashTarget connect(UsbBulkLink link, DeviceClock clock, int swdKhz) throws IOException {
        return new StLinkFlashTarget(StLinkSession.connect(link, clock, swdKhz), clock);
    }

    /** As {@link #connect(UsbBulkLink, DeviceClock, int)}, reaching the core as {@code attach} says. */
    public static StLinkFlashTarget connect(UsbBulkLink link, DeviceClock clock, int swdKhz,
                                            StLinkSession.Attach attach) throws IOException {
        return new StLinkFlashTarget(StLinkSession.connect(() -> link, clock, swdKhz, false, attach), clock);
    }

    /** x32 when the probe measured ≥ 2.7 V on the target, otherwise x8. */
    public Stm32F2Flash.Width programWidth() {
        return flash.width();
    }

    @Override
    public DeviceIdentity identity() {
        SwdTarget t = session.target();
        return new DeviceIdentity(t.devId(), t.uid().map(Stm32F2::deviceId), t.flashSizeKib(),
                ReadProtection.fromOptionByte(t.rdp()), Optional.of(DeviceIdentity.writeProtectedFrom(t.nWrp())),
                description);
    }

    @Override
    public byte[] read(long address, int length, ProgressListener progress) throws IOException {
        byte[] out = new byte[length];
        for (int done = 0; done < length; ) {
            int n = (int) Math.min(length - done, READ_BLOCK - (address + done) % READ_BLOCK);
            System.arraycopy(session.probe().read(address + done, n), 0, out, done, n);
            done += n;
            progress.progress(done, length);
        }
        return out;
    }

    @Override
    public void eraseSectors(Collection<Integer> sectors, ProgressListener progress) throws IOException {
        changingFlash(() -> {
            int done = 0;
            for (int index : sectors) {
                flash.eraseSector(Stm32F2.sector(index));
                progress.progress(++done, sectors.size());
            }
        });
    }

    @Override
    public void write(long address, byte[] data, ProgressListener progress) throws IOException {
        changingFlash(() -> flash.program(address, data, done -> progress.progress(done, data.length)));
    }

    private interface FlashChange {
        void run() throws IOException;
    }

    /**
     * A plain resume would let the firmware carry on where it was halted (e.g. in its 15 s wait between connection
     * attempts), so a workflow that must see it boot gets the reset a flash change gets.
     */
    @Override
    public void startFirmwareOnClose() {
        session.resetOnClose();
    }

    /** Unlock, change, lock; and have the session reset the core at the end so the firmware sees the change. */
    private void changingFlash(FlashChange change) throws IOException {
        session.resetOnClose();
        flash.unlock();
        try {
            change.run();
        } catch (IOException | RuntimeException e) {
            try {
                flash.lock();
            } catch (IOException ignored) {
                // the probe is gone; the failure above is the one to report
            }
            throw e;
        }
        flash.lock();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        session.close();
    }
}
