package dev.reclaim.dct.write;

import dev.reclaim.dct.layout.DctSector;
import java.util.Arrays;

/**
 * One flash operation of a {@link DctWritePlan}, addressed in the two-sector image (offset 0 = 0x08004000).
 * A device executes {@link #address()}; a file is changed with {@link #applyTo(byte[])}, which enforces flash
 * semantics: erase sets a whole sector to 0xFF, programming can only clear bits (new = old AND data).
 */
public sealed interface FlashStep permits FlashStep.Erase, FlashStep.Program {

    /** What the step does, in words. */
    String description();

    /** Offset of the first byte in the two-sector image. */
    int imageOffset();

    /** Number of bytes the step changes. */
    int length();

    /** Flash address of the first byte. */
    default long address() {
        return DctSector.DCT1_ADDRESS + imageOffset();
    }

    /** Carries the whole step out on {@code image} (32 KiB), in place. */
    void applyTo(byte[] image);

    /** Erase of DCT copy {@code sector} (1 or 2), which is flash sector 1 or 2. */
    record Erase(int sector, String description) implements FlashStep {
        public Erase {
            DctSector.imageOffset(sector); // validates 1 or 2
        }

        @Override
        public int imageOffset() {
            return DctSector.imageOffset(sector);
        }

        @Override
        public int length() {
            return DctSector.SIZE;
        }

        @Override
        public void applyTo(byte[] image) {
            Arrays.fill(image, imageOffset(), imageOffset() + DctSector.SIZE, (byte) 0xFF);
        }
    }

    /** Programming of {@code bytes} at image offset {@code imageOffset}. */
    record Program(int imageOffset, byte[] bytes, String description) implements FlashStep {
        public Program {
            bytes = bytes.clone();
            if (imageOffset < 0 || imageOffset + bytes.length > DctSector.IMAGE_SIZE || bytes.length == 0) {
                throw new IllegalArgumentException("program step outside the DCT sectors");
            }
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public void applyTo(byte[] image) {
            applyTo(image, bytes.length);
        }

        /**
         * Programs the first {@code count} bytes only (a power cut part-way). Throws IllegalStateException, changing
         * nothing, if any byte would need a bit set from 0 to 1: flash cannot do that without an erase.
         */
        public void applyTo(byte[] image, int count) {
            for (int i = 0; i < count; i++) {
                int old = image[imageOffset + i] & 0xFF;
                int data = bytes[i] & 0xFF;
                if ((old & data) != data) {
                    throw new IllegalStateException(String.format("program step \"%s\" would have to set bits at "
                            + "0x%08X (flash holds 0x%02X, step writes 0x%02X): the target is not erased",
                            description, DctSector.DCT1_ADDRESS + imageOffset + i, old, data));
                }
            }
            System.arraycopy(bytes, 0, image, imageOffset, count);
        }

        @Override
        public String toString() {
            return String.format("Program[0x%08X +%d: %s]", address(), bytes.length, description);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Program p && p.imageOffset == imageOffset && Arrays.equals(p.bytes, bytes)
                    && p.description.equals(description);
        }

        @Override
        public int hashCode() {
            return imageOffset * 31 + Arrays.hashCode(bytes);
        }
    }
}
