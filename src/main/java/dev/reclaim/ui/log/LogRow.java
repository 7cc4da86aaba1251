package dev.reclaim.ui.log;

/**
 * One line of the log view: its number since the view was cleared, its level and category for colour and filtering,
 * and the line as received, which is what is shown, searched, copied and exported.
 */
public record LogRow(long number, LogLevel level, String category, String text) {
    public LogRow {
        level = level == null ? LogLevel.NONE : level;
        category = category == null ? "" : category;
        text = text == null ? "" : text;
    }
}
