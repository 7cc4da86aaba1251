package dev.reclaim.ui.log;

import dev.reclaim.log.Level;

/**
 * One line of the log view: its line number in the source (what diagnoses and attempts point at), its level and
 * category for colour and filtering, and the text as received, which is what is shown, searched, copied and
 * exported.
 */
public record LogRow(long number, Level level, String category, String text) {
    public LogRow {
        level = level == null ? Level.NONE : level;
        category = category == null ? "" : category;
        text = text == null ? "" : text;
    }
}
