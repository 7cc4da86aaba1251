package dev.reclaim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.finding.Finding;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.LogAnalysis;
import dev.reclaim.log.LogRecord;
import dev.reclaim.log.StageTiming;

/** The JSON shapes of the log commands (the CLI contract of issue 3), built with Jackson. */
final class LogJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private LogJson() {
    }

    /**
     * {"lines", "records", "attempts": [...] (the last ones kept), "diagnoses": [...], "outcomes": {"failed": n, ...}
     * (over all attempts)}, + "attemptsOmitted": n and "omittedRange": [first, last] after "attempts" only when
     * some were left out.
     */
    static ObjectNode analysis(LogAnalysis a) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("lines", a.lines());
        doc.put("records", a.records());
        ArrayNode attempts = doc.putArray("attempts");
        a.attempts().forEach(x -> attempts.add(attempt(x)));
        if (a.attemptsOmitted() > 0) {
            doc.put("attemptsOmitted", a.attemptsOmitted());
            doc.putArray("omittedRange").add(a.firstOmitted()).add(a.lastOmitted());
        }
        ArrayNode diagnoses = doc.putArray("diagnoses");
        a.diagnoses().forEach(d -> diagnoses.add(diagnosis(d)));
        ObjectNode outcomes = doc.putObject("outcomes");
        a.outcomes().forEach((outcome, n) -> outcomes.put(outcome.id(), n));
        return doc;
    }

    static ObjectNode attempt(Attempt a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("line", a.line());
        n.put("outcome", a.outcome().id());
        if (a.failedStage() == null) {
            n.putNull("failedStage");
        } else {
            n.put("failedStage", a.failedStage().id());
        }
        if (a.code() == null) {
            n.putNull("code");
        } else {
            n.put("code", a.code());
        }
        ArrayNode stages = n.putArray("stages");
        for (StageTiming s : a.stages()) {
            ObjectNode st = stages.addObject();
            st.put("stage", s.stage().id());
            st.put("line", s.line());
            if (s.millis() < 0) {
                st.putNull("ms");
            } else {
                st.put("ms", s.millis());
            }
            st.put("status", s.status().id());
        }
        return n;
    }

    static ObjectNode diagnosis(Finding d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("severity", d.severity().id());
        ArrayNode lines = n.putArray("lines");
        d.lines().forEach(lines::add);
        n.put("cause", d.cause());
        n.put("fix", d.fix());
        return n;
    }

    static ObjectNode record(LogRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("line", r.line());
        n.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (r.deviceMillis() >= 0) {
            n.put("deviceMillis", r.deviceMillis());
        }
        if (r.hostTime() != null) {
            n.put("hostTime", r.hostTime());
        }
        if (r.category() != null) {
            n.put("category", r.category());
        }
        n.put("level", r.level().name());
        n.put("message", r.message());
        if (r.code() != null) {
            n.put("code", r.code());
        }
        return n;
    }
}
