package dev.reclaim.workflow.device;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Every kind of device Reclaim can reach, in the order help texts list them. Parsing a spec, the message for a bad
 * one and every list of accepted forms come from here, so a new kind is one line below.
 */
public final class DeviceKinds {
    private static final List<DeviceKind> ALL = List.of(
            new SimulatedP1Kind(),
            new SimulatedStLinkKind(),
            new UartBootloaderKind(),
            new StLinkKind(),
            new SerialLogKind());

    /** The simulator's scenario when none is named: the P1 failure Reclaim is about. */
    public static final String DEFAULT_SCENARIO = SimulatedScenarios.DEFAULT;
    /** The device the workstation opens when none is named: the P1 failure Reclaim is about, simulated. */
    public static final String DEFAULT_TEXT = "sim:" + SimulatedScenarios.DEFAULT;
    public static final DeviceSpec DEFAULT = parse(DEFAULT_TEXT);

    private DeviceKinds() {
    }

    public static List<DeviceKind> all() {
        return ALL;
    }

    /** The kinds that plug into {@code a}, in registry order (the device panel's role and access choices). */
    public static List<DeviceKind> attachingTo(Attachment a) {
        return ALL.stream().filter(k -> k.attachment() == a).toList();
    }

    /**
     * Parses {@code PREFIX[:ARGUMENT]}.
     *
     * @throws IllegalArgumentException naming the spec and the accepted forms, or what is wrong with the argument
     */
    public static DeviceSpec parse(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        String prefix = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? "" : t.substring(colon + 1);
        DeviceKind kind = ALL.stream().filter(k -> k.prefix().equals(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a device: use "
                        + forms(k -> true) + "."));
        return kind.spec(argument);
    }

    /**
     * Parses a spec for reading or writing flash.
     *
     * @throws IllegalArgumentException as {@link #parse}, or naming the kinds that reach flash
     */
    public static DeviceSpec parseFlashDevice(String text) {
        DeviceSpec spec = parse(text);
        if (!spec.kind().reachesFlash()) {
            throw new IllegalArgumentException("'" + spec + "' cannot read or write flash: use "
                    + forms(DeviceKind::reachesFlash) + ".");
        }
        return spec;
    }

    /** "sim[:SCENARIO], bootloader:PORT or serial:PORT" for the kinds that pass {@code which}. */
    public static String forms(Predicate<DeviceKind> which) {
        List<String> forms = ALL.stream().filter(which).map(DeviceKind::form).toList();
        return forms.size() < 2 ? String.join("", forms)
                : String.join(", ", forms.subList(0, forms.size() - 1)) + " or " + forms.get(forms.size() - 1);
    }

    /** One entry per kind that passes {@code which}: "stlink[:SERIAL] (an ST-Link on the SWD pads: …)". */
    public static List<String> help(Predicate<DeviceKind> which) {
        return ALL.stream().filter(which).map(k -> k.form() + " (" + k.summary() + ")").toList();
    }
}
