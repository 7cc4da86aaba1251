package dev.reclaim.workflow.device;

import dev.reclaim.flash.DeviceClock;
import dev.reclaim.flash.stlink.StLinkFlashTarget;
import dev.reclaim.link.StLinkProbe;
import dev.reclaim.link.StLinkProbes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code stlink[:SERIAL]}: an ST-Link probe on the SWD pads; without a serial, the only one plugged in. */
final class StLinkKind extends KindFacts {
    StLinkKind() {
        super("stlink", "stlink[:SERIAL]",
                "an ST-Link on the SWD pads: the only one plugged in, or the one with this serial",
                "ST-Link", Attachment.USB_PROBE, Reaches.FLASH);
    }

    @Override
    public String argument(String text) {
        return text == null ? "" : text.trim();
    }

    @Override
    public String describe(String argument) {
        return "ST-Link" + (argument.isEmpty() ? "" : " " + argument);
    }

    /** The plugged-in probes; one whose serial cannot be read is named by "" (then it must be the only one). */
    @Override
    public List<Candidate> candidates() throws IOException {
        return StLinkProbes.list().stream().map(StLinkKind::candidate).toList();
    }

    static Candidate candidate(StLinkProbe p) {
        return new Candidate(p.serial().orElse(""), p.product().displayName(),
                p.serial().orElse("serial unreadable") + p.problem().map(x -> " · " + x).orElse(""));
    }

    @Override
    public boolean takesStLinkSettings() {
        return true;
    }

    @Override
    public Optional<AttachSense> attachSense(String argument) {
        Optional<String> serial = argument.isEmpty() ? Optional.empty() : Optional.of(argument);
        return Optional.of(new TargetVoltageSense(() -> StLinkProbes.open(serial), describe(argument)));
    }

    @Override
    public Connection open(String argument, DeviceOptions options) {
        Optional<String> serial = argument.isEmpty() ? Optional.empty() : Optional.of(argument);
        return new PortConnection(describe(argument), () -> StLinkFlashTarget.connect(() -> StLinkProbes.open(serial),
                DeviceClock.SYSTEM, options.stLink().swdKhz(), options.stLink().attach()));
    }
}
