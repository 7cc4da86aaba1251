package dev.reclaim.dct.check;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.finding.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Everything Reclaim can say about a DCT: its format, the copies and which one each firmware generation uses,
 * the decoded fields of the application DCT in use, and the findings.
 *
 * @param image           the input
 * @param selection       selection under firmware ≥0.7 (the default rule)
 * @param legacySelection selection under firmware ≤0.6
 * @param decodedCopy     the copy whose fields were decoded (1 or 2), 0 for an app-DCT-only file or when no
 *                        copy is valid
 * @param appDct          the application DCT decoded, empty when no copy is valid
 * @param fields          decoded fields in layout order (empty when no copy is valid)
 * @param checks          findings, most severe first
 */
public record DctReport(DctImage image, Selection selection, Selection legacySelection, int decodedCopy,
        Optional<AppDct> appDct, List<DecodedField> fields, List<Finding> checks) {

    public DctReport {
        fields = List.copyOf(fields);
        checks = List.copyOf(checks);
    }

    /** True if any finding is an error or a warning. */
    public boolean hasProblems() {
        return checks.stream().anyMatch(Finding::isProblem);
    }

    /** True when a ≤0.6 firmware would use another copy than a ≥0.7 one. */
    public boolean firmwareGenerationsDisagree() {
        return selection.current() != legacySelection.current();
    }

    public Optional<DecodedField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean has(CheckId id) {
        return checks.stream().anyMatch(id::matches);
    }
}
