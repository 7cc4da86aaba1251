package dev.reclaim.ui.device;

import dev.reclaim.link.StLinkProbe;
import dev.reclaim.link.StLinkProbes;
import java.io.IOException;
import java.util.List;

/** Lists the ST-Link probes on the USB bus. Called off the FX thread, like {@link PortScanner}. */
@FunctionalInterface
public interface ProbeScanner {
    List<StLinkProbe> scan() throws IOException;

    /** The probes usb4java finds. */
    static ProbeScanner usb() {
        return StLinkProbes::list;
    }
}
