package dev.reclaim.ui.log;

import dev.reclaim.log.Level;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which lines the log view shows: a set of levels, a category prefix ("comm" matches "comm.protocol.handshake"),
 * and a case-insensitive regular expression over the line. A search that is not a valid regex is matched as plain
 * text, and {@link #searchError()} says why, so typing "key -19 (" still finds lines.
 */
public record LogFilter(Set<Level> levels, String category, Pattern search, String searchError)
        implements Predicate<LogRow> {

    public static final LogFilter ALL = of(EnumSet.allOf(Level.class), "", "");

    public static LogFilter of(Set<Level> levels, String category, String search) {
        String s = search == null ? "" : search.strip();
        Pattern p = null;
        String error = "";
        if (!s.isEmpty()) {
            try {
                p = Pattern.compile(s, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                p = Pattern.compile(Pattern.quote(s), Pattern.CASE_INSENSITIVE);
                error = "Not a valid regular expression (" + e.getDescription() + "); matching it as plain text.";
            }
        }
        Set<Level> lv = levels.isEmpty() ? EnumSet.noneOf(Level.class) : EnumSet.copyOf(levels);
        return new LogFilter(lv, category == null ? "" : category.strip(), p, error);
    }

    @Override
    public boolean test(LogRow row) {
        return levels.contains(row.level())
                && (category.isEmpty() || row.category().startsWith(category))
                && (search == null || search.matcher(row.text()).find());
    }
}
