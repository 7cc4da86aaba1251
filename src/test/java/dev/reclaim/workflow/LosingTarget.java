package dev.reclaim.workflow;

import dev.reclaim.target.DeviceIdentity;
import dev.reclaim.target.FlashTarget;
import dev.reclaim.target.ProgressListener;
import java.io.IOException;
import java.util.Collection;

/** A target whose writes to one small region silently go nowhere, as with a flaky adapter that drops a frame. */
final class LosingTarget implements FlashTarget {
    private final FlashTarget target;
    private final String lostStep;

    LosingTarget(FlashTarget target, String lostStep) {
        this.target = target;
        this.lostStep = lostStep;
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

    /** Drops the writes of the plan's header step (388 bytes at the start of a sector). */
    @Override
    public void write(long address, byte[] data, ProgressListener progress) throws IOException {
        boolean header = data.length == 388 && (address - 0x0800_4000L) % 0x4000 == 0;
        if (!(header && "header".equals(lostStep))) {
            target.write(address, data, progress);
        }
    }

    @Override
    public String description() {
        return target.description();
    }

    @Override
    public void close() {
        target.close();
    }
}
