package dev.reclaim.workflow.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a journal report starts, as the CLI's {@code --since} and the GUI's choices say it: a date (local
 * midnight), a time (local, or with an offset), or how long ago (8h, 7d); none is today's shift, from local midnight.
 */
public final class ReportSince {
    private ReportSince() {
    }

    /** @throws IllegalArgumentException naming the text and the accepted forms */
    public static Instant parse(Optional<String> text, Clock clock) {
        ZoneId zone = clock.getZone();
        if (text.isEmpty()) {
            return LocalDate.now(clock).atStartOfDay(zone).toInstant();
        }
        String t = text.get().trim();
        try {
            if (t.matches("\\d+[hd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return clock.instant().minus(t.endsWith("h") ? Duration.ofHours(n) : Duration.ofDays(n));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(text.get() + " is not a time: give a date (2026-11-30), a time"
                    + " (2026-11-30T06:00, local) or how long ago (8h, 7d).");
        }
    }
}
