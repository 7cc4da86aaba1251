package dev.reclaim.dct.write;

import static dev.reclaim.dct.layout.DctSector.APP_DCT_OFFSET;
import static dev.reclaim.dct.layout.DctSector.APP_DCT_SIZE;
import static dev.reclaim.dct.layout.DctSector.HEADER_APP_VALID;
import static dev.reclaim.dct.layout.DctSector.HEADER_IS_CURRENT_DCT;
import static dev.reclaim.dct.layout.DctSector.HEADER_MAGIC;
import static dev.reclaim.dct.layout.DctSector.HEADER_MAGIC_VALUE;
import static dev.reclaim.dct.layout.DctSector.HEADER_SIZE;
import static dev.reclaim.dct.layout.DctSector.HEADER_WRITE_INCOMPLETE;
import static dev.reclaim.dct.layout.DctSector.IMAGE_SIZE;
import static dev.reclaim.dct.layout.DctSector.SIZE;
import static dev.reclaim.dct.layout.DctSector.VERSION_CURRENT;
import static dev.reclaim.dct.layout.DctSector.VERSION_INITIAL_WRITE;
import static dev.reclaim.dct.layout.DctSector.VERSION_MAGIC_VALUE;
import static dev.reclaim.dct.layout.DctSector.VERSION_OFFSET;
import static dev.reclaim.dct.layout.DctSector.VERSION_SEQUENCE;
import static dev.reclaim.dct.layout.DctSector.VERSION_SIZE;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.CopySelector;
import dev.reclaim.dct.DctCrc;
import dev.reclaim.dct.DctFormat;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.VersionStruct;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.layout.Bytes;
import dev.reclaim.dct.layout.DctSector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes edits into DCT images as pure functions: a {@link DctWritePlan} for two sectors (the steps firmware ≥0.7
 * takes), the next copy for a single sector, the edited bytes for an application-DCT-only dump.
 */
public final class DctWriter {
    private DctWriter() {
    }

    /** An edited image and, for two-sector images, the plan that produces it from the original. */
    public record Edited(DctImage image, Optional<DctWritePlan> plan) {
    }

    /** Applies {@code edits} to an image of any format and returns the result in the same format. */
    public static Edited edit(DctImage image, List<DctEdit> edits) throws InvalidValueException {
        if (image.format() == DctFormat.APP_DCT) {
            return new Edited(image.withBytes(applyEdits(image.bytes(), edits)), Optional.empty());
        }
        if (image.format() == DctFormat.SINGLE_SECTOR) {
            Selection s = image.select(DctGeneration.VERSIONED);
            if (!s.hasCurrent()) {
                throw new InvalidValueException("the sector holds no valid DCT copy to edit ("
                        + s.copies().get(0).note() + ")");
            }
            byte[] sector = image.bytes();
            byte[] app = appDct(sector, 0);
            byte[] newApp = applyEdits(app, edits);
            return new Edited(Arrays.equals(app, newApp) ? image : image.withBytes(nextCopy(sector, 0, newApp)),
                    Optional.empty());
        }
        DctWritePlan plan = plan(image.bytes(), edits);
        return new Edited(image.withBytes(plan.expectedImage()), Optional.of(plan));
    }

    /** The plan that writes {@code edits} into the two-sector {@code image}. */
    public static DctWritePlan plan(byte[] image, List<DctEdit> edits) throws InvalidValueException {
        Selection s = CopySelector.select(image, DctGeneration.VERSIONED);
        byte[] app = s.hasCurrent() ? appDct(image, DctSector.imageOffset(s.current())) : Bytes.filled(APP_DCT_SIZE, 0xFF);
        return plan(image, new AppDct(applyEdits(app, edits)));
    }

    /** The plan that makes {@code newApp} (complete, 8391 bytes) the current application DCT of {@code image}. */
    public static DctWritePlan plan(byte[] image, AppDct newApp) {
        if (image.length != IMAGE_SIZE || !newApp.isComplete()) {
            throw new IllegalArgumentException("a plan needs a two-sector image and a complete application DCT");
        }
        Selection s = CopySelector.select(image, DctGeneration.VERSIONED);
        int source = s.current();
        byte[] app = newApp.bytes();
        if (source == 0 && Bytes.isErased(app, 0, app.length)) {
            return new DctWritePlan(image, List.of(), source, 0, 0, false);
        }
        if (source != 0 && Arrays.equals(appDct(image, DctSector.imageOffset(source)), app)) {
            // Done only when firmware <=0.6 agrees; otherwise an earlier write was cut before it retired the old
            // copy, and retiring it now finishes that write.
            if (CopySelector.select(image, DctGeneration.LEGACY).current() == source) {
                return new DctWritePlan(image, List.of(), source, 0, 0, false);
            }
            Optional<DctWritePlan> finish = finishing(image, source);
            if (finish.isPresent()) {
                return finish.get();
            }
        }
        int target = source == 0 ? 1 : DctSector.otherCopy(source);
        byte[] next = nextCopy(image, source == 0 ? -1 : DctSector.imageOffset(source), app);
        DctWritePlan plan = new DctWritePlan(image, steps(next, source, target), source, target,
                next[VERSION_OFFSET + VERSION_SEQUENCE] & 0xFF, false);
        verify(plan, app);
        return plan;
    }

    /**
     * A two-sector image holding {@code app} as a device whose firmware generation wrote it: VERSIONED — the one copy
     * firmware ≥0.7 writes into an empty DCT (DCT1, sequence 1, CRC); LEGACY — a firmware ≤0.6 copy in DCT1 (header
     * only, no version struct). DCT2 is erased in both: ≤0.6 erases the old copy after each write. For simulated
     * devices and tests.
     */
    public static byte[] newImage(AppDct app, DctGeneration writtenBy) {
        if (!app.isComplete()) {
            throw new IllegalArgumentException("a device image needs a complete application DCT");
        }
        byte[] image = Bytes.filled(IMAGE_SIZE, 0xFF);
        if (writtenBy == DctGeneration.VERSIONED) {
            System.arraycopy(nextCopy(image, -1, app.bytes()), 0, image, 0, SIZE);
        } else {
            byte[] copy = emptyCopy();
            System.arraycopy(app.bytes(), 0, copy, APP_DCT_OFFSET, APP_DCT_SIZE);
            System.arraycopy(copy, 0, image, 0, SIZE);
        }
        return image;
    }

    /** {@code appDct} with the edits applied; an edit past the end of a short dump is refused. */
    public static byte[] applyEdits(byte[] appDct, List<DctEdit> edits) throws InvalidValueException {
        byte[] out = appDct.clone();
        for (DctEdit e : edits) {
            if (e.end() > out.length) {
                throw new InvalidValueException(e.field() + " lies at application-DCT bytes " + e.offset() + "–"
                        + (e.end() - 1) + ", past the end of this " + out.length + "-byte dump");
            }
            System.arraycopy(e.bytes(), 0, out, e.offset(), e.bytes().length);
        }
        return out;
    }

    private static byte[] appDct(byte[] image, int sectorStart) {
        int from = sectorStart + APP_DCT_OFFSET;
        return Arrays.copyOfRange(image, from, from + APP_DCT_SIZE);
    }

    /**
     * The finished new copy ({@code wiced_dct_finish_new_dct}): the source copy (or an empty DCT when
     * {@code sourceStart} is −1) with the new application DCT, header write_incomplete 0, is_current_dct 1,
     * app_valid 1, and a version struct with magic, version 0x370, usage flags 0, sequence + 1, initial_write 0
     * and the CRC.
     */
    private static byte[] nextCopy(byte[] image, int sourceStart, byte[] newApp) {
        byte[] sector = sourceStart >= 0 ? Arrays.copyOfRange(image, sourceStart, sourceStart + SIZE) : emptyCopy();
        System.arraycopy(newApp, 0, sector, APP_DCT_OFFSET, APP_DCT_SIZE);
        sector[HEADER_WRITE_INCOMPLETE] = 0;
        sector[HEADER_IS_CURRENT_DCT] = 1;
        sector[HEADER_APP_VALID] = 1;
        VersionStruct old = VersionStruct.read(sector, 0);
        // start_new_from_current copies the version struct only if its magic is right, else starts from zeros
        VersionStruct base = old.magic() == VERSION_MAGIC_VALUE ? old : new VersionStruct(0, 0, 0, 0, 0, 0, 0, 0);
        VersionStruct next = new VersionStruct(VERSION_MAGIC_VALUE, 0, VERSION_CURRENT, 0, 0,
                (base.sequence() + 1) & 0xFF, base.pad0(), base.pad1());
        System.arraycopy(next.toBytes(), 0, sector, VERSION_OFFSET, VERSION_SIZE);
        long crc = DctCrc.compute(sector, 0);
        System.arraycopy(new VersionStruct(next.magic(), next.usageFlags(), next.version(), crc, 0, next.sequence(),
                next.pad0(), next.pad1()).toBytes(), 0, sector, VERSION_OFFSET, VERSION_SIZE);
        return sector;
    }

    /**
     * An empty copy like the factory's dct_prep.bin: header sizes 0, is_current_dct 1, app_valid 1, magic "BRCM",
     * zeros to the end of the header; every other byte erased. (The firmware's own default header also fills
     * apps_locations; Particle's bootloader does not use them.)
     */
    private static byte[] emptyCopy() {
        byte[] sector = Bytes.filled(SIZE, 0xFF);
        Arrays.fill(sector, 0, HEADER_SIZE, (byte) 0);
        sector[HEADER_IS_CURRENT_DCT] = 1;
        sector[HEADER_APP_VALID] = 1;
        Bytes.putU32(sector, HEADER_MAGIC, HEADER_MAGIC_VALUE);
        return sector;
    }

    private static List<FlashStep> steps(byte[] next, int source, int target) {
        int t = DctSector.imageOffset(target);
        String dct = "DCT" + target;
        List<FlashStep> steps = new ArrayList<>();
        steps.add(new FlashStep.Erase(target, String.format("erase %s (flash sector %d, 0x%08X, 16 KiB)", dct, target,
                DctSector.address(target))));
        steps.add(new FlashStep.Program(t + HEADER_SIZE, Arrays.copyOfRange(next, HEADER_SIZE, VERSION_OFFSET),
                (source == 0 ? "write an empty DCT" : "copy DCT" + source) + " into " + dct + " with the edits "
                        + "(everything between the header and the version struct)"));
        byte[] header = Arrays.copyOf(next, HEADER_SIZE);
        header[HEADER_WRITE_INCOMPLETE] = 1;
        steps.add(new FlashStep.Program(t, header, "write " + dct + "'s header, still marked write-incomplete"));
        VersionStruct v = VersionStruct.read(next, 0);
        steps.add(new FlashStep.Program(t + VERSION_OFFSET, Arrays.copyOfRange(next, VERSION_OFFSET, SIZE),
                String.format("write %s's version struct: sequence %d, CRC 0x%08x", dct, v.sequence(), v.crc32())));
        steps.add(new FlashStep.Program(t + HEADER_WRITE_INCOMPLETE, new byte[] {0},
                "mark " + dct + " complete (write_incomplete = 0): from here on it is the current copy"));
        if (source != 0) {
            int s = DctSector.imageOffset(source);
            steps.add(new FlashStep.Program(s + HEADER_IS_CURRENT_DCT, new byte[] {0},
                    "retire DCT" + source + ": is_current_dct = 0"));
            steps.add(new FlashStep.Program(s + VERSION_OFFSET + VERSION_INITIAL_WRITE, new byte[] {0},
                    "retire DCT" + source + ": initial_write = 0"));
        }
        return steps;
    }

    /**
     * The steps an interrupted write left undone: retire the copy other than {@code current}, if that makes both
     * firmware rules select {@code current}; empty when it does not (then only a full write settles it).
     */
    private static Optional<DctWritePlan> finishing(byte[] image, int current) {
        int other = DctSector.otherCopy(current);
        List<FlashStep> steps = retireSteps(image, other);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        int sequence = image[DctSector.imageOffset(current) + VERSION_OFFSET + VERSION_SEQUENCE] & 0xFF;
        DctWritePlan plan = new DctWritePlan(image, steps, current, current, sequence, true);
        byte[] after = plan.expectedImage();
        for (DctGeneration g : DctGeneration.values()) {
            if (CopySelector.select(after, g).current() != current) {
                return Optional.empty();
            }
        }
        return Optional.of(plan);
    }

    /** Clearing is_current_dct (+9) and initial_write (+0x3FFC) of {@code copy}, leaving out bytes already 0. */
    private static List<FlashStep> retireSteps(byte[] image, int copy) {
        int s = DctSector.imageOffset(copy);
        List<FlashStep> steps = new ArrayList<>();
        if (image[s + HEADER_IS_CURRENT_DCT] != 0) {
            steps.add(new FlashStep.Program(s + HEADER_IS_CURRENT_DCT, new byte[] {0},
                    "retire DCT" + copy + ": is_current_dct = 0"));
        }
        if (image[s + VERSION_OFFSET + VERSION_INITIAL_WRITE] != 0) {
            steps.add(new FlashStep.Program(s + VERSION_OFFSET + VERSION_INITIAL_WRITE, new byte[] {0},
                    "retire DCT" + copy + ": initial_write = 0"));
        }
        return steps;
    }

    /** The plan must make its target current under both firmware rules with exactly the new application DCT. */
    private static void verify(DctWritePlan plan, byte[] newApp) {
        byte[] after = plan.expectedImage();
        for (DctGeneration g : DctGeneration.values()) {
            Selection s = CopySelector.select(after, g);
            if (s.current() != plan.targetCopy()) {
                throw new IllegalStateException("internal error: after the write firmware " + g.firmware()
                        + " would select copy " + s.current() + ", not " + plan.targetCopy() + " (" + s.reason() + ")");
            }
        }
        if (!Arrays.equals(appDct(after, DctSector.imageOffset(plan.targetCopy())), newApp)) {
            throw new IllegalStateException("internal error: the written copy does not hold the new application DCT");
        }
    }
}
