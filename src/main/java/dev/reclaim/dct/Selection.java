package dev.reclaim.dct;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of copy selection under one firmware generation's rule.
 *
 * @param rule    the firmware generation whose rule was applied
 * @param copies  one report per copy in the input (two for a two-sector image, one for a single sector, none
 *                for an application-DCT-only file)
 * @param current the selected copy index, 1 or 2, or 0 when no copy qualifies
 * @param reason  why that copy (or none) was selected, in plain words
 */
public record Selection(DctGeneration rule, List<CopyReport> copies, int current, String reason) {

    public Selection {
        copies = List.copyOf(copies);
    }

    public boolean hasCurrent() {
        return current != 0;
    }

    public Optional<CopyReport> currentReport() {
        return copies.stream().filter(c -> c.index() == current).findFirst();
    }

    public CopyReport copy(int index) {
        return copies.stream().filter(c -> c.index() == index).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no copy " + index + " in this image"));
    }
}
