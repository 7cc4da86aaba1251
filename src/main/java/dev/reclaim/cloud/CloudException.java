package dev.reclaim.cloud;

import java.net.URI;

/**
 * A Cloud API call that did not do its job, as one line that says what is wrong and what to do. Never holds the
 * access token (messages are built from the status, the action and the device, and any server text is scrubbed).
 */
public final class CloudException extends Exception {
    /** Why, for code that reacts differently (retry on {@link #RETRY}, ask for a token on {@link #LOG_IN}). */
    public enum Reason {
        /** 401: the token is missing, expired or revoked. */
        LOG_IN,
        /** 403: the account may not act on this device (another owner, or a product it is not in). */
        NOT_PERMITTED,
        /** 404: no such device for this account or product. */
        NOT_FOUND,
        /** 429 or 5xx: try again later. */
        RETRY,
        /** The cloud could not be reached at all. */
        UNREACHABLE,
        /** Any other refusal (400: the request itself was wrong). */
        REFUSED
    }

    /** How a 401 refusal begins; a wizard step's record keeps only the message, so this is how it is recognised. */
    private static final String TOKEN_REFUSED = "The Particle Cloud did not accept the access token";

    private final Reason reason;
    private final int status;

    CloudException(Reason reason, int status, String message) {
        super(message);
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status, 0 when no answer came. */
    public int status() {
        return status;
    }

    /**
     * The one-line reason for an HTTP error.
     *
     * @param action   what was tried, e.g. "register the public key of device 0123…"
     * @param detail   the server's own error text, already scrubbed of the token; may be empty
     */
    static CloudException forStatus(int status, String action, String detail) {
        String said = detail == null || detail.isBlank() ? "" : " (the cloud said: " + detail + ")";
        return switch (status) {
            case 401 -> new CloudException(Reason.LOG_IN, status, TOKEN_REFUSED + " while trying to "
                    + action + said + ": log in again (particle login) or set"
                    + " PARTICLE_ACCESS_TOKEN.");
            case 403 -> new CloudException(Reason.NOT_PERMITTED, status, "The Particle Cloud refused to " + action
                    + said + ": the device belongs to another account or to a product this account is not a member"
                    + " of; log in with the owning account, or give the product ID.");
            case 404 -> new CloudException(Reason.NOT_FOUND, status, "The Particle Cloud does not know the device"
                    + " when asked to " + action + said + ": check the device ID, and that it is in this account or"
                    + " this product.");
            case 429 -> new CloudException(Reason.RETRY, status, "The Particle Cloud is limiting requests (HTTP"
                    + " 429) while trying to " + action + ": wait a minute and retry.");
            default -> status >= 500
                    ? new CloudException(Reason.RETRY, status, "The Particle Cloud failed (HTTP " + status
                            + ") while trying to " + action + said + ": retry in a moment.")
                    : new CloudException(Reason.REFUSED, status, "The Particle Cloud refused to " + action
                            + " (HTTP " + status + ")" + said + ".");
        };
    }

    /** Whether a recorded message (a wizard step's detail) is the cloud refusing the access token (HTTP 401). */
    public static boolean refusesToken(String message) {
        return message != null && message.startsWith(TOKEN_REFUSED);
    }

    /** No answer: connection refused, unknown host, timeout. */
    static CloudException unreachable(URI base, String action, String why) {
        return new CloudException(Reason.UNREACHABLE, 0, "Cannot reach the Particle Cloud at " + base + " to "
                + action + " (" + why + "): check the network connection (or --cloud URL) and retry.");
    }
}
