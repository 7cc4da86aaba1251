package dev.reclaim.cli;

import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What the list commands share: {@code --device ID} (24 hex digits, any case) and {@code --json}. */
final class ListOptions {
    @Option(names = "--device", paramLabel = "ID", description = "Only this device's.")
    String device;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    Optional<String> deviceId() {
        if (device == null) {
            return Optional.empty();
        }
        String id = device.trim().toLowerCase(Locale.ROOT);
        if (!id.matches("[0-9a-f]{24}")) {
            throw new UserFacingException("--device " + device + " is not a device ID (24 hex digits, as"
                    + " 'reclaim device info' prints it).", ExitCodes.USAGE);
        }
        return Optional.of(id);
    }
}
