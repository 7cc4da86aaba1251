package dev.reclaim.ui;

import dev.reclaim.ui.common.WindowMemory;
import dev.reclaim.dct.layout.DctLayout;
import dev.reclaim.dct.write.DctEdits;
import dev.reclaim.keys.ParticleServerKeys;
import dev.reclaim.log.ErrorCodes;
import dev.reclaim.log.LedPatterns;
import dev.reclaim.log.LogTables;
import dev.reclaim.workflow.device.DeviceKinds;

/**
 * Loads the core's tables (DCT layout, log formats and rules, error codes, scenarios, Particle's server key — JSON
 * and Bouncy Castle behind them) on a background thread while the JavaFX toolkit starts, so the window does not
 * wait for them on the FX thread. Purely an optimisation: if it has not finished, the FX thread loads what it needs.
 */
final class Warmup {
    private Warmup() {
    }

    static void start() {
        Thread t = new Thread(() -> {
            DctLayout.photonP1();
            DctEdits.photonP1();
            DeviceKinds.DEFAULT.description(); // the registry checks the default scenario as it loads
            LogTables.standard();
            ErrorCodes.standard();
            LedPatterns.standard(); // the handshake panel's LED picker reads it as the window is built
            ParticleServerKeys.tcpKey();
            // The window's first read of its preferences parses their XML file (the JDK's XML parser: ~170
            // classes); reading them here takes that off the FX thread's path to the first window.
            WindowMemory.forUser().theme();
        }, "reclaim-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }
}
