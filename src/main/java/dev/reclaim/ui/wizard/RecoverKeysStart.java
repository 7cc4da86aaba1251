package dev.reclaim.ui.wizard;

import dev.reclaim.workflow.RecoverKeys;
import java.net.URI;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** Recover keys' start page: nothing but the device, an optional cloud URL, and whether to finish a cut-off run. */
public final class RecoverKeysStart {
    private final StringProperty cloudUrl = new SimpleStringProperty(this, "cloudUrl", "");
    private final BooleanProperty resume = new SimpleBooleanProperty(this, "resume");
    private final ObservableValue<Boolean> ready = cloudUrl.map(u -> CloudUrls.parse(u) != null);

    /** Empty for the device's own cloud (the simulator's, or the user's Particle cloud). */
    public StringProperty cloudUrlProperty() {
        return cloudUrl;
    }

    /** Finish an interrupted run with the key kept for the device. */
    public BooleanProperty resumeProperty() {
        return resume;
    }

    ObservableValue<Boolean> ready() {
        return ready;
    }

    Optional<URI> cloud() {
        return CloudUrls.parse(cloudUrl.get());
    }

    WizardJob job(WizardSetup setup, CloudAccess.Resolver cloud) {
        boolean again = resume.get();
        return new DeviceWizardJob(setup, cloud, setting -> new RecoverKeys(setting, again));
    }
}
