package dev.reclaim.link;

import java.io.IOException;

/**
 * A link that passes everything to another one; a decorator (a paced wire, a cable that gets pulled, a noisy relay)
 * overrides only what it changes.
 */
public abstract class ForwardingByteLink implements ByteLink {
    protected final ByteLink inner;

    protected ForwardingByteLink(ByteLink inner) {
        this.inner = inner;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        inner.write(data, offset, length);
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMillis) throws IOException {
        return inner.read(buffer, offset, length, timeoutMillis);
    }

    @Override
    public void discardInput() throws IOException {
        inner.discardInput();
    }

    @Override
    public boolean setDtr(boolean asserted) {
        return inner.setDtr(asserted);
    }

    @Override
    public boolean setRts(boolean asserted) {
        return inner.setRts(asserted);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void close() {
        inner.close();
    }
}
