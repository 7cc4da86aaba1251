package dev.reclaim.ui.device;

import java.util.List;

/** Lists the serial ports present now. Called off the FX thread: listing can take a while on some systems. */
@FunctionalInterface
public interface PortScanner {
    List<PortInfo> scan();
}
