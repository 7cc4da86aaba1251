package dev.reclaim.log;

/** Generated logs of a device retrying the cloud, for tests of long logs. */
public final class RetryLogs {
    private RetryLogs() {
    }

    /** {@code failures} attempts that fail the handshake with code 25, then one that connects. */
    public static String failuresThenASuccess(int failures) {
        StringBuilder log = new StringBuilder();
        long millis = 1000;
        for (int i = 0; i < failures; i++) {
            log.append(String.format("%010d [system] INFO: Cloud: connecting%n", millis++));
            log.append(String.format("%010d [system] WARN: Cloud handshake failed, code=25%n", millis++));
        }
        log.append(String.format("%010d [system] INFO: Cloud: connecting%n", millis++));
        log.append(String.format("%010d [system] INFO: Cloud connected%n", millis));
        return log.toString();
    }
}
