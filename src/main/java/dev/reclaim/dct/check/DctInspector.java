package dev.reclaim.dct.check;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.DctFormat;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.finding.Finding;
import java.util.List;
import java.util.Optional;

/** Selects, decodes and checks a DCT in one call: what {@code dct show} and {@code dct check} print. */
public final class DctInspector {
    private DctInspector() {
    }

    /** Inspects the copy firmware ≥0.7 would use (or the application DCT of an app-DCT-only file). */
    public static DctReport inspect(DctImage image) {
        Selection selection = image.select(DctGeneration.VERSIONED);
        int copy = image.format() == DctFormat.APP_DCT ? 0 : selection.current();
        return inspect(image, selection, copy, image.currentAppDct(DctGeneration.VERSIONED));
    }

    /** Inspects copy 1 or 2 whatever the firmware would select (to look into a copy that is not in use). */
    public static DctReport inspectCopy(DctImage image, int copyIndex) {
        return inspect(image, image.select(DctGeneration.VERSIONED), copyIndex,
                Optional.of(image.appDctOfCopy(copyIndex)));
    }

    private static DctReport inspect(DctImage image, Selection selection, int copy, Optional<AppDct> app) {
        Selection legacy = image.select(DctGeneration.LEGACY);
        List<DecodedField> fields = app.map(AppDct::decodeAll).orElse(List.of());
        List<Finding> checks = DctChecks.run(image, selection, legacy, copy, app, fields);
        return new DctReport(image, selection, legacy, copy, app, fields, checks);
    }
}
