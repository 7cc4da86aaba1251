package dev.reclaim.firmware;

import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks of the installed modules; ids are a contract, like the DCT checks' ids. */
final class FirmwareChecks {
    static final String SYSTEM_PART_MISSING = "system_part_missing";
    static final String SYSTEM_DEPENDENCY_UNMET = "system_part_dependency_unmet";
    static final String SYSTEM_PARTS_DIFFER = "system_parts_differ";
    static final String USER_PART_NEEDS_NEWER_SYSTEM = "user_part_needs_newer_system";
    static final String WRONG_PLATFORM = "module_wrong_platform";
    static final String NO_HANDSHAKE_LINES = "firmware_prints_no_handshake";

    /** PLATFORM_ID of the Photon and the P1 (platform/shared/inc/platforms.h). */
    static final int PHOTON = 6;
    static final int P1 = 8;

    private static final String UPDATE = "Put the device in DFU mode (hold SETUP, tap RESET, release SETUP when the"
            + " LED blinks yellow) and flash one whole Device OS release, both system parts, e.g. 'particle update'"
            + " (the newest release for the P1/Photon) or 'particle flash --usb system-part1-X.Y.Z-p1.bin' then"
            + " 'particle flash --usb system-part2-X.Y.Z-p1.bin' for a chosen release; then read the device again.";

    private FirmwareChecks() {
    }

    static List<Finding> check(InstalledFirmware fw) {
        List<Finding> out = new ArrayList<>();
        for (ModuleSlot slot : List.of(ModuleSlot.SYSTEM_PART1, ModuleSlot.SYSTEM_PART2)) {
            if (fw.module(slot).isEmpty()) {
                out.add(finding(SYSTEM_PART_MISSING, Severity.ERROR, "No Device OS " + slot,
                        "The " + slot + " area at " + hex(slot.start()) + " holds no module header (erased, or"
                        + " overwritten). Without it Device OS cannot run: the bootloader falls back to safe mode"
                        + " or stays in DFU mode, and the device never reaches the cloud.", UPDATE, slot.start()));
            }
        }
        systemDependencies(fw, out);
        differingParts(fw, out);
        userPart(fw, out);
        fw.modules().forEach((slot, m) -> {
            if (m.platformId() != PHOTON && m.platformId() != P1) {
                out.add(finding(WRONG_PLATFORM, Severity.ERROR, "The " + slot + " is for another platform",
                        "The " + slot + " was built for platform " + m.platformId() + ", not a P1 (8) or Photon"
                        + " (6); the firmware refuses to run a module of another platform.",
                        slot == ModuleSlot.USER_PART ? "Flash an application built for the P1/Photon in DFU mode:"
                                + " particle flash --usb app.bin." : UPDATE, m.headerAddress()));
            }
        });
        fw.handshakeLines().filter(h -> !h.printed()).ifPresent(h -> out.add(finding(NO_HANDSHAKE_LINES,
                Severity.INFO, "This firmware prints no handshake lines",
                "Device OS " + fw.describe() + " " + h.words() + ". A log from this device cannot say why it does not"
                + " connect; an empty log is normal here, not a symptom.",
                "Diagnose from the other witnesses: the DCT (reclaim device read-dct --via SPEC --out dct.bin,"
                + " reclaim dct check dct.bin), the status LED (reclaim log analyze --led PATTERN), and the cloud"
                + " (the device's 'connected' and 'last_handshake_at'). To see the handshake, run a 0.6.x or debug"
                + " build.", ModuleSlot.SYSTEM_PART2.start())));
        return out;
    }

    /** Each system part's dependencies on the other, judged as the firmware judges them at boot. */
    private static void systemDependencies(InstalledFirmware fw, List<Finding> out) {
        for (ModuleSlot slot : List.of(ModuleSlot.SYSTEM_PART1, ModuleSlot.SYSTEM_PART2)) {
            Optional<ModuleInfo> module = fw.module(slot);
            if (module.isEmpty()) {
                continue;
            }
            for (ModuleDependency d : List.of(module.get().dependency(), module.get().dependency2())) {
                Optional<ModuleSlot> needed = ModuleSlot.of(d.function(), d.index());
                if (d.none() || needed.isEmpty() || d.function() != ModuleFunction.SYSTEM_PART) {
                    continue; // the bootloader dependency is not read (the bootloader's header is not read)
                }
                Optional<ModuleInfo> there = fw.module(needed.get());
                if (there.isPresent() && !d.metBy(there.get())) {
                    out.add(finding(SYSTEM_DEPENDENCY_UNMET, Severity.ERROR,
                            "The system parts do not fit: an update stopped half-way",
                            "The " + slot + " (" + SystemModuleVersions.describe(module.get().version())
                            + ") needs " + needed.get() + " " + SystemModuleVersions.describe(d.version())
                            + " or newer, but the device has " + SystemModuleVersions.describe(
                                    there.get().version()) + ". Device OS checks this at boot and runs in safe"
                            + " mode (breathing magenta) until the parts fit; the cloud may keep trying to"
                            + " finish the update.", UPDATE, module.get().headerAddress()));
                }
            }
        }
    }

    /** Versions that differ while every dependency is met: still a half-finished update. */
    private static void differingParts(InstalledFirmware fw, List<Finding> out) {
        Optional<ModuleInfo> p1 = fw.module(ModuleSlot.SYSTEM_PART1);
        Optional<ModuleInfo> p2 = fw.module(ModuleSlot.SYSTEM_PART2);
        if (p1.isEmpty() || p2.isEmpty() || p1.get().version() == p2.get().version()
                || out.stream().anyMatch(f -> f.id().equals(SYSTEM_DEPENDENCY_UNMET))) {
            return;
        }
        out.add(finding(SYSTEM_PARTS_DIFFER, Severity.WARNING,
                "The system parts are from different releases: an update stopped half-way",
                "System part 1 is " + SystemModuleVersions.describe(p1.get().version()) + " and system part 2 is "
                + SystemModuleVersions.describe(p2.get().version()) + ". What each needs of the other is met, so it"
                + " boots, but Particle ships and tests the two parts only together; a mixed pair is what a cut-off"
                + " 'particle update' or OTA leaves behind, and it can fail in ways no log shows.", UPDATE,
                p2.get().headerAddress()));
    }

    private static void userPart(InstalledFirmware fw, List<Finding> out) {
        Optional<ModuleInfo> user = fw.module(ModuleSlot.USER_PART);
        if (user.isEmpty()) {
            return;
        }
        ModuleDependency d = user.get().dependency();
        Optional<ModuleSlot> needed = ModuleSlot.of(d.function(), d.index());
        if (d.none() || needed.isEmpty()) {
            return;
        }
        Optional<ModuleInfo> there = fw.module(needed.get());
        if (there.isPresent() && !d.metBy(there.get())) {
            out.add(finding(USER_PART_NEEDS_NEWER_SYSTEM, Severity.WARNING,
                    "The application needs a newer Device OS",
                    "The user part was built for " + needed.get() + " " + SystemModuleVersions.describe(d.version())
                    + " or newer, but the device has " + SystemModuleVersions.describe(there.get().version())
                    + ". Device OS does not start such an application: the device runs in safe mode (breathing"
                    + " magenta), where it can still reach the cloud.",
                    "Update Device OS to " + SystemModuleVersions.describe(d.version()) + " or newer (" + UPDATE
                    + "), or flash an application built for the installed release.", user.get().headerAddress()));
        }
    }

    private static Finding finding(String id, Severity severity, String title, String cause, String fix,
                                   long address) {
        return new Finding(id, severity, title, cause, fix, Optional.empty(), new Location.Flash(address));
    }

    private static String hex(long address) {
        return String.format("0x%08X", address);
    }
}
