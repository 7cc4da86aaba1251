package dev.reclaim.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reclaim.finding.Finding;
import dev.reclaim.log.FileLogSource;
import dev.reclaim.log.LedPatterns;
import dev.reclaim.log.VersionRange;
import dev.reclaim.log.LogAnalysis;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.StreamLogSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reclaim log analyze FILE... [--led PATTERN [--firmware X.Y]] [--json]}: each file on its own, streamed (any
 * size); the status-LED pattern the technician sees is one more input (alone when the firmware prints no log).
 */
@Command(name = "analyze",
        description = {"Read Device OS log files: a timeline of each cloud connection attempt, then the diagnoses",
            "with cause and fix. With --led, also (or only) what the status LED pattern means.",
            "Exit 0 when it ran (whatever it found), 2 when a file cannot be read."})
final class LogAnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Log files; '-' reads standard input."
            + " May be left out with --led.")
    List<String> files = new ArrayList<>();

    @Option(names = "--led", paramLabel = "PATTERN", description = "The status LED pattern you see, e.g."
            + " blinking-cyan-1-red, blinking-cyan-1-orange, blinking-cyan-3-orange, breathing-cyan, flashing-green"
            + " (--led list shows them all).")
    String led;

    @Option(names = "--firmware", paramLabel = "X.Y[.Z]", description = "Device OS version of the device (e.g. 0.6,"
            + " 0.6.1, 1.5.4, 2.3) for --led; without it every generation's meaning is shown.")
    String firmware;

    @Option(names = "--json", description = "Print one JSON document: the analysis of the file, or an array of"
            + " them (each with \"file\") when several files are given.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if ("list".equals(led)) {
            LedPatterns.standard().all().forEach(p -> out.printf("%-24s %s%n", p.id(), p.says()));
            out.flush();
            return ExitCodes.OK;
        }
        if (files.isEmpty() && led == null) {
            throw new UserFacingException("name a log file ('-' for standard input), or the LED pattern you see with"
                    + " --led PATTERN (--led list shows them).");
        }
        if (firmware != null && led == null) {
            throw new UserFacingException("--firmware goes with --led; the log itself shows its firmware.");
        }
        List<Finding> ledFindings = led == null ? List.of() : ledFindings();
        files.forEach(LogAnalyzeCommand::checkReadable);
        List<LogAnalysis> results = new ArrayList<>();
        for (String f : files) {
            results.add(analyse(f));
        }
        if (json) {
            try {
                // Streamed, not built as a tree first: a 100 MB log's report is some MB.
                JsonGenerator g = LogJson.prettyGenerator(out);
                document(g, results, ledFindings);
                g.flush();
                out.println();
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the JSON report", e);
            }
        } else {
            for (int i = 0; i < files.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                LogText.analysis(displayName(files.get(i)), results.get(i), out);
            }
            if (led != null) {
                if (!files.isEmpty()) {
                    out.println();
                }
                LogText.led(LedPatterns.standard().says(led), firmware, ledFindings, out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<Finding> ledFindings() {
        VersionRange range;
        try {
            range = firmware == null ? VersionRange.ANY : VersionRange.parse(firmware);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--firmware '" + firmware + "' is not a Device OS version; write it as"
                    + " MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 0.6 or 1.5.2.");
        }
        try {
            return LedPatterns.standard().diagnose(led, range);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage() + ".");
        }
    }

    /**
     * One file: its analysis; several: an array of them, each with "file" first. With --led, "led": {"pattern",
     * "firmware", "diagnoses"} after the analysis, and several files go under "files".
     */
    private void document(JsonGenerator g, List<LogAnalysis> results, List<Finding> ledFindings) throws IOException {
        if (results.size() == 1) {
            g.writeStartObject();
            LogJson.analysisFields(g, results.get(0));
            led(g, ledFindings);
            g.writeEndObject();
        } else if (results.isEmpty()) {
            g.writeStartObject();
            led(g, ledFindings);
            g.writeEndObject();
        } else if (led == null) {
            files(g, results);
        } else {
            g.writeStartObject();
            g.writeFieldName("files");
            files(g, results);
            led(g, ledFindings);
            g.writeEndObject();
        }
    }

    private void files(JsonGenerator g, List<LogAnalysis> results) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < results.size(); i++) {
            g.writeStartObject();
            g.writeStringField("file", files.get(i));
            LogJson.analysisFields(g, results.get(i));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void led(JsonGenerator g, List<Finding> findings) throws IOException {
        if (led == null) {
            return;
        }
        g.writeObjectFieldStart("led");
        g.writeStringField("pattern", led);
        g.writeStringField("firmware", firmware);
        g.writeArrayFieldStart("diagnoses");
        for (Finding f : findings) {
            LogJson.diagnosis(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void checkReadable(String f) {
        if (!f.equals("-")) {
            ReadableFile.check(f, "a log file");
        }
    }

    private static LogAnalysis analyse(String f) {
        LogAnalysis early = f.equals("-") ? null : AnalysisAhead.take(path(f));
        if (early != null) {
            return early;
        }
        try {
            LogSource source = f.equals("-") ? StreamLogSource.standardInput() : new FileLogSource(path(f));
            return LogAnalysis.of(source);
        } catch (IOException e) {
            throw new UserFacingException("cannot read '" + f + "': " + e.getMessage(), ExitCodes.USAGE, e);
        }
    }

    private static Path path(String f) {
        return ReadableFile.path(f);
    }

    private static String displayName(String f) {
        return f.equals("-") ? "standard input" : path(f).getFileName().toString();
    }
}
