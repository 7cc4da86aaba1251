package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.log.LogAnalysis;
import dev.reclaim.log.FileLogSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis started before the command line is parsed: only when it can mean nothing else, and the same result. */
class AnalysisAheadTest {
    private static final String LOG = String.join("\n",
            "0000005346 [system] INFO: Cloud: connecting",
            "0000005400 [system] INFO: Read Server Address = type:1,domain:$id.udp.particle.io",
            "0000006293 [comm.sparkprotocol.handshake] ERROR: Unable to receive key -19",
            "0000006302 [system] WARN: Cloud handshake failed, code=-19", "");

    @TempDir
    Path dir;

    @Test
    void theEarlyAnalysisOfTheNamedFileIsWhatTheCommandTakes() throws IOException {
        Path log = write("a.log");
        AnalysisAhead.startFor("log", "analyze", "--json", log.toString());
        LogAnalysis early = AnalysisAhead.take(Path.of(log.toString()));
        LogAnalysis fresh = LogAnalysis.of(new FileLogSource(log));
        assertThat(early).isNotNull();
        assertThat(early.lines()).isEqualTo(fresh.lines()).isEqualTo(4);
        assertThat(early.attempts()).isEqualTo(fresh.attempts());
        assertThat(early.diagnoses()).isEqualTo(fresh.diagnoses());
        assertThat(AnalysisAhead.take(log)).as("taken once").isNull();
    }

    @Test
    void nothingStartsForOtherArgumentsAndAnotherFileIsNotAnswered() throws IOException {
        Path a = write("a.log");
        Path b = write("b.log");
        String[][] others = {{"log", "analyze", "--led", "blinking-cyan-1-red", a.toString()},
                {"log", "analyze", a.toString(), b.toString()}, {"log", "analyze", "-"},
                {"log", "analyze", dir.toString()}, {"log", "follow", a.toString()},
                {"log", "analyze", dir.resolve("missing.log").toString()}};
        for (String[] args : others) {
            AnalysisAhead.startFor(args);
            assertThat(AnalysisAhead.take(a)).as(String.join(" ", args)).isNull();
        }
        AnalysisAhead.startFor("log", "analyze", a.toString());
        assertThat(AnalysisAhead.take(b)).isNull();
        assertThat(AnalysisAhead.take(a)).isNotNull();
    }

    @Test
    void theCommandPrintsTheSameWithAndWithoutTheEarlyAnalysis() throws IOException {
        Path log = write("a.log");
        CliRun plain = CliRun.of("log", "analyze", "--json", log.toString());
        AnalysisAhead.startFor("log", "analyze", "--json", log.toString());
        CliRun ahead = CliRun.of("log", "analyze", "--json", log.toString());
        assertThat(ahead).isEqualTo(plain);
        assertThat(AnalysisAhead.take(log)).as("the command took it").isNull();
        assertThat(plain.out()).contains("\"code\" : -19");
    }

    @Test
    void aFileChangedSinceTheEarlyAnalysisIsAnalysedAfresh() throws IOException {
        Path log = write("a.log");
        AnalysisAhead.startFor("log", "analyze", log.toString());
        Files.writeString(log, LOG + LOG, StandardCharsets.UTF_8);
        assertThat(AnalysisAhead.take(log)).isNull();
    }

    private Path write(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, LOG, StandardCharsets.UTF_8);
        return p;
    }
}
