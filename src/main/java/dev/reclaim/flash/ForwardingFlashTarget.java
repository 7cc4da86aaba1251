package dev.reclaim.flash;

import dev.reclaim.progress.ProgressListener;

import java.io.IOException;
import java.util.Collection;

/** A {@link FlashTarget} that hands every call to another; decorators override only what they change. */
public abstract class ForwardingFlashTarget implements FlashTarget {
    private final FlashTarget target;

    protected ForwardingFlashTarget(FlashTarget target) {
        this.target = target;
    }

    protected FlashTarget delegate() {
        return target;
    }

    @Override
    public DeviceIdentity identity() throws IOException {
        return target.identity();
    }

    @Override
    public byte[] read(long address, int length, ProgressListener progress) throws IOException {
        return target.read(address, length, progress);
    }

    @Override
    public void eraseSectors(Collection<Integer> sectors, ProgressListener progress) throws IOException {
        target.eraseSectors(sectors, progress);
    }

    @Override
    public void write(long address, byte[] data, ProgressListener progress) throws IOException {
        target.write(address, data, progress);
    }

    @Override
    public String description() {
        return target.description();
    }

    @Override
    public void startFirmwareOnClose() throws IOException {
        target.startFirmwareOnClose();
    }

    @Override
    public void close() {
        target.close();
    }
}
