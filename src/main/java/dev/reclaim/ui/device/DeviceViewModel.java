package dev.reclaim.ui.device;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctImage;
import dev.reclaim.finding.Finding;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.ProgressListener;
import dev.reclaim.ui.common.Operations;
import dev.reclaim.workflow.BackupStore;
import dev.reclaim.workflow.Identity;
import dev.reclaim.workflow.ReadDct;
import dev.reclaim.workflow.SafeDctWrite;
import dev.reclaim.workflow.DctToWrite;
import dev.reclaim.workflow.WriteApproval;
import dev.reclaim.workflow.WriteDct;
import dev.reclaim.workflow.device.DeviceOptions;
import dev.reclaim.workflow.device.StLinkSettings;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.device.DeviceSpec;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The selected device: connecting to it, its identity, its live log, and reading and writing its DCT — each a
 * background operation with progress and cancel. A write is the engine's safe write: backup first, each flash step
 * read back, the final selection checked. What comes out (a log link, a DCT) is handed to the window's listeners.
 */
public final class DeviceViewModel {
    /**
     * A DCT read from the device, or just written to it ({@code written}: then it is what the editor held, so
     * showing it loses nothing).
     */
    public record DeviceDct(DctImage image, String origin, boolean written) {
    }

    private final Operations ops;
    private final DeviceOptions options;
    private final BackupStore backups;
    private final ReadOnlyObjectWrapper<DeviceSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Identity> identity = new ReadOnlyObjectWrapper<>(this, "identity");
    private final ReadOnlyStringWrapper deviceOs = new ReadOnlyStringWrapper(this, "deviceOs");
    private final ReadOnlyStringWrapper linkState = new ReadOnlyStringWrapper(this, "linkState", "No device");
    private final ReadOnlyBooleanWrapper linkOk = new ReadOnlyBooleanWrapper(this, "linkOk");
    private Consumer<DeviceSession> onLog = session -> { };
    private Runnable onLogClosed = () -> { };
    private Consumer<DeviceDct> onDct = dct -> { };

    public DeviceViewModel(Operations ops, DeviceOptions options, BackupStore backups) {
        this.ops = ops;
        this.options = options;
        this.backups = backups;
        identity.addListener((o, a, id) -> deviceOs.set(id == null ? null : deviceOsText(id)));
    }

    /**
     * "1.5.2 · will print no handshake lines: …", "mixed: system part 1 1.5.2, system part 2 1.4.4 · The system
     * parts are from different releases: …", "unreadable (read protection)".
     */
    static String deviceOsText(Identity id) {
        return id.firmware().map(fw -> fw.describe()
                + fw.findings().stream().filter(Finding::isProblem).map(f -> " · " + f.title()).findFirst()
                        .orElse("")
                + fw.handshakeLines().map(h -> " · " + h.words()).orElse(""))
                .orElse("unreadable (read protection)");
    }

    /** Who starts listening to a connected device's log, and what to do when the device is let go. */
    public void setLogHandlers(Consumer<DeviceSession> opened, Runnable closed) {
        this.onLog = opened;
        this.onLogClosed = closed;
    }

    /** Where a DCT read from the device goes (the DCT editor). */
    public void setDctHandler(Consumer<DeviceDct> handler) {
        this.onDct = handler;
    }

    /**
     * Lets go of the current device and connects to the one {@code spec} names (null: none). A simulated device
     * has its identity and DCT read at once, so its state is on screen without asking.
     */
    public void connect(DeviceSpec spec) {
        connect(spec, options.stLink());
    }

    /** As {@link #connect(DeviceSpec)}, an ST-Link attaching as {@code stLink} says. */
    public void connect(DeviceSpec spec, StLinkSettings stLink) {
        DeviceOptions options = this.options.withStLink(stLink);
        disconnect();
        if (spec == null) {
            return;
        }
        linkState.set("Connecting to " + spec + "…");
        ops.job("connect to " + spec, p -> DeviceSession.open(spec, options)).onSuccess(s -> {
            session.set(s);
            linkOk.set(true);
            linkState.set(s.description() + (s.hasLog() ? " · log connected" : ""));
            if (s.hasLog()) {
                onLog.accept(s);
            }
            if (s.simulated()) {
                readDct();
            }
        }).onError(e -> {
            linkOk.set(false);
            linkState.set(spec + " · not connected");
            ops.report("connect to " + spec, e);
        }).start();
    }

    /** Reads the device's identity and both DCT sectors (32 KiB at 0x08004000) for the DCT editor. */
    public void readDct() {
        readDct(onDct);
    }

    /** Reads the device's DCT and hands it to {@code to} (the editor, or a comparison). */
    public void readDct(Consumer<DeviceDct> to) {
        DeviceSession s = session.get();
        if (s == null) {
            ops.note("Select a device first.");
            return;
        }
        ops.job("read the DCT from " + s.description(), p -> ReadDct.read(s, listener(p, null))).onSuccess(r -> {
            identity.set(r.identity());
            to.accept(new DeviceDct(DctImage.ofTwoSectors(r.dct()), "DCT of " + r.identity().deviceId()
                    .orElse(s.description()), false));
        }).start();
    }

    /**
     * Writes {@code app} (a complete application DCT) to the device with the safe write: backup, verified steps,
     * selection check. {@code done} gets the backup's path and the DCT now on the device.
     */
    public void writeDct(AppDct app, Consumer<SafeDctWrite.Outcome> done) {
        writeDct(app, List.of(), WriteApproval.REFUSE, done);
    }

    /**
     * Writes {@code app} as {@link #writeDct(AppDct, Consumer)} does; {@code objections} (what is wrong with it, from
     * {@link DctToWrite#objections}) and a device ID naming another device go to {@code approval} first, on the
     * worker thread, before anything is written.
     */
    public void writeDct(AppDct app, List<String> objections, WriteApproval approval,
                         Consumer<SafeDctWrite.Outcome> done) {
        DeviceSession s = session.get();
        if (s == null) {
            ops.note("Select a device first.");
            return;
        }
        ops.job("write the DCT to " + s.description(), p -> {
            Cancellation cancellation = new Cancellation();
            return WriteDct.write(s, app, objections, approval, backups, listener(p, cancellation), cancellation);
        }).onSuccess(outcome -> {
            ops.note(outcome.changed() ? "Written; the DCT as it was is backed up in " + outcome.backup()
                    : "The device already had this DCT under both firmware rules; nothing was written (backup in "
                            + outcome.backup() + ")");
            onDct.accept(new DeviceDct(DctImage.ofTwoSectors(outcome.plan().expectedImage()),
                    "DCT of " + outcome.deviceId(), true));
            done.accept(outcome);
        }).start();
    }

    /** Switches a simulated device off and forgets the device. */
    public void disconnect() {
        DeviceSession s = session.get();
        if (s != null) {
            onLogClosed.run();
            s.close();
        }
        session.set(null);
        identity.set(null);
        linkOk.set(false);
        linkState.set("No device");
    }

    public ReadOnlyObjectProperty<DeviceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The Device OS read from the module headers, in words; null until an identity has been read. */
    public ReadOnlyStringProperty deviceOsProperty() {
        return deviceOs.getReadOnlyProperty();
    }

    /** The identity read from the device, or null until one has been read. */
    public ReadOnlyObjectProperty<Identity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    /** For the status bar: "simulated P1 (keys-rejected) · log connected". */
    public ReadOnlyStringProperty linkStateProperty() {
        return linkState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty linkOkProperty() {
        return linkOk.getReadOnlyProperty();
    }

    /** Hands the core's progress to the operation's, and the operation's cancel to the workflow's safe points. */
    private static ProgressListener listener(Operations.Progress p, Cancellation cancellation) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                p.update(done, total);
                if (cancellation != null && p.isCancelled()) {
                    cancellation.cancel();
                }
            }

            @Override
            public void stage(String description) {
                p.message(description);
            }
        };
    }
}
