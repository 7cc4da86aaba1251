package dev.reclaim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.finding.Finding;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.LogListener;
import dev.reclaim.log.LogRecord;
import dev.reclaim.log.SerialLogSource;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code reclaim log follow} prints as the log arrives. Text: each line as it came, a summary when an attempt
 * ends, each new diagnosis, and port losses on stderr. JSON: one array, one object per event, closed by
 * {@link #finish()}, so the whole output stays a single JSON document.
 */
abstract class FollowOutput implements LogListener, SerialLogSource.PortListener {
    private final Map<String, Integer> diagnosisAttempts = new HashMap<>();
    private int lastEndedAttempt;

    @Override
    public final void onAttempt(Attempt attempt) {
        if (attempt.ended() && attempt.number() > lastEndedAttempt) {
            lastEndedAttempt = attempt.number();
            attemptEnded(attempt);
        }
    }

    @Override
    public final void onDiagnosis(Finding d) {
        // A diagnosis is shown when it is new and again when another attempt shows it, not on every extra line.
        Integer before = diagnosisAttempts.put(d.id(), d.attempts());
        if (before == null || before != d.attempts()) {
            diagnosis(d);
        }
    }

    abstract void attemptEnded(Attempt attempt);

    abstract void diagnosis(Finding d);

    /** The follow is over (stopped or interrupted). */
    abstract void finish();

    static final class Text extends FollowOutput {
        private final PrintWriter out;
        private final PrintWriter err;

        Text(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void opened(String port) {
            err.println("reclaim: following " + port + " (Ctrl-C to stop)");
            err.flush();
        }

        @Override
        public void onRecord(LogRecord record) {
            out.println(record.text());
            out.flush();
        }

        @Override
        void attemptEnded(Attempt attempt) {
            out.println("-- " + LogText.summary(attempt));
            out.flush();
        }

        @Override
        void diagnosis(Finding d) {
            LogText.diagnosis(d, out);
            out.flush();
        }

        @Override
        public void lost(String port, String reason) {
            err.println("reclaim: " + port + " went away (" + reason + "); waiting for it to come back...");
            err.flush();
        }

        @Override
        public void reopened(String port) {
            err.println("reclaim: " + port + " is back; reconnected, following again");
            err.flush();
        }

        @Override
        void finish() {
            out.flush();
        }
    }

    static final class Json extends FollowOutput {
        private final PrintWriter out;
        private boolean first = true;

        Json(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void onRecord(LogRecord record) {
            emit("record", LogJson.record(record));
        }

        @Override
        public void onRepeat(LogRecord record, int times) {
            ObjectNode n = LogJson.mapper().createObjectNode();
            n.put("line", record.line());
            n.put("times", times);
            emit("repeat", n);
        }

        @Override
        void attemptEnded(Attempt attempt) {
            emit("attempt", LogJson.attempt(attempt));
        }

        @Override
        void diagnosis(Finding d) {
            emit("diagnosis", LogJson.diagnosis(d));
        }

        @Override
        public void opened(String port) {
            emit("port", port(port, "open", null));
        }

        @Override
        public void lost(String port, String reason) {
            emit("port", port(port, "lost", reason));
        }

        @Override
        public void reopened(String port) {
            emit("port", port(port, "reconnected", null));
        }

        private static ObjectNode port(String port, String state, String reason) {
            ObjectNode n = LogJson.mapper().createObjectNode();
            n.put("port", port);
            n.put("state", state);
            if (reason != null) {
                n.put("reason", reason);
            }
            return n;
        }

        private void emit(String event, ObjectNode body) {
            ObjectNode n = LogJson.mapper().createObjectNode();
            n.put("event", event);
            n.setAll(body);
            try {
                out.print(first ? "[\n" : ",\n");
                out.print(LogJson.mapper().writeValueAsString(n));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            first = false;
            out.flush();
        }

        @Override
        void finish() {
            out.println(first ? "[]" : "\n]");
            out.flush();
        }
    }
}
