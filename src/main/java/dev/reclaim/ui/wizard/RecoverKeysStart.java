package dev.reclaim.ui.wizard;

import dev.reclaim.workflow.RecoverKeys;
import java.net.URI;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Recover keys' start page: nothing but the device, an optional cloud URL, an optional product ID (the CLI's
 * {@code --product}), and whether to finish a cut-off run.
 */
public final class RecoverKeysStart {
    private final StringProperty cloudUrl = new SimpleStringProperty(this, "cloudUrl", "");
    private final StringProperty productId = new SimpleStringProperty(this, "productId", "");
    private final BooleanProperty resume = new SimpleBooleanProperty(this, "resume");
    private final ObservableValue<String> problem = Bindings.createStringBinding(
            () -> product(productId.get()) == null ? "Product ID: the product's id is a positive whole number (in the"
                    + " Particle console), not \"" + productId.get().strip() + "\"; leave it empty for a developer"
                    + " device." : "", productId);
    private final ObservableValue<Boolean> ready = Bindings.createBooleanBinding(
            () -> CloudUrls.parse(cloudUrl.get()) != null && problem.getValue().isEmpty(), cloudUrl, problem);

    /** Empty for the device's own cloud (the simulator's, or the user's Particle cloud). */
    public StringProperty cloudUrlProperty() {
        return cloudUrl;
    }

    /** The product the device belongs to, its key registered with this product_id; empty for a developer device. */
    public StringProperty productIdProperty() {
        return productId;
    }

    /** Finish an interrupted run with the key kept for the device. */
    public BooleanProperty resumeProperty() {
        return resume;
    }

    /** What is wrong with the inputs, said on the page; empty when nothing. */
    public ObservableValue<String> problemProperty() {
        return problem;
    }

    ObservableValue<Boolean> ready() {
        return ready;
    }

    Optional<URI> cloud() {
        return CloudUrls.parse(cloudUrl.get());
    }

    WizardJob job(WizardSetup setup, CloudAccess.Resolver cloud) {
        boolean again = resume.get();
        Optional<Integer> product = product(productId.get());
        return new DeviceWizardJob(setup, cloud, setting -> new RecoverKeys(setting, again, product));
    }

    /** Empty for a blank field, the id for a positive whole number, null for anything else. */
    static Optional<Integer> product(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int id = Integer.parseInt(text.strip());
            return id > 0 ? Optional.of(id) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
