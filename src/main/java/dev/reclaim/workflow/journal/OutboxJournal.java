package dev.reclaim.workflow.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A station's view of the shared journal: writes go to the server, and while it cannot be reached they go to a
 * local SQLite outbox instead, so the station keeps working; what waits there is uploaded as soon as the server
 * answers again (at the next call, at most once per {@code retryEvery}) and on close. Run ids make the upload safe:
 * an entry the server already has (the reply was lost, or the upload was cut after the insert) is not stored twice,
 * and it leaves the outbox only after the server has it.
 *
 * <p>Claims: with the server up they are the shared ones; while it is down a claim is taken in the outbox, which
 * keeps this station from working on a device twice but cannot see the other stations (nothing can, without the
 * server) — the report's "devices touched more than once" shows what overlapped. A shared claim whose release could
 * not reach the server is released when the server is back (or lapses after its lease).
 *
 * <p>Reads ({@code list}, {@code since}) are the server's, after uploading what waits: a report must not silently
 * show one station's part of the line.
 */
public final class OutboxJournal implements Journal {
    private final SqlJournal shared;
    private final SqliteJournal outbox;
    private final Clock clock;
    private final Duration retryEvery;
    private final List<DeviceClaim> unreleased = new ArrayList<>();
    private Instant nextAttempt = Instant.MIN;

    OutboxJournal(SqlJournal shared, SqliteJournal outbox, Clock clock, Duration retryEvery) {
        this.shared = shared;
        this.outbox = outbox;
        this.clock = clock;
        this.retryEvery = retryEvery;
    }

    @Override
    public synchronized long record(JournalEntry entry) throws JournalException {
        if (serverDue()) {
            try {
                upload();
                return shared.record(entry);
            } catch (JournalUnavailableException e) {
                serverLost();
            }
        }
        return outbox.record(entry);
    }

    @Override
    public synchronized DeviceClaim claim(String deviceId, String station, Duration lease) throws JournalException {
        if (serverDue()) {
            UUID token = UUID.randomUUID();
            try {
                upload();
                return shared.claim(deviceId, station, lease, token).releasedBy(this::releaseShared);
            } catch (JournalUnavailableException e) {
                serverLost();
                // The server may have taken the claim and lost only its reply: release it when it is back, so the
                // device is not locked out for the whole lease.
                unreleased.add(new DeviceClaim(deviceId.toLowerCase(Locale.ROOT), station, token, clock.instant(),
                        true, c -> { }));
            }
        }
        return outbox.claim(deviceId, station, lease);
    }

    private synchronized void releaseShared(DeviceClaim claim) throws JournalException {
        try {
            shared.release(claim);
        } catch (JournalUnavailableException e) {
            serverLost();
            unreleased.add(claim);
        }
    }

    @Override
    public synchronized List<JournalEntry> list(Optional<String> deviceId) throws JournalException {
        uploadOrExplain();
        return shared.list(deviceId);
    }

    @Override
    public synchronized List<JournalEntry> since(Instant since) throws JournalException {
        uploadOrExplain();
        return shared.since(since);
    }

    private void uploadOrExplain() throws JournalException {
        try {
            upload();
        } catch (JournalUnavailableException e) {
            int waiting = outbox.list(Optional.empty()).size();
            throw waiting == 0 ? e : new JournalUnavailableException(e.getMessage() + " " + waiting
                    + " entries of this station wait in its outbox " + outbox.describe() + ".", e);
        }
    }

    /**
     * Uploads what waits in the outbox, oldest first, and releases the shared claims that could not be released.
     *
     * @return the number of entries uploaded
     * @throws JournalUnavailableException when the server is still unreachable (what is left stays in the outbox)
     */
    public synchronized int upload() throws JournalException {
        while (!unreleased.isEmpty()) {
            shared.release(unreleased.get(0));
            unreleased.remove(0);
        }
        List<JournalEntry> waiting = outbox.since(Instant.EPOCH);
        for (JournalEntry e : waiting) {
            shared.record(e);
            outbox.delete(e.runId());
        }
        nextAttempt = Instant.MIN;
        return waiting.size();
    }

    private boolean serverDue() {
        return !clock.instant().isBefore(nextAttempt);
    }

    private void serverLost() {
        nextAttempt = clock.instant().plus(retryEvery);
    }

    @Override
    public synchronized int waitingForUpload() throws JournalException {
        return outbox.since(Instant.EPOCH).size();
    }

    @Override
    public String describe() {
        return shared.describe();
    }

    /** Uploads what it can (a last try), then closes both journals; what could not be uploaded stays for next time. */
    @Override
    public synchronized void close() throws JournalException {
        try {
            upload();
        } catch (JournalUnavailableException e) {
            // it stays in the outbox, uploaded by the next run of this station
        } finally {
            try {
                shared.close();
            } finally {
                outbox.close();
            }
        }
    }
}
