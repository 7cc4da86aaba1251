package dev.reclaim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.reclaim.finding.Finding;
import dev.reclaim.log.Attempt;
import dev.reclaim.log.LogAnalysis;
import dev.reclaim.log.LogRecord;
import dev.reclaim.log.Outcome;
import dev.reclaim.log.StageTiming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/** The JSON shapes of the log commands (the CLI contract of issue 3), built with Jackson. */
final class LogJson {
    /** The streaming writers need only Jackson's core: the report of {@code log analyze} is written without databind. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * The trees of {@code log follow}'s events need databind's ObjectMapper, whose first use costs about as much as
     * loading the log engine's tables (date formats, locales): made only when a tree is asked for.
     */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private LogJson() {
    }

    /** The mapper for trees (log follow's events). */
    static ObjectMapper mapper() {
        return Trees.MAPPER;
    }

    /** A generator that writes pretty-printed JSON to {@code out} and leaves it open. */
    static JsonGenerator prettyGenerator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        return g;
    }

    /**
     * Writes the fields of a log's analysis into the object {@code g} has open: "lines", "records", "attempts": [...]
     * (the last ones kept), "diagnoses": [...], "outcomes": {"failed": n, ...} (over all attempts), + "attemptsOmitted":
     * n and "omittedRange": [first, last] after "attempts" only when some were left out. Streamed, not built as a
     * tree: a 100 MB log's report holds 10,000 attempts.
     */
    static void analysisFields(JsonGenerator g, LogAnalysis a) throws IOException {
        g.writeNumberField("lines", a.lines());
        g.writeNumberField("records", a.records());
        g.writeArrayFieldStart("attempts");
        for (Attempt x : a.attempts()) {
            attempt(g, x);
        }
        g.writeEndArray();
        if (a.attemptsOmitted() > 0) {
            g.writeNumberField("attemptsOmitted", a.attemptsOmitted());
            g.writeArrayFieldStart("omittedRange");
            g.writeNumber(a.firstOmitted());
            g.writeNumber(a.lastOmitted());
            g.writeEndArray();
        }
        g.writeArrayFieldStart("diagnoses");
        for (Finding d : a.diagnoses()) {
            diagnosis(g, d);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("outcomes");
        for (Map.Entry<Outcome, Integer> e : a.outcomes().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeEndObject();
    }

    /** {"line", "outcome", "failedStage", "code", "stages": [{"stage", "line", "ms", "status"}, ...]}. */
    static ObjectNode attempt(Attempt a) {
        return tree(g -> attempt(g, a));
    }

    static void attempt(JsonGenerator g, Attempt a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", a.line());
        g.writeStringField("outcome", a.outcome().id());
        g.writeStringField("failedStage", a.failedStage() == null ? null : a.failedStage().id());
        g.writeFieldName("code");
        if (a.code() == null) {
            g.writeNull();
        } else {
            g.writeNumber(a.code());
        }
        g.writeArrayFieldStart("stages");
        for (StageTiming s : a.stages()) {
            g.writeStartObject();
            g.writeStringField("stage", s.stage().id());
            g.writeNumberField("line", s.line());
            g.writeFieldName("ms");
            if (s.millis() < 0) {
                g.writeNull();
            } else {
                g.writeNumber(s.millis());
            }
            g.writeStringField("status", s.status().id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {"id", "severity", "lines": [...], "cause", "fix"}. */
    static ObjectNode diagnosis(Finding d) {
        return tree(g -> diagnosis(g, d));
    }

    static void diagnosis(JsonGenerator g, Finding d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("severity", d.severity().id());
        g.writeArrayFieldStart("lines");
        for (Long line : d.lines()) {
            g.writeNumber(line);
        }
        g.writeEndArray();
        g.writeStringField("cause", d.cause());
        g.writeStringField("fix", d.fix());
        g.writeEndObject();
    }

    /** What one of the streaming writers above writes, as a tree (for the event stream of log follow). */
    private static ObjectNode tree(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(Trees.MAPPER, false)) {
            writing.write(buffer);
            return Trees.MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("memory cannot fail to write", e);
        }
    }

    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    static ObjectNode record(LogRecord r) {
        ObjectNode n = Trees.MAPPER.createObjectNode();
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
