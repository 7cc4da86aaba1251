package dev.reclaim.workflow.device;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists what comes and goes — serial ports and USB probes — for the device panel, which calls {@link #poll} off
 * its UI thread every few seconds (polling, because Windows has no libusb hot-plug callbacks; a scan is cheap).
 * Only a changed listing is reported, and a probe scan that fails (no libusb, no permission) never hides the ports.
 */
public final class DeviceScanner {
    /** Lists candidates of one attachment; a fake in tests. */
    @FunctionalInterface
    public interface Lister {
        List<Candidate> list() throws IOException;
    }

    /** What one scan found, and why the probes could not be listed ("" when they could). */
    public record Scan(List<Candidate> ports, List<Candidate> probes, String probeProblem) {
    }

    private final Lister ports;
    private final Lister probes;
    private Scan last;

    public DeviceScanner(Lister ports, Lister probes) {
        this.ports = ports;
        this.probes = probes;
    }

    /** The serial ports and probes of the registry's kinds. */
    public static DeviceScanner system() {
        return new DeviceScanner(lister(Attachment.SERIAL_PORT), lister(Attachment.USB_PROBE));
    }

    private static Lister lister(Attachment a) {
        List<DeviceKind> kinds = DeviceKinds.attachingTo(a);
        // every kind of one attachment lists the same ports or probes
        return kinds.isEmpty() ? List::of : kinds.get(0)::candidates;
    }

    /** Lists now. */
    public Scan scan() {
        List<Candidate> found;
        try {
            found = List.copyOf(ports.list());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            return new Scan(found, List.copyOf(probes.list()), "");
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            return new Scan(found, List.of(), "ST-Link probes cannot be listed: " + e.getMessage());
        }
    }

    /** Lists now and returns the listing only when it differs from the last one polled. */
    public synchronized Optional<Scan> poll() {
        Scan now = scan();
        if (Objects.equals(now, last)) {
            return Optional.empty();
        }
        last = now;
        return Optional.of(now);
    }
}
