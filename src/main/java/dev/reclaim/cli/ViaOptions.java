package dev.reclaim.cli;

import dev.reclaim.link.SerialSettings;
import dev.reclaim.flash.bootloader.ModemLineSequence;
import dev.reclaim.workflow.BootloaderPortSettings;
import dev.reclaim.workflow.DeviceSpec;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every device command shares: which device, and how to talk to a UART bootloader. */
final class ViaOptions {
    @Option(names = "--via", paramLabel = "SPEC", required = true,
            description = "Device: bootloader:PORT (UART bootloader), stlink[:SERIAL] (ST-Link on the SWD pads),"
                    + " sim[:SCENARIO] (the simulated P1 in-process) or sim-stlink[:SCENARIO] (the same through a"
                    + " simulated ST-Link).")
    String via;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "115200",
            description = "Bootloader baud rate (default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--mode", paramLabel = "8e1|8n1", defaultValue = "8e1",
            description = "Serial framing: 8e1 for real adapters (default); 8n1 only for pseudo-terminals, which"
                    + " drop parity.")
    String mode;

    @Option(names = {"-i", "--lines"}, paramLabel = "SEQ",
            description = "Entry[:exit] sequence on RTS/DTR for BOOT0/NRST, in stm32flash -i notation,"
                    + " e.g. 'rts&dtr,-dtr:-rts&dtr,-dtr'.")
    String lines;

    DeviceSpec spec() {
        try {
            return DeviceSpec.parse(via);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
    }

    BootloaderPortSettings portSettings() {
        if (baud < 1200 || baud > 921600) {
            throw new UserFacingException("--baud " + baud + " is outside 1200-921600; the STM32 bootloader is"
                    + " specified from 1200 to 115200 baud.", ExitCodes.USAGE);
        }
        SerialSettings serial = switch (mode.toLowerCase(Locale.ROOT)) {
            case "8e1" -> SerialSettings.bootloader(baud);
            case "8n1" -> SerialSettings.log(baud);
            default -> throw new UserFacingException("--mode " + mode + " is not 8e1 or 8n1.", ExitCodes.USAGE);
        };
        try {
            return new BootloaderPortSettings(serial, lines == null ? ModemLineSequence.NONE
                    : ModemLineSequence.parse(lines));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), ExitCodes.USAGE);
        }
    }
}
