package dev.reclaim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reclaim.log.FileLogSource;
import dev.reclaim.log.LogAnalysis;
import dev.reclaim.log.LogSource;
import dev.reclaim.log.StreamLogSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reclaim log analyze FILE... [--json]}: each file on its own, streamed (any size). */
@Command(name = "analyze",
        description = {"Read Device OS log files: a timeline of each cloud connection attempt, then the diagnoses",
            "with cause and fix. Exit 0 when it ran (whatever it found), 2 when a file cannot be read."})
final class LogAnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Log files; '-' reads standard input.")
    List<String> files;

    @Option(names = "--json", description = "Print one JSON document: the analysis of the file, or an array of"
            + " them (each with \"file\") when several files are given.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        files.forEach(LogAnalyzeCommand::checkReadable);
        List<LogAnalysis> results = new ArrayList<>();
        for (String f : files) {
            results.add(analyse(f));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(LogJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(results)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write the JSON report", e);
            }
        } else {
            for (int i = 0; i < files.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                LogText.analysis(displayName(files.get(i)), results.get(i), out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private JsonNode document(List<LogAnalysis> results) {
        if (results.size() == 1) {
            return LogJson.analysis(results.get(0));
        }
        ArrayNode all = LogJson.MAPPER.createArrayNode();
        for (int i = 0; i < results.size(); i++) {
            ObjectNode one = all.addObject();
            one.put("file", files.get(i));
            one.setAll(LogJson.analysis(results.get(i)));
        }
        return all;
    }

    private static void checkReadable(String f) {
        if (f.equals("-")) {
            return;
        }
        Path p = path(f);
        if (!Files.exists(p)) {
            throw new UserFacingException("cannot read '" + f + "': no such file; check the path.");
        }
        if (Files.isDirectory(p)) {
            throw new UserFacingException("cannot read '" + f + "': it is a directory; name a log file.");
        }
        if (!Files.isReadable(p)) {
            throw new UserFacingException("cannot read '" + f + "': permission denied.");
        }
    }

    private static LogAnalysis analyse(String f) {
        try {
            LogSource source = f.equals("-") ? StreamLogSource.standardInput() : new FileLogSource(path(f));
            return LogAnalysis.of(source);
        } catch (IOException e) {
            throw new UserFacingException("cannot read '" + f + "': " + e.getMessage(), ExitCodes.USAGE, e);
        }
    }

    private static Path path(String f) {
        try {
            return Path.of(f);
        } catch (InvalidPathException e) {
            throw new UserFacingException("cannot read '" + f + "': not a valid path.");
        }
    }

    private static String displayName(String f) {
        return f.equals("-") ? "standard input" : path(f).getFileName().toString();
    }
}
