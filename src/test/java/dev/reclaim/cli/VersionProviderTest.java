package dev.reclaim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionProviderTest {
    @Test
    void theBuiltJarStatesThePomVersionAndTheCommit() {
        // target/classes holds the version.properties Maven filtered from the pom and git.
        String line = new VersionProvider().getVersion()[0];
        assertThat(line).matches("Reclaim \\d+\\.\\d+\\.\\d+\\S* \\(([0-9a-f]{7}|unknown commit)\\)");
    }

    @Test
    void aBuildWithoutGitSaysTheCommitIsUnknown() {
        Properties p = new Properties();
        p.setProperty("version", "0.2.0");
        p.setProperty("commit", "${git.commit.id.abbrev}");
        assertThat(VersionProvider.line(p)).isEqualTo("Reclaim 0.2.0 (unknown commit)");
    }

    @Test
    void aBuildWithGitNamesTheShortCommit() {
        Properties p = new Properties();
        p.setProperty("version", "0.2.0");
        p.setProperty("commit", "3f76792");
        assertThat(VersionProvider.line(p)).isEqualTo("Reclaim 0.2.0 (3f76792)");
    }
}
