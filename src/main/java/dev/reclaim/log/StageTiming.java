package dev.reclaim.log;

/**
 * One stage of an attempt as the log shows it.
 *
 * @param line        the line that started (or, for stages logged when done, finished) the stage
 * @param startMillis when it began (device or host time), -1 when unknown
 * @param endMillis   when it ended, -1 while open or unknown
 */
public record StageTiming(Stage stage, long line, long startMillis, long endMillis, Status status) {

    public enum Status {
        OK, FAILED, OPEN;

        /** Made once: the JSON report asks for it on each of some 100,000 stages. */
        private final String id = name().toLowerCase(java.util.Locale.ROOT);

        public String id() {
            return id;
        }
    }

    /** Duration in milliseconds, or -1 when start or end is unknown. */
    public long millis() {
        return startMillis >= 0 && endMillis >= startMillis ? endMillis - startMillis : -1;
    }

    StageTiming end(long at, Status newStatus) {
        return new StageTiming(stage, line, startMillis, at, newStatus);
    }
}
