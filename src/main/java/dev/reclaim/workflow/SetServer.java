package dev.reclaim.workflow;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.dct.write.DctWriter;
import dev.reclaim.finding.WizardId;
import dev.reclaim.keys.FirmwareKeyReader;
import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.progress.Cancellation;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.Wizard;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Set server: the server public key and the server address written together (a key without its address, or the
 * other way round, leaves a device that cannot connect), with the safe DCT write, read back, then the handshake
 * witnessed. Presets: the Particle cloud (its bundled TCP key, {@code device.spark.io}) or a custom cloud.
 */
public final class SetServer implements DeviceWizard {
    /**
     * The server the device is to use.
     *
     * @param key     the server's public key (RSA-2048 for the TCP protocol)
     * @param address host or IP, and port
     * @param name    for the record: "the Particle cloud", "cloud.example.com:5683"
     */
    public record Server(RsaPublicKey key, ServerAddress address, String name) {
        public Server {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(address, "address");
        }

        /** The Particle cloud: its bundled TCP server key and device.spark.io on the default port. */
        public static Server particle() {
            return new Server(ParticleServerKeys.tcpKey(), ServerAddress.particle(), "the Particle cloud");
        }

        /** A custom or local cloud: its key and {@code HOST[:PORT]} (a name or an IPv4 address). */
        public static Server custom(RsaPublicKey key, String hostAndPort) throws InvalidValueException {
            return new Server(key, ServerAddress.parse(hostAndPort), hostAndPort);
        }
    }

    private static final DctEdits EDITS = DctEdits.photonP1();
    private static final String KEY_FIELD = "server_public_key";
    private static final String ADDRESS_FIELD = "server_address";

    private final DeviceRun run;
    private final Server server;
    private final Wizard wizard;
    private final WizardStep prepare;
    private final WizardStep check;

    public SetServer(DeviceWizardSetting setting, Server server) {
        this(new DeviceRun(setting), server);
    }

    /**
     * Its steps on a run another wizard shares (a station's recipe): {@link #prepareStep()} before the run's one
     * write, {@link #checkStep()} after it.
     */
    SetServer(DeviceRun run, Server server) {
        this.server = server;
        this.run = run;
        this.prepare = run.step("Prepare the server settings", "The server key and address, together, into the"
                + " DCT.", true, "prepare_failed", ctx -> prepare());
        this.check = run.step("Check the server settings", "In the DCT as the write read it back, the firmware must"
                + " read the key and the address written.", true, "verify_failed", ctx -> check());
        this.wizard = new Wizard(WizardId.SET_SERVER, List.of(run.identify(),
                run.backUp("before setting the server"), prepare,
                run.step("Write the server settings", "Write key and address with the safe DCT write.", true,
                        "write_failed", ctx -> run.writeGathered(ctx, "nothing to write", DeviceRun.WriteGuard.NONE)),
                check, run.reset(), run.awaitHandshake()));
    }

    /** Gathers key and address for the run's next write (a recipe's one write). */
    WizardStep prepareStep() {
        return prepare;
    }

    /** After the write: the firmware reads the server's key and address. */
    WizardStep checkStep() {
        return check;
    }

    @Override
    public Wizard wizard() {
        return wizard;
    }

    @Override
    public WizardOutcome run(Cancellation cancellation, WizardListener listener) throws JournalException {
        return run.run(wizard, cancellation, listener, () -> { });
    }

    private StepResult prepare() throws IOException, InvalidValueException {
        AppDct app = run.currentApp();
        run.facts().key("server key", server.key());
        if (holdsServer(app)) {
            return StepResult.skipped("the DCT already holds " + server.name() + "'s key and address");
        }
        run.gather(new AppDct(DctWriter.applyEdits(app.bytes(),
                List.of(EDITS.serverPublicKey(server.key()), EDITS.serverAddress(server.address())))), server.name());
        return StepResult.done("server key " + server.key().fingerprint().substring(0, 16) + "… and address "
                + describe(server.address()));
    }

    private StepResult check() throws IOException {
        AppDct booted = DeviceRun.bootedBy(run.dctNow());
        if (!holdsServer(booted)) {
            throw new IOException("The device's DCT does not hold " + server.name() + "'s key and address as the"
                    + " firmware reads them; run the same command again.");
        }
        return StepResult.done("the firmware reads " + server.name() + "'s key and "
                + describe(ServerAddress.decode(booted.slot(booted.layout().field(ADDRESS_FIELD)))));
    }

    /** Whether the firmware would use this server: the key as it reads it, the address as it decodes it. */
    private boolean holdsServer(AppDct app) {
        RsaPublicKey used = FirmwareKeyReader.serverKeyAsUsed(app.slot(app.layout().field(KEY_FIELD)));
        ServerAddress address = ServerAddress.decode(app.slot(app.layout().field(ADDRESS_FIELD)));
        return used.equals(server.key()) && address.type() == server.address().type()
                && Objects.equals(address.host(), server.address().host())
                && Objects.equals(address.port(), server.address().port());
    }

    private static String describe(ServerAddress a) {
        return a.host() + (a.port() == null ? "" : ":" + a.port());
    }
}
