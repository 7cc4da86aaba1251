package dev.reclaim.workflow.station;

import dev.reclaim.log.SerialLogSource;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.DeviceWizardSetting;
import dev.reclaim.workflow.PendingKeys;
import dev.reclaim.workflow.RecipeWizard;
import dev.reclaim.workflow.RunJournal;
import dev.reclaim.workflow.WizardOutcome;
import dev.reclaim.workflow.device.AttachSense;
import dev.reclaim.workflow.device.Attachment;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.device.DeviceSpec;
import dev.reclaim.workflow.journal.Journal;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.journal.Journals;
import dev.reclaim.workflow.wizard.StepOutcome;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A station's shift: the same recipe on one device after another. Each device is claimed in the journal for its
 * run (no other station works on it meanwhile) and its run is journaled there. On the simulator every device is a
 * fresh simulated P1 with its own UID, as on a line; with a real device (or a simulated one on a bench) the next one
 * is awaited ({@link NextDeviceWatch}: a new target voltage on an ST-Link, another device ID from a bootloader), or
 * the operator says go.
 */
public final class Station {
    /**
     * Where and how the station works.
     *
     * @param name       the station's id in claims (the host name by default)
     * @param journalUrl {@code --journal}; empty: the setting, else the SQLite journal in {@code home}
     * @param cloud      {@code --cloud}; the simulator's own cloud when empty and the device is simulated
     * @param witnessSlots how many reset boards may be witnessed at once while the probe works on the next
     *                   ({@link WitnessOverlap}); 1: one device at a time, as any setup that does not qualify
     */
    public record Setup(Recipe recipe, DeviceSpec spec, DeviceOptions options, String name,
                        Optional<String> journalUrl, Path home, Optional<URI> cloud, Duration witnessDeadline,
                        int witnessSlots) {
        public Setup {
            WitnessOverlap.checkSlots(witnessSlots);
        }

        /** One device at a time. */
        public Setup(Recipe recipe, DeviceSpec spec, DeviceOptions options, String name, Optional<String> journalUrl,
                     Path home, Optional<URI> cloud, Duration witnessDeadline) {
            this(recipe, spec, options, name, journalUrl, home, cloud, witnessDeadline, 1);
        }
    }

    /** The title of the recipe's witness step, where an overlapped device leaves the probe. */
    static final String WITNESS_STEP = RecipeWizard.WITNESS_STEP;

    private final Setup setup;
    private final SecureRandom random = new SecureRandom();

    public Station(Setup setup) {
        this.setup = setup;
    }

    /** The host name, the station's id when none is given. */
    public static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "station";
        }
    }

    /**
     * Why this station works on one device at a time although it was given witness slots (see
     * {@link WitnessOverlap}); empty when its devices' witnesses overlap, or when it was given one slot.
     */
    public Optional<String> sequentialBecause() {
        return setup.witnessSlots() == 1 ? Optional.empty()
                : WitnessOverlap.sequentialBecause(setup.recipe(), setup.spec());
    }

    /** True when each device's witness runs in the background while the probe works on the next. */
    public boolean overlapped() {
        return setup.witnessSlots() > 1 && sequentialBecause().isEmpty();
    }

    /**
     * Runs the recipe on {@code count} devices, one after the other; a failed device does not stop the shift.
     * {@linkplain #overlapped() Overlapped}, the station goes on to the next device as soon as one is reset, and its
     * witness (with the claim and the journal entry) finishes in the background; the results still come in order.
     *
     * @param goOn    for real devices: true when the operator asks for the next device now (a key press)
     * @throws JournalException when the journal cannot be opened or a run not journaled
     */
    public List<DeviceResult> run(int count, Cancellation cancellation, ShiftListener listener, BooleanSupplier goOn)
            throws JournalException, IOException, CancelledException {
        try (Journal claims = Journals.open(setup.journalUrl(), setup.home())) {
            RecipeWizard.Claimer claimer = serialized(claims);
            if (overlapped()) {
                return new OverlappedShift(this, claimer, setup.witnessSlots(), cancellation, listener)
                        .run(count, goOn);
            }
            List<DeviceResult> results = new ArrayList<>();
            String last = "";
            for (int n = 1; n <= count; n++) {
                cancellation.checkpoint("between devices");
                try (DeviceSession device = next(n, last, cancellation, listener, goOn)) {
                    long t0 = System.nanoTime();
                    listener.deviceStarted(n, device.description());
                    DeviceResult result = runOne(n, device, claimer, cancellation, w -> listener, t0, () -> 0L);
                    last = result.deviceId().isEmpty() ? last : result.deviceId();
                    results.add(result);
                    listener.deviceFinished(result);
                }
            }
            return results;
        }
    }

    /** Claims and releases one at a time: an overlapped shift claims on one thread while others release. */
    private RecipeWizard.Claimer serialized(Journal claims) {
        return id -> {
            AutoCloseable claim;
            synchronized (claims) {
                claim = claims.claim(id, setup.name());
            }
            return () -> {
                synchronized (claims) {
                    claim.close();
                }
            };
        };
    }

    /** When the station let go of a device ({@link System#nanoTime()}); 0 while it holds it. */
    @FunctionalInterface
    interface ProbeFreed {
        long at();
    }

    /** The recipe on one device, its steps heard by {@code steps}; the device is closed by the caller. */
    DeviceResult runOne(int n, DeviceSession device, RecipeWizard.Claimer claimer, Cancellation cancellation,
                        DeviceSteps steps, long t0, ProbeFreed freed) throws IOException, JournalException {
        DeviceWizardSetting setting = new DeviceWizardSetting(device, device.cloud(setup.cloud()),
                device.logSource(new SerialLogSource.PortListener() { }), Optional.empty(), setup.witnessDeadline(),
                Duration.ofSeconds(1), new BackupStore(setup.home(), Clock.systemUTC()),
                new PendingKeys(setup.home()),
                new RunJournal(() -> Journals.open(setup.journalUrl(), setup.home()), Optional.of(setup.name())));
        RecipeWizard wizard = new RecipeWizard(setting, setup.recipe().plan(), claimer);
        WizardOutcome outcome = wizard.run(cancellation, steps.of(wizard));
        long end = System.nanoTime();
        double seconds = (end - t0) / 1e9;
        double probeSeconds = ((freed.at() == 0 ? end : freed.at()) - t0) / 1e9;
        // The step that failed, else the one a stop request ended (a stopped shift says where each device stood).
        Optional<StepRecord> failed = outcome.record().steps().stream()
                .filter(s -> s.outcome() == StepOutcome.FAILED).findFirst()
                .or(() -> outcome.record().steps().stream()
                        .filter(s -> s.outcome() == StepOutcome.CANCELLED).findFirst());
        String deviceId = wizard.deviceId();
        return new DeviceResult(n, deviceId, outcome.completed(), failed.map(StepRecord::title).orElse(
                outcome.completed() ? "" : WITNESS_STEP), outcome.outcome(),
                failed.map(StepRecord::detail).orElse(outcome.witness()), seconds, probeSeconds,
                outcome.journalEntry(), outcome.record().steps());
    }

    /** Who hears a device's steps, once its wizard is made. */
    @FunctionalInterface
    interface DeviceSteps {
        WizardListener of(RecipeWizard wizard);
    }

    /**
     * The next device: a fresh simulated P1 at once; or, for a real device (or a simulated one on a bench), the
     * first as it is, each later one when it is attached ({@link NextDeviceWatch}). A simulated one on a bench is a
     * fresh P1 too, put on the bench.
     */
    DeviceSession next(int n, String last, Cancellation cancellation, ShiftListener listener,
                               BooleanSupplier goOn) throws IOException, CancelledException {
        boolean simulator = setup.spec().kind().attachment() == Attachment.SIMULATOR;
        Optional<AttachSense> sense = setup.spec().attachSense();
        NextDeviceWatch.Opener open = simulator ? this::freshSimulated
                : () -> DeviceSession.open(setup.spec(), setup.options());
        if (n == 1 || (simulator && sense.isEmpty())) {
            return open.open();
        }
        listener.awaitingDevice(n, last);
        return new NextDeviceWatch(sense, open, why -> listener.cannotSenseDevice(n, why)).await(last, cancellation,
                goOn);
    }

    private DeviceSession freshSimulated() throws IOException {
        byte[] uid = new byte[12];
        random.nextBytes(uid);
        return DeviceSession.open(setup.spec(), setup.options().withSimulatedUid(HexFormat.of().formatHex(uid)));
    }
}
