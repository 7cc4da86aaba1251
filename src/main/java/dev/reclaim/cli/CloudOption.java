package dev.reclaim.cli;

import dev.reclaim.cloud.CloudSettings;
import dev.reclaim.workflow.device.DeviceSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --cloud URL}, shared by the commands that talk to the Particle Cloud. Without it a simulated device uses
 * its simulator's own cloud, any other device the user's (particle-cli's {@code apiUrl} or api.particle.io); the
 * token comes from {@code PARTICLE_ACCESS_TOKEN} or particle-cli's config, never from the command line.
 */
final class CloudOption {
    @Option(names = "--cloud", paramLabel = "URL", description = {"The Particle Cloud API to use, e.g. a private",
        "cloud or `reclaim simulate`'s (token: PARTICLE_ACCESS_TOKEN or particle-cli's login). Default: the",
        "simulator's own cloud for sim and sim-stlink, else particle-cli's apiUrl or https://api.particle.io."})
    String cloud;

    /** The URL given, checked. */
    Optional<URI> url() {
        if (cloud == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(cloud.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(cloud, "not an http(s) URL with a host");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new UserFacingException("--cloud " + cloud + " is not an http:// or https:// URL with a host,"
                    + " e.g. https://api.particle.io or http://127.0.0.1:8080.", ExitCodes.USAGE);
        }
    }

    /** Where {@code device}'s workflows find the cloud. */
    CloudSettings settings(DeviceSession device) {
        try {
            return device.cloud(url());
        } catch (IOException e) {
            throw new UserFacingException("Cannot serve the simulated cloud: " + e.getMessage(), ExitCodes.PROBLEM);
        }
    }
}
