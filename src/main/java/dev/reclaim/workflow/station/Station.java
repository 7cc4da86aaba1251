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
     */
    public record Setup(Recipe recipe, DeviceSpec spec, DeviceOptions options, String name,
                        Optional<String> journalUrl, Path home, Optional<URI> cloud, Duration witnessDeadline) {
    }

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
     * Runs the recipe on {@code count} devices, one after the other; a failed device does not stop the shift.
     *
     * @param goOn    for real devices: true when the operator asks for the next device now (a key press)
     * @throws JournalException when the journal cannot be opened or a run not journaled
     */
    public List<DeviceResult> run(int count, Cancellation cancellation, ShiftListener listener, BooleanSupplier goOn)
            throws JournalException, IOException, CancelledException {
        List<DeviceResult> results = new ArrayList<>();
        try (Journal claims = Journals.open(setup.journalUrl(), setup.home())) {
            String last = "";
            for (int n = 1; n <= count; n++) {
                cancellation.checkpoint("between devices");
                long t0 = System.nanoTime();
                try (DeviceSession device = next(n, last, cancellation, listener, goOn)) {
                    t0 = System.nanoTime();
                    listener.deviceStarted(n, device.description());
                    DeviceResult result = runOne(n, device, claims, cancellation, listener, t0);
                    last = result.deviceId().isEmpty() ? last : result.deviceId();
                    results.add(result);
                    listener.deviceFinished(result);
                }
            }
        }
        return results;
    }

    private DeviceResult runOne(int n, DeviceSession device, Journal claims, Cancellation cancellation,
                                ShiftListener listener, long t0) throws IOException, JournalException {
        DeviceWizardSetting setting = new DeviceWizardSetting(device, device.cloud(setup.cloud()),
                device.logSource(new SerialLogSource.PortListener() { }), Optional.empty(), setup.witnessDeadline(),
                Duration.ofSeconds(1), new BackupStore(setup.home(), Clock.systemUTC()),
                new PendingKeys(setup.home()),
                new RunJournal(() -> Journals.open(setup.journalUrl(), setup.home()), Optional.of(setup.name())));
        RecipeWizard wizard = new RecipeWizard(setting, setup.recipe().plan(),
                id -> claims.claim(id, setup.name()));
        WizardOutcome outcome = wizard.run(cancellation, listener);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Optional<StepRecord> failed = outcome.record().steps().stream()
                .filter(s -> s.outcome() == StepOutcome.FAILED).findFirst();
        String deviceId = wizard.deviceId();
        return new DeviceResult(n, deviceId, outcome.completed(), failed.map(StepRecord::title).orElse(
                outcome.completed() ? "" : "Wait for the handshake"), outcome.outcome(),
                failed.map(StepRecord::detail).orElse(outcome.witness()), seconds, outcome.journalEntry(),
                outcome.record().steps());
    }

    /**
     * The next device: a fresh simulated P1 at once; or, for a real device (or a simulated one on a bench), the
     * first as it is, each later one when it is attached ({@link NextDeviceWatch}). A simulated one on a bench is a
     * fresh P1 too, put on the bench.
     */
    private DeviceSession next(int n, String last, Cancellation cancellation, ShiftListener listener,
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
