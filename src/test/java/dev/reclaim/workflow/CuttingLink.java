package dev.reclaim.workflow;

import dev.reclaim.link.ByteLink;
import dev.reclaim.link.ForwardingByteLink;
import dev.reclaim.link.LinkClosedException;
import java.io.IOException;

/**
 * A link whose cable is pulled after the host has sent {@code budget} bytes: byte number {@code budget} is the last
 * one that reaches the device, everything after is lost and the host sees the link gone. With no budget it only
 * counts, so a run can be measured first.
 */
final class CuttingLink extends ForwardingByteLink {
    private final long budget;
    private long sent;
    private boolean cut;

    CuttingLink(ByteLink inner, long budget) {
        super(inner);
        this.budget = budget;
    }

    static CuttingLink counting(ByteLink inner) {
        return new CuttingLink(inner, Long.MAX_VALUE);
    }

    long sent() {
        return sent;
    }

    boolean wasCut() {
        return cut;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        checkConnected();
        long allowed = Math.min(length, budget - sent);
        if (allowed > 0) {
            inner.write(data, offset, (int) allowed);
            sent += allowed;
        }
        if (allowed < length) {
            cut = true;
            inner.close();
            throw new LinkClosedException("cable pulled after byte " + budget);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        checkConnected();
        return inner.read(buffer, offset, length, timeoutMillis);
    }

    private void checkConnected() throws LinkClosedException {
        if (cut) {
            throw new LinkClosedException("cable pulled after byte " + budget);
        }
    }

    @Override
    public void discardInput() throws IOException {
        checkConnected();
        inner.discardInput();
    }

    @Override
    public boolean setDtr(boolean asserted) {
        return !cut && inner.setDtr(asserted);
    }

    @Override
    public boolean setRts(boolean asserted) {
        return !cut && inner.setRts(asserted);
    }
}
