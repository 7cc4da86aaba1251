package dev.reclaim.ui.wizard;

import dev.reclaim.keys.RsaKeys;
import dev.reclaim.workflow.SetServer;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** Set server's start page: the Particle cloud preset, or a server key file (DER or PEM) and HOST[:PORT]. */
public final class SetServerStart {
    private final BooleanProperty particle = new SimpleBooleanProperty(this, "particle", true);
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final ObservableValue<Boolean> ready = Bindings.createBooleanBinding(() -> particle.get()
            || !keyFile.get().isBlank() && !host.get().isBlank(), particle, keyFile, host);

    /** True for the Particle cloud (its bundled key, device.spark.io); false for a custom or local cloud. */
    public BooleanProperty particleProperty() {
        return particle;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    /** HOST[:PORT], a name or an IPv4 address. */
    public StringProperty hostProperty() {
        return host;
    }

    ObservableValue<Boolean> ready() {
        return ready;
    }

    WizardJob job(WizardSetup setup, CloudAccess.Resolver cloud) {
        boolean preset = particle.get();
        Path key = Path.of(keyFile.get().strip());
        String hostAndPort = host.get().strip();
        return new DeviceWizardJob(setup, cloud, setting -> new SetServer(setting, preset
                ? SetServer.Server.particle()
                : SetServer.Server.custom(RsaKeys.readPublicKeyFile(Files.readAllBytes(key)), hostAndPort)));
    }
}
