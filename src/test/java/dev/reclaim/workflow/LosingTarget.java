package dev.reclaim.workflow;

import dev.reclaim.flash.FlashTarget;
import dev.reclaim.flash.ForwardingFlashTarget;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;

/** A target whose header writes silently go nowhere, as with a flaky adapter that drops a frame. */
final class LosingTarget extends ForwardingFlashTarget {
    LosingTarget(FlashTarget target) {
        super(target);
    }

    /** Drops the writes of the plan's header step (388 bytes at the start of a DCT sector). */
    @Override
    public void write(long address, byte[] data, ProgressListener progress) throws IOException {
        boolean header = data.length == 388 && (address - 0x0800_4000L) % 0x4000 == 0;
        if (!header) {
            super.write(address, data, progress);
        }
    }
}
