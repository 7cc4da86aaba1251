package dev.reclaim.dct;

import static dev.reclaim.dct.layout.DctSector.SIZE;

import java.util.List;

/**
 * Selects the current DCT copy exactly as Device OS does, as a pure function of the sector bytes and the firmware
 * generation. Facts: dct-layout-and-handshake.md §1.5 (disassembly of Particle's WICED libraries).
 * <p>
 * Firmware ≥0.7 classifies each copy ({@code wiced_dct_validate_and_determine_version}): a header failing the
 * minimal check is UNKNOWN; a header without a plausible version struct is a legacy copy (0x330, accepted without
 * CRC, initial_write 0, sequence 0); otherwise it is current (0x370) — with initial_write 1 and its sequence when
 * the stored initial_write is 1 and crc32 is 0 (accepted unchecked), with initial_write 0 and its sequence when
 * the CRC matches (the firmware reads back the struct it zeroed initial_write in for the CRC, reference §0: a stored
 * initial_write is ignored then), and with initial_write 255, sequence −1 when it does not.
 * Then: only one valid → it; else the higher version; else a copy with initial_write ∉ {0, 255} (DCT2 looked at
 * first); else the higher sequence; equal sequences → DCT1, except when both are −1: DCT1 if its is_current_dct
 * ≠ 0, else DCT2. Neither valid → none (the firmware would then erase DCT1 and start an empty DCT).
 * <p>
 * Firmware ≤0.6 takes the first of DCT1, DCT2 whose write_incomplete is 0, is_current_dct is 1 and magic is
 * "BRCM"; no CRC.
 */
public final class CopySelector {
    private static final int UNKNOWN = 0x7FFF;
    private static final int LEGACY_SDK = 0x0330;
    private static final int CURRENT_SDK = 0x0370;

    private CopySelector() {
    }

    /** Selection over a two-sector image (32 KiB: DCT1 at 0, DCT2 at 0x4000). */
    public static Selection select(byte[] image, DctGeneration firmware) {
        requireLength(image, 2 * SIZE);
        Candidate one = Candidate.of(image, 0);
        Candidate two = Candidate.of(image, SIZE);
        return firmware == DctGeneration.VERSIONED ? selectVersioned(one, two) : selectLegacy(one, two);
    }

    /** Selection over a single 16 KiB sector, reported as copy 1. */
    public static Selection selectSingle(byte[] sector, DctGeneration firmware) {
        requireLength(sector, SIZE);
        Candidate only = Candidate.of(sector, 0);
        boolean valid = firmware == DctGeneration.VERSIONED ? only.code != UNKNOWN : only.header.isLegacyCurrent();
        CopyReport report = only.report(1, valid, firmware);
        return new Selection(firmware, List.of(report), valid ? 1 : 0,
                valid ? "the sector holds a valid copy" : "the sector does not hold a valid copy: " + report.note());
    }

    private static void requireLength(byte[] b, int expected) {
        if (b.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " bytes, got " + b.length);
        }
    }

    private static Selection selectLegacy(Candidate one, Candidate two) {
        boolean v1 = one.header.isLegacyCurrent();
        boolean v2 = two.header.isLegacyCurrent();
        List<CopyReport> reports = List.of(one.report(1, v1, DctGeneration.LEGACY), two.report(2, v2, DctGeneration.LEGACY));
        if (v1) {
            return new Selection(DctGeneration.LEGACY, reports, 1,
                    "DCT1 is complete and marked current, and firmware 0.6 looks at DCT1 first");
        }
        if (v2) {
            return new Selection(DctGeneration.LEGACY, reports, 2, "DCT1 is not usable and DCT2 is complete and marked current");
        }
        return new Selection(DctGeneration.LEGACY, reports, 0,
                "no copy is complete and marked current; firmware 0.6 would erase DCT1 and write an empty DCT");
    }

    private static Selection selectVersioned(Candidate one, Candidate two) {
        boolean v1 = one.code != UNKNOWN;
        boolean v2 = two.code != UNKNOWN;
        List<CopyReport> reports = List.of(one.report(1, v1, DctGeneration.VERSIONED), two.report(2, v2, DctGeneration.VERSIONED));
        int current;
        String reason;
        if (!v1 && !v2) {
            current = 0;
            reason = "neither copy has a complete DCT header; firmware 0.7+ would erase DCT1 and start an empty DCT "
                    + "(losing the keys)";
        } else if (v1 != v2) {
            current = v1 ? 1 : 2;
            reason = "only DCT" + current + " is valid";
        } else if (one.code != two.code) {
            current = one.code > two.code ? 1 : 2;
            reason = "DCT" + current + " has the newer format (version struct) and the other is legacy";
        } else if (isInitialWrite(two.initialWrite)) {
            current = 2;
            reason = "DCT2 is an initial write (initial_write 1 with crc32 0, accepted unchecked)";
        } else if (isInitialWrite(one.initialWrite)) {
            current = 1;
            reason = "DCT1 is an initial write (initial_write 1 with crc32 0, accepted unchecked)";
        } else if (one.rankSequence != two.rankSequence) {
            current = one.rankSequence > two.rankSequence ? 1 : 2;
            reason = "DCT" + current + " has the higher sequence (" + Math.max(one.rankSequence, two.rankSequence)
                    + " against " + (Math.min(one.rankSequence, two.rankSequence) < 0 ? "a failed CRC"
                            : String.valueOf(Math.min(one.rankSequence, two.rankSequence))) + ")";
        } else if (one.rankSequence != -1) {
            current = 1;
            reason = "both copies have sequence " + one.rankSequence + "; the firmware then takes DCT1";
        } else {
            current = one.header.isCurrentDct() != 0 ? 1 : 2;
            reason = "both CRCs fail; the firmware then takes DCT1 if it is marked current, else DCT2";
        }
        return new Selection(DctGeneration.VERSIONED, reports, current, reason);
    }

    private static boolean isInitialWrite(int initialWrite) {
        return initialWrite != 0 && initialWrite != 255;
    }

    /** One copy as firmware ≥0.7 classifies it, plus the facts both rules report. */
    private record Candidate(SectorHeader header, VersionStruct version, int code, int initialWrite,
            int rankSequence, Boolean crcOk, boolean retired) {

        static Candidate of(byte[] image, int start) {
            SectorHeader header = SectorHeader.read(image, start);
            VersionStruct version = VersionStruct.read(image, start);
            if (!header.magicOk()) {
                return new Candidate(header, version, UNKNOWN, 0, 0, null, false);
            }
            if (!version.isPlausible()) {
                int code = header.passesMinimalCheck() ? LEGACY_SDK : UNKNOWN;
                return new Candidate(header, version, code, 0, 0, null, false);
            }
            int code = header.passesMinimalCheck() ? CURRENT_SDK : UNKNOWN;
            if (version.initialWrite() == 1 && version.crc32() == 0) {
                return new Candidate(header, version, code, 1, version.sequence(), null, false);
            }
            if (DctCrc.compute(image, start) == version.crc32()) {
                // the firmware hands back the local struct it zeroed initial_write in for the CRC (§0), so a
                // matching copy ranks with initial_write 0 whatever byte is stored
                return new Candidate(header, version, code, 0, version.sequence(), true, false);
            }
            boolean retired = header.isCurrentDct() == 0 && DctCrc.compute(image, start, 1) == version.crc32();
            return new Candidate(header, version, code, 255, -1, false, retired);
        }

        CopyReport report(int index, boolean valid, DctGeneration rule) {
            DctGeneration generation = !header.magicOk() ? null
                    : version.isPlausible() ? DctGeneration.VERSIONED : DctGeneration.LEGACY;
            Integer sequence = generation == DctGeneration.VERSIONED ? version.sequence() : null;
            int storedInitialWrite = generation == DctGeneration.VERSIONED ? version.initialWrite() : 0;
            return new CopyReport(index, valid, generation, sequence, crcOk, storedInitialWrite, retired, header,
                    version, note(valid, rule));
        }

        private String note(boolean valid, DctGeneration rule) {
            String failure = header.minimalCheckFailure();
            if (rule == DctGeneration.LEGACY && failure == null && header.isCurrentDct() != 1) {
                failure = "it is not marked current (is_current_dct = " + header.isCurrentDct() + ")";
            }
            if (!valid) {
                return failure != null ? failure : "not usable";
            }
            if (retired) {
                return "older copy, retired by a later write (its CRC covers is_current_dct, which was cleared)";
            }
            if (Boolean.FALSE.equals(crcOk)) {
                return "the CRC does not match the contents";
            }
            if (!version.isPlausible()) {
                return "legacy copy without version struct (written by firmware 0.6 or older); no CRC";
            }
            if (crcOk == null) {
                return "initial write; the firmware does not check its CRC";
            }
            return version.initialWrite() == 0 ? "CRC matches" : "CRC matches (the stored initial_write "
                    + version.initialWrite() + " does not count: with a matching CRC the firmware uses 0)";
        }
    }
}
