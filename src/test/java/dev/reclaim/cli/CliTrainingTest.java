package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.log.LogAnalysis;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CliTrainingTest {
    @Test
    void everyTrainingCommandRuns() throws IOException {
        assertThat(CliTraining.run()).isTrue();
    }

    @Test
    void theTrainingLogHasAttemptsInSeveralFormatsSoTheEngineRunsThroughThem() throws IOException {
        LogAnalysis analysis;
        try (InputStream in = CliTraining.class.getResourceAsStream(CliTraining.SAMPLE_LOG)) {
            analysis = LogAnalysis.of(in);
        }
        assertThat(analysis.attemptCount()).isGreaterThan(3);
        assertThat(analysis.records()).isGreaterThan(100);
    }

    @Test
    void theTrainingAnalysesTheLogAsTextAndAsJson() {
        assertThat(CliTraining.commands("x.log")).contains(java.util.List.of("log", "analyze", "--json", "x.log"),
                java.util.List.of("log", "analyze", "x.log"));
    }
}
