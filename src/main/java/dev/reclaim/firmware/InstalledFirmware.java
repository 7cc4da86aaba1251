package dev.reclaim.firmware;

import dev.reclaim.finding.Finding;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Device OS modules found in a Photon/P1's flash: one header per slot, or none (erased, or not a module).
 */
public final class InstalledFirmware {
    private final Map<ModuleSlot, ModuleInfo> modules;

    public InstalledFirmware(Map<ModuleSlot, ModuleInfo> modules) {
        EnumMap<ModuleSlot, ModuleInfo> copy = new EnumMap<>(ModuleSlot.class);
        copy.putAll(modules);
        this.modules = Collections.unmodifiableMap(copy);
    }

    /** Reads each slot's first {@link ModuleSlot#READ_LENGTH} bytes through {@code slotBytes}. */
    public static <E extends Exception> InstalledFirmware read(SlotReader<E> slotBytes) throws E {
        EnumMap<ModuleSlot, ModuleInfo> found = new EnumMap<>(ModuleSlot.class);
        for (ModuleSlot slot : ModuleSlot.values()) {
            slot.locate(slotBytes.read(slot)).ifPresent(m -> found.put(slot, m));
        }
        return new InstalledFirmware(found);
    }

    /** How the bytes of a slot are fetched (from a device, a dump, the simulator). */
    @FunctionalInterface
    public interface SlotReader<E extends Exception> {
        byte[] read(ModuleSlot slot) throws E;
    }

    public Optional<ModuleInfo> module(ModuleSlot slot) {
        return Optional.ofNullable(modules.get(slot));
    }

    /** The modules found, in slot order. */
    public Map<ModuleSlot, ModuleInfo> modules() {
        return modules;
    }

    /** The system parts' module version when both are there and carry the same one. */
    public OptionalInt systemVersion() {
        Optional<ModuleInfo> p1 = module(ModuleSlot.SYSTEM_PART1);
        Optional<ModuleInfo> p2 = module(ModuleSlot.SYSTEM_PART2);
        if (p1.isEmpty() || p2.isEmpty() || p1.get().version() != p2.get().version()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(p1.get().version());
    }

    /** "1.5.2" when both system parts are that release; empty when they differ, one is missing or unknown. */
    public Optional<String> deviceOs() {
        OptionalInt v = systemVersion();
        return v.isPresent() ? SystemModuleVersions.release(v.getAsInt()) : Optional.empty();
    }

    /** The system in words: "1.5.2", or what is known of its parts. */
    public String describe() {
        OptionalInt v = systemVersion();
        if (v.isPresent()) {
            return SystemModuleVersions.describe(v.getAsInt());
        }
        if (module(ModuleSlot.SYSTEM_PART1).isEmpty() && module(ModuleSlot.SYSTEM_PART2).isEmpty()) {
            return "none (no system part found)";
        }
        return "mixed: " + part(ModuleSlot.SYSTEM_PART1) + ", " + part(ModuleSlot.SYSTEM_PART2);
    }

    private String part(ModuleSlot slot) {
        return slot + " " + module(slot).map(m -> SystemModuleVersions.describe(m.version())).orElse("missing");
    }

    /**
     * One line per slot for people: "system part 1: 1.5.2 (module version 1512) for the P1, needs system part 2
     * 0.7.0 or newer", "user part: none".
     */
    public List<String> lines() {
        return java.util.Arrays.stream(ModuleSlot.values()).map(s -> s + ": "
                + module(s).map(m -> describe(s, m)).orElse("none")).toList();
    }

    private static String describe(ModuleSlot slot, ModuleInfo m) {
        String version = slot.function() == ModuleFunction.SYSTEM_PART
                ? SystemModuleVersions.release(m.version()).map(r -> r + " (module version " + m.version() + ")")
                        .orElse("module version " + m.version())
                : "version " + m.version();
        StringBuilder b = new StringBuilder(version).append(" for ").append(platform(m.platformId()));
        for (ModuleDependency d : List.of(m.dependency(), m.dependency2())) {
            if (!d.none()) {
                b.append(", needs ").append(needed(d));
            }
        }
        return b.toString();
    }

    /** "system part 2 0.7.0 or newer", "bootloader version 400 or newer". */
    public static String needed(ModuleDependency d) {
        return ModuleSlot.of(d.function(), d.index())
                .filter(s -> s.function() == ModuleFunction.SYSTEM_PART)
                .map(s -> s + " " + SystemModuleVersions.describe(d.version()))
                .orElse(d.function() + " " + d.index() + " version " + d.version()) + " or newer";
    }

    /** "the P1", "the Photon", "platform 10". */
    public static String platform(int platformId) {
        return switch (platformId) {
            case FirmwareChecks.P1 -> "the P1";
            case FirmwareChecks.PHOTON -> "the Photon";
            default -> "platform " + platformId;
        };
    }

    /**
     * Whether the running system shows its handshake on the serial log; empty when a system part is missing or the
     * two parts' releases would answer differently.
     */
    public Optional<HandshakeLines> handshakeLines() {
        Optional<ModuleInfo> p1 = module(ModuleSlot.SYSTEM_PART1);
        Optional<ModuleInfo> p2 = module(ModuleSlot.SYSTEM_PART2);
        if (p1.isEmpty() || p2.isEmpty()) {
            return Optional.empty();
        }
        HandshakeLines one = HandshakeLines.of(p1.get().version());
        return one == HandshakeLines.of(p2.get().version()) ? Optional.of(one) : Optional.empty();
    }

    /** What is wrong with the modules, and what the firmware version means for diagnosis. */
    public List<Finding> findings() {
        return FirmwareChecks.check(this);
    }
}
