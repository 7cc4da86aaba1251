package dev.reclaim.workflow;

import dev.reclaim.flash.stlink.ProbeSurvey.ProbeStatus;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One ST-Link as {@code reclaim probes} reports it.
 *
 * @param product          "ST-Link/V2"
 * @param productId        its USB product ID
 * @param serial           empty when it could not be read
 * @param bus              USB bus number
 * @param address          USB device address on that bus
 * @param firmware         "V2J37S7", empty when the probe could not be asked
 * @param targetMillivolts what it measures on VAPP, empty when unknown
 * @param problem          why it cannot be used, empty when it can
 */
public record ProbeReport(String product, int productId, Optional<String> serial, int bus, int address,
                          Optional<String> firmware, OptionalInt targetMillivolts, Optional<String> problem) {

    static ProbeReport of(ProbeStatus s) {
        return new ProbeReport(s.probe().product().displayName(), s.probe().product().productId(), s.probe().serial(),
                s.probe().bus(), s.probe().address(), s.firmware().map(Object::toString), s.targetMillivolts(),
                s.problem());
    }

    public boolean usable() {
        return problem.isEmpty();
    }
}
