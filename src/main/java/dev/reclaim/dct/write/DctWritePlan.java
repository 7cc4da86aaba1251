package dev.reclaim.dct.write;

import static dev.reclaim.dct.layout.DctSector.IMAGE_SIZE;

import java.util.List;

/**
 * The ordered flash steps that write a new DCT copy the way firmware ≥0.7 does ({@code wiced_dct_write}):
 * <ol>
 * <li>erase the other sector;</li>
 * <li>program the current copy's body (everything after the header and before the version struct) with the
 *     edits spliced in;</li>
 * <li>program the header with write_incomplete = 1;</li>
 * <li>program the version struct at +0x3FF0 (sequence + 1, CRC);</li>
 * <li>program 0 into the new header's write_incomplete (from here on the new copy is current);</li>
 * <li>program 0 into the old copy's is_current_dct (+9) and initial_write (+0x3FFC).</li>
 * </ol>
 * A power cut after any step, or part-way through any programming, leaves a DCT that selects as the complete old
 * copy or the complete new one. With no valid copy to start from, the new copy goes into DCT1 built on an empty
 * DCT, and the old-copy steps are left out. When the device already holds the new application DCT in the copy
 * firmware ≥0.7 uses but firmware ≤0.6 still boots the other (a write cut before step 6), the plan is step 6 only.
 * An empty plan means both firmware rules already select a copy holding the new application DCT.
 */
public final class DctWritePlan {
    private final List<FlashStep> steps;
    private final int sourceCopy;
    private final int targetCopy;
    private final int newSequence;
    private final boolean finishing;
    private final byte[] after;

    DctWritePlan(byte[] before, List<FlashStep> steps, int sourceCopy, int targetCopy, int newSequence,
                 boolean finishing) {
        this.finishing = finishing;
        this.steps = List.copyOf(steps);
        this.sourceCopy = sourceCopy;
        this.targetCopy = targetCopy;
        this.newSequence = newSequence;
        this.after = apply(before);
    }

    public List<FlashStep> steps() {
        return steps;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * True when the device already holds the new application DCT in a complete copy that firmware ≥0.7 uses, but an
     * earlier write was cut before the old copy was retired (firmware ≤0.6 still boots it): the plan only retires it.
     */
    public boolean finishesInterruptedWrite() {
        return finishing;
    }

    /** The copy the new one is made from (1 or 2), 0 when there was no valid copy. */
    int sourceCopy() {
        return sourceCopy;
    }

    /** The copy that is written (1 or 2); 0 for an empty plan. */
    public int targetCopy() {
        return targetCopy;
    }

    /** The sequence number of the new copy; 0 for an empty plan. */
    public int newSequence() {
        return newSequence;
    }

    /** The image after all steps. */
    public byte[] expectedImage() {
        return after.clone();
    }

    /**
     * Applies every step to a copy of {@code image} (32 KiB) and returns it. Throws IllegalStateException if a
     * program step would need to set a bit, i.e. {@code image} is not the one the plan was made for.
     */
    public byte[] apply(byte[] image) {
        if (image.length != IMAGE_SIZE) {
            throw new IllegalArgumentException("a write plan applies to a " + IMAGE_SIZE + "-byte two-sector image");
        }
        byte[] out = image.clone();
        for (FlashStep step : steps) {
            step.applyTo(out);
        }
        return out;
    }

    /** One line per step: address, length, what it does. */
    public String describe() {
        if (steps.isEmpty()) {
            return "nothing to write: the edits change nothing";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            FlashStep s = steps.get(i);
            sb.append(String.format("%d. %-7s 0x%08X %5d byte%s  %s%n", i + 1,
                    s instanceof FlashStep.Erase ? "erase" : "program", s.address(), s.length(), s.length() == 1 ? " " : "s",
                    s.description()));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "DctWritePlan[" + (isEmpty() ? "empty" : finishing ? "finish DCT" + targetCopy : "DCT" + sourceCopy + " -> DCT" + targetCopy + ", sequence "
                + newSequence + ", " + steps.size() + " steps") + "]";
    }
}
