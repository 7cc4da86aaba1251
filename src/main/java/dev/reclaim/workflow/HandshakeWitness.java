package dev.reclaim.workflow;

import dev.reclaim.cloud.CloudDevice;
import dev.reclaim.cloud.CloudException;
import dev.reclaim.cloud.ParticleCloud;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.AttemptFeed;
import dev.reclaim.log.LogEngine;
import dev.reclaim.log.LogListener;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.Outcome;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.progress.ProgressListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Knows whether the device's next connection attempt after a reset completed, from two witnesses used together when
 * both exist: the device's log (attempts the {@link LogEngine} sees begin after the reset; Device OS 0.6.x, debug
 * builds) and the cloud ({@code connected} with a {@code last_handshake_at} later than the reset). A stock Photon/P1
 * on 0.7.0 or newer prints no connection line, so there only the cloud can tell.
 * <p>
 * Start it before resetting the device ({@link #listen}): the log is then read from before the reset, so lines the
 * previous boot left in the port's buffer are not taken for the new boot's.
 */
public final class HandshakeWitness implements AutoCloseable {
    /** Who saw the handshake. */
    public enum Witness {
        DEVICE_LOG("the device's log"), CLOUD("the cloud");

        private final String text;

        Witness(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * What was seen.
     *
     * @param completed true when the attempt after the reset completed its handshake
     * @param seenBy    the witnesses that saw it complete (empty when it did not)
     * @param failureId {@code handshake_failed} or {@code handshake_timed_out} when it did not complete, else empty
     * @param text      one line for the user and the journal, e.g. "handshake completed 6.1 s after the reset, seen
     *                  by the device's log and the cloud" or "the attempt failed with code -19 (…)"
     */
    public record Verdict(boolean completed, Set<Witness> seenBy, String failureId, String text) {
        public Verdict {
            seenBy = seenBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(seenBy));
        }
    }

    /** How long a failed attempt stays unchanged before it counts as final when no later line ends it. */
    private static final Duration FAILURE_SETTLES = Duration.ofSeconds(2);
    private static final Duration TICK = Duration.ofMillis(200);
    private static final Duration LOG_GRACE = Duration.ofMillis(1500);

    private final Optional<LogSource> log;
    /** Attempts from a reader that already has the device's log (the workstation's log view), if it has. */
    private final Optional<AttemptFeed.Subscription> fed;
    private final Optional<ParticleCloud> cloud;
    private final String deviceId;
    private final Optional<Integer> productId;
    private final Duration cloudInterval;
    private final Clock clock;
    private final Thread reader;
    // guarded by this: the latest snapshot of each attempt and when it was first and last heard
    private final Map<Integer, Heard> attempts = new HashMap<>();
    private volatile String logProblem;

    private record Heard(Attempt attempt, Instant first, Instant last) {
    }

    private HandshakeWitness(Optional<LogSource> log, Optional<AttemptFeed> feed, Optional<ParticleCloud> cloud,
                             String deviceId, Optional<Integer> productId, Duration cloudInterval, Clock clock) {
        this.log = log;
        this.cloud = cloud;
        this.deviceId = deviceId;
        this.productId = productId;
        this.cloudInterval = cloudInterval;
        this.clock = clock;
        this.reader = log.map(this::startReading).orElse(null);
        this.fed = feed.map(f -> f.subscribe(this::heard)); // last: attempts may come at once
    }

    /**
     * Starts listening to {@code log} now; the cloud is asked only while {@link #await} waits.
     *
     * @param log           the device's log, if Reclaim can hear it
     * @param cloud         the cloud the device connects to, if known
     * @param cloudInterval how often to look the device up
     * @throws IllegalArgumentException when there is neither
     */
    public static HandshakeWitness listen(Optional<LogSource> log, Optional<ParticleCloud> cloud, String deviceId,
                                          Optional<Integer> productId, Duration cloudInterval) {
        return listen(log, Optional.empty(), cloud, deviceId, productId, cloudInterval);
    }

    /**
     * {@link #listen(Optional, Optional, String, Optional, Duration)} where the device's log may also come as the
     * attempts of a reader that already has it ({@code feed}): a log port has one reader.
     */
    public static HandshakeWitness listen(Optional<LogSource> log, Optional<AttemptFeed> feed,
                                          Optional<ParticleCloud> cloud, String deviceId,
                                          Optional<Integer> productId, Duration cloudInterval) {
        if (log.isEmpty() && feed.isEmpty() && cloud.isEmpty()) {
            throw new IllegalArgumentException("Nothing can witness the handshake: give the device's log port"
                    + " (--log PORT) or a cloud to ask.");
        }
        return new HandshakeWitness(log, feed, cloud, deviceId, productId, cloudInterval, Clock.systemUTC());
    }

    /** Whether the device's log is heard, read here or fed by another reader. */
    private boolean hearsLog() {
        return log.isPresent() || fed.isPresent();
    }

    /** Which witnesses this one has, in words: "the device's log and the cloud". */
    public String witnesses() {
        return (hearsLog() ? Witness.DEVICE_LOG.text() : "")
                + (hearsLog() && cloud.isPresent() ? " and " : "")
                + (cloud.isPresent() ? Witness.CLOUD.text() : "");
    }

    private Thread startReading(LogSource source) {
        Thread t = new Thread(() -> {
            try {
                source.run(new LogEngine(new LogListener() {
                    @Override
                    public void onAttempt(Attempt attempt) {
                        heard(attempt);
                    }
                }), ProgressListener.NONE);
            } catch (IOException e) {
                logProblem = e.getMessage();
            }
        }, "handshake-witness-log");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private synchronized void heard(Attempt attempt) {
        Instant now = clock.instant();
        Heard before = attempts.get(attempt.number());
        attempts.put(attempt.number(), new Heard(attempt, before == null ? now : before.first(), now));
    }

    /**
     * Waits until a witness sees the first attempt after {@code resetAt} complete, the log shows it fail, or
     * {@code deadline} passes. Cancelling stops the wait (the device is left as it is).
     */
    public Verdict await(Instant resetAt, Duration deadline, Cancellation cancellation, ProgressListener progress)
            throws CancelledException, InterruptedException {
        Instant end = resetAt.plus(deadline);
        Instant nextLookup = clock.instant();
        String cloudProblem = null;
        progress.stage("Waiting up to " + deadline.toSeconds() + " s for the device's next handshake ("
                + witnesses() + ")");
        while (true) {
            cancellation.checkpoint("while waiting for the handshake; the device keeps what was written");
            Instant now = clock.instant();
            Optional<Attempt> fromLog = firstAttemptAfter(resetAt, now);
            if (fromLog.isPresent() && fromLog.get().outcome() == Outcome.CONNECTED) {
                EnumSet<Witness> seen = EnumSet.of(Witness.DEVICE_LOG);
                if (cloudConfirms(resetAt)) {
                    seen.add(Witness.CLOUD);
                }
                return completed(seen, resetAt, now);
            }
            if (fromLog.isPresent() && fromLog.get().outcome() == Outcome.FAILED) {
                return failed(fromLog.get());
            }
            if (cloud.isPresent() && !now.isBefore(nextLookup)) {
                nextLookup = now.plus(cloudInterval);
                try {
                    if (lookup().handshakeCompletedAfter(resetAt)) {
                        Instant confirmed = clock.instant();
                        EnumSet<Witness> seen = EnumSet.of(Witness.CLOUD);
                        if (logConfirmsWithin(resetAt, LOG_GRACE)) {
                            seen.add(Witness.DEVICE_LOG);
                        }
                        return completed(seen, resetAt, confirmed);
                    }
                    cloudProblem = null;
                } catch (CloudException e) {
                    cloudProblem = e.getMessage(); // a lookup that fails is asked again until the deadline
                }
            }
            if (!now.isBefore(end)) {
                return timedOut(deadline, cloudProblem);
            }
            Thread.sleep(TICK.toMillis());
        }
    }

    /** The log's lines may trail the cloud's record by a moment: give it that long to say the same. */
    private boolean logConfirmsWithin(Instant resetAt, Duration grace) throws InterruptedException {
        if (!hearsLog()) {
            return false;
        }
        Instant until = clock.instant().plus(grace);
        while (true) {
            Instant now = clock.instant();
            if (firstAttemptAfter(resetAt, now).map(a -> a.outcome() == Outcome.CONNECTED).orElse(false)) {
                return true;
            }
            if (now.isAfter(until)) {
                return false;
            }
            Thread.sleep(TICK.toMillis() / 2);
        }
    }

    private boolean cloudConfirms(Instant resetAt) {
        try {
            return cloud.isPresent() && lookup().handshakeCompletedAfter(resetAt);
        } catch (CloudException e) {
            return false;
        }
    }

    private CloudDevice lookup() throws CloudException {
        return cloud.orElseThrow().lookup(deviceId, productId);
    }

    /**
     * The first attempt the log began after the reset, once it is decided: connected at once, failed when a later
     * line ended it or it has not changed for {@link #FAILURE_SETTLES}.
     */
    private synchronized Optional<Attempt> firstAttemptAfter(Instant resetAt, Instant now) {
        return attempts.values().stream().filter(h -> !h.first().isBefore(resetAt))
                .min((a, b) -> Integer.compare(a.attempt().number(), b.attempt().number()))
                .filter(h -> h.attempt().outcome() == Outcome.CONNECTED || h.attempt().outcome() == Outcome.FAILED
                        && (h.attempt().ended() || !h.last().plus(FAILURE_SETTLES).isAfter(now)))
                .map(Heard::attempt);
    }

    private static Verdict completed(Set<Witness> seen, Instant resetAt, Instant now) {
        double seconds = Duration.between(resetAt, now).toMillis() / 1000.0;
        return new Verdict(true, seen, "", String.format(Locale.ROOT,
                "handshake completed %.1f s after the reset, seen by %s", seconds,
                seen.stream().map(Witness::text).collect(Collectors.joining(" and "))));
    }

    private static Verdict failed(Attempt attempt) {
        String stage = attempt.failedStage() == null ? "" : " at " + attempt.failedStage().name()
                .toLowerCase(Locale.ROOT).replace('_', ' ');
        String code = attempt.code() == null ? "" : " with code " + attempt.code();
        return new Verdict(false, Set.of(), "handshake_failed", "the device's log shows its next connection"
                + " attempt failed" + code + stage);
    }

    private Verdict timedOut(Duration deadline, String cloudProblem) {
        String logSaid = !hearsLog() ? "" : logProblem != null ? "; the log could not be read: " + logProblem
                : "; the log showed no attempt ending";
        String cloudSaid = cloud.isEmpty() ? "" : cloudProblem != null ? "; the last cloud lookup failed: "
                + cloudProblem : "; the cloud saw no handshake";
        return new Verdict(false, Set.of(), "handshake_timed_out", "no completed handshake within "
                + deadline.toSeconds() + " s of the reset" + logSaid + cloudSaid);
    }

    /** Stops reading the log. */
    @Override
    public void close() {
        fed.ifPresent(AttemptFeed.Subscription::close);
        log.ifPresent(LogSource::stop);
        if (reader != null) {
            reader.interrupt();
        }
    }
}
