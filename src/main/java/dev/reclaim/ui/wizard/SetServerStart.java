package dev.reclaim.ui.wizard;

import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.keys.KeyFormatException;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPublicKey;
import dev.reclaim.workflow.SetServer;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Set server's start page: the Particle cloud preset, or a server key file (DER or PEM) and HOST[:PORT]. A custom
 * server's inputs are checked as they are typed, so a bad address or an unreadable key is said on the page and the
 * wizard cannot start with it.
 */
public final class SetServerStart {
    private final BooleanProperty particle = new SimpleBooleanProperty(this, "particle", true);
    private final StringProperty keyFile = new SimpleStringProperty(this, "keyFile", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringBinding problem = Bindings.createStringBinding(this::problemNow, particle, keyFile, host);
    private final ObservableValue<Boolean> ready = Bindings.createBooleanBinding(() -> particle.get()
            || !keyFile.get().isBlank() && !host.get().isBlank() && problem.get().isEmpty(),
            particle, keyFile, host, problem);

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

    /** What is wrong with a custom server's inputs, one line each; empty when nothing (or the preset is chosen). */
    public ObservableValue<String> problemProperty() {
        return problem;
    }

    ObservableValue<Boolean> ready() {
        return ready;
    }

    private String problemNow() {
        if (particle.get()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (!host.get().isBlank()) {
            try {
                ServerAddress.parse(host.get().strip());
            } catch (InvalidValueException e) {
                b.append("Host: ").append(e.getMessage()).append('.');
            }
        }
        if (!keyFile.get().isBlank()) {
            // a server key file is a few hundred bytes: reading it as it is typed costs nothing noticeable
            try {
                readKey();
            } catch (NoSuchFileException | InvalidPathException e) {
                append(b, "Key file: there is no file " + keyFile.get().strip() + "; choose the server's public key"
                        + " file (DER or PEM).");
            } catch (AccessDeniedException e) {
                append(b, "Key file: " + keyFile.get().strip() + " cannot be read (permission denied); make it"
                        + " readable by you or choose another file.");
            } catch (IOException e) {
                append(b, "Key file: " + keyFile.get().strip() + " cannot be read (" + e.getMessage()
                        + "); check its permissions or choose another file.");
            } catch (KeyFormatException e) {
                append(b, "Key file: " + e.getMessage() + "; choose the server's public key (DER or PEM).");
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String line) {
        b.append(b.isEmpty() ? "" : "\n").append(line);
    }

    private RsaPublicKey readKey() throws IOException, KeyFormatException {
        Path key = Path.of(keyFile.get().strip());
        if (Files.isDirectory(key)) {
            throw new IOException("it is a folder");
        }
        return RsaKeys.readPublicKeyFile(Files.readAllBytes(key));
    }

    WizardJob job(WizardSetup setup, CloudAccess.Resolver cloud) {
        boolean preset = particle.get();
        String hostAndPort = host.get().strip();
        return new DeviceWizardJob(setup, cloud, setting -> new SetServer(setting, preset
                ? SetServer.Server.particle()
                : SetServer.Server.custom(readKey(), hostAndPort)));
    }
}
