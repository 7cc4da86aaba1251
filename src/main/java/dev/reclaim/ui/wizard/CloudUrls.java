package dev.reclaim.ui.wizard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The start pages' optional cloud URL field: empty means the device's own cloud; anything else an http(s) URL. */
final class CloudUrls {
    private CloudUrls() {
    }

    /** Empty for a blank field, the URL for a valid one, null for text that is no http(s) URL with a host. */
    static Optional<URI> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
