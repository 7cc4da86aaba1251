package dev.reclaim.ui.wizard;

import dev.reclaim.finding.WizardId;
import dev.reclaim.log.AttemptFeed;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * The workstation's wizards: for a {@link WizardId} and the device open in the window, the view model with its
 * start page's job, and the start page's inputs. The one place that knows which workflow a wizard id runs.
 */
public final class Wizards {
    /** A wizard ready to show: its model and its start page's inputs. */
    public record Opened(WizardViewModel model, Node form) {
    }

    private final Executor executor;
    private final BackupStore backups;
    private final Path home;
    private final CloudAccess cloud;
    private final AskAnyway askAnyway;
    private final Function<DeviceSession, Optional<AttemptFeed>> logFeeds;

    /** Asks the user, from a wizard's worker thread, whether to go on despite objections (the CLI's --force). */
    @FunctionalInterface
    public interface AskAnyway {
        /**
         * @param question   "Restore this backup to … anyway?"
         * @param objections one sentence each
         * @return true to go on
         */
        boolean ask(String question, java.util.List<String> objections);
    }

    /** @param home Reclaim's home: the journal and the keys kept between registering and writing */
    /**
     * @param logFeeds the attempts the window's log view sees in a device's log, when it is following that device's
     *                 log: the handshake witness's view of the device's log
     */
    public Wizards(Executor executor, BackupStore backups, Path home, CloudAccess cloud, AskAnyway askAnyway,
                   Function<DeviceSession, Optional<AttemptFeed>> logFeeds) {
        this.logFeeds = logFeeds;
        this.askAnyway = askAnyway;
        this.executor = executor;
        this.backups = backups;
        this.home = home;
        this.cloud = cloud;
    }

    /**
     * The wizard for {@code id} on {@code device}, its device preselected.
     *
     * @param deviceId the device's ID when it has been read (Restore lists that device's backups)
     * @throws IOException when the backups cannot be listed
     */
    public Opened open(WizardId id, DeviceSession device, Optional<String> deviceId) throws IOException {
        WizardSetup setup = new WizardSetup(device, backups, home, logFeeds.apply(device));
        String on = " on " + device.description();
        return switch (id) {
            case RECOVER_KEYS -> {
                RecoverKeysStart s = new RecoverKeysStart();
                yield opened(id, "Makes the device's key good again" + on + ": back up the DCT, keep its key if"
                        + " the firmware can use it or make a new one, register it with the cloud before writing,"
                        + " write and check it, reset, and wait for the handshake.", s.ready(),
                        () -> cloudFor(device, s.cloud()).map(c -> s.job(setup, c)).orElse(null),
                        StartPages.recoverKeys(s));
            }
            case SET_SERVER -> {
                SetServerStart s = new SetServerStart();
                yield opened(id, "Writes the server key and address together" + on + ", checks them, resets the"
                        + " device and waits for the handshake.", s.ready(),
                        () -> cloudFor(device, Optional.empty()).map(c -> s.job(setup, c)).orElse(null),
                        StartPages.setServer(s));
            }
            case CLAIM_CYCLE -> {
                ClaimCycleStart s = new ClaimCycleStart();
                yield opened(id, "Unclaims and claims the device again, N times, with a report per cycle" + on
                        + "; the device is left owned as it was found.", s.ready(),
                        () -> cloudFor(device, Optional.empty()).map(c -> s.job(setup, c)).orElse(null),
                        StartPages.claimCycle(s));
            }
            case BACKUP_RESTORE -> {
                RestoreStart s = new RestoreStart();
                s.load(backups, deviceId);
                yield opened(id, "Writes a backup back to the device" + on + " with the safe write (its DCT as it"
                        + " is now is backed up first), then checks it and resets the device.", s.ready(),
                        () -> s.job(setup, objections -> askAnyway.ask("Restore this backup to "
                                + device.description() + " anyway?", objections)), StartPages.restore(s));
            }
        };
    }

    private Optional<CloudAccess.Resolver> cloudFor(DeviceSession device, Optional<java.net.URI> url) {
        return cloud.forRun(device.simulated(), url);
    }

    private Opened opened(WizardId id, String intro, javafx.beans.value.ObservableValue<Boolean> ready,
                          java.util.function.Supplier<WizardJob> job, Node form) {
        WizardViewModel vm = new WizardViewModel(executor, id.title(), intro, job, ready);
        vm.setOnTokenRejected(cloud::rejected);
        return new Opened(vm, form);
    }
}
