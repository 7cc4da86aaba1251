package dev.reclaim.ui.wizard;

import dev.reclaim.cloud.AccessToken;
import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which cloud a wizard talks to and with which token, for the workstation's session. The token comes from
 * {@code PARTICLE_ACCESS_TOKEN} or particle-cli's config; without one the user is asked (a masked field) and the
 * answer is kept in memory only, until Reclaim closes — never written, logged or shown. A token the cloud refused
 * (401) is forgotten and asked for again, even one from the environment. A simulated device needs no token: its
 * simulator serves its own cloud with its own.
 */
public final class CloudAccess {
    /** Asks the user for a token; empty when they declined. */
    @FunctionalInterface
    public interface Prompt {
        /**
         * @param cloud   where the token will be sent
         * @param refused true when the cloud refused the token used last
         */
        Optional<String> ask(URI cloud, boolean refused);
    }

    /** Where a run's cloud settings come from, resolved off the FX thread once the device is open. */
    @FunctionalInterface
    public interface Resolver {
        CloudSettings settings(DeviceSession device) throws IOException;
    }

    private final Function<Optional<URI>, CloudSettings> finder;
    private final Prompt prompt;
    private AccessToken typed;
    private boolean refused;

    /** As the workstation has it: this process's environment and the user's particle-cli config. */
    public static CloudAccess forUser(Prompt prompt) {
        return new CloudAccess(CloudSettings::find, prompt);
    }

    /**
     * @param finder the cloud settings for a {@code --cloud}-like URL, from the environment and particle-cli's config
     */
    public CloudAccess(Function<Optional<URI>, CloudSettings> finder, Prompt prompt) {
        this.finder = finder;
        this.prompt = prompt;
    }

    /**
     * On the FX thread, before a run starts: how the run finds its cloud, asking for a token if there is none.
     * Empty when a token was needed and the user gave none (the run does not start).
     *
     * @param simulated true for Reclaim's simulated device, whose own cloud is used unless {@code cloudUrl} is given
     * @param cloudUrl  another cloud to use (a private cloud, {@code reclaim simulate}'s)
     */
    public Optional<Resolver> forRun(boolean simulated, Optional<URI> cloudUrl) {
        if (simulated && cloudUrl.isEmpty()) {
            return Optional.of(device -> device.cloud(Optional.empty()));
        }
        CloudSettings found = finder.apply(cloudUrl);
        if (found.token().isPresent() && !refused) {
            return Optional.of(device -> found);
        }
        if (typed == null) {
            Optional<String> answer = prompt.ask(found.baseUrl(), refused).filter(t -> !t.isBlank());
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            typed = new AccessToken(answer.get());
        }
        CloudSettings withTyped = found.withToken(typed);
        return Optional.of(device -> withTyped);
    }

    /** The cloud refused the token (HTTP 401): forget it, and ask before the next run. */
    public void rejected() {
        typed = null;
        refused = true;
    }

    /** True while the session holds a token the user typed. */
    public boolean hasTypedToken() {
        return typed != null;
    }
}
