package dev.reclaim.workflow.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The journal URL forms, where credentials come from, and that none of them is ever shown. */
class JournalLocationTest {
    private static final Path HOME = Path.of("/home/tech/.reclaim");

    @Test
    void everyPostgresFormGivesTheSameServerWithTheCredentialsOutOfTheUrl() {
        for (String url : new String[] {"postgresql://line:s3cret@db.local:5433/journal?sslmode=require",
                "postgres://db.local:5433/journal?user=line&password=s3cret&sslmode=require",
                "jdbc:postgresql://db.local:5433/journal?sslmode=require&user=line&password=s3cret"}) {
            JournalLocation l = JournalLocation.parse(url, Map.of());
            assertThat(l.isServer()).isTrue();
            assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/journal?sslmode=require");
            assertThat(l.connectionProperties()).containsEntry("user", "line").containsEntry("password", "s3cret")
                    .containsEntry("connectTimeout", "5");
            assertThat(l).hasToString("postgresql://line@db.local:5433/journal");
        }
    }

    @Test
    void thePasswordCanComeFromPgPasswordAndTheUserFromPgUser() {
        JournalLocation l = JournalLocation.parse("postgresql://db/journal",
                Map.of("PGUSER", "bench", "PGPASSWORD", "from-env"));
        assertThat(l.connectionProperties()).containsEntry("user", "bench").containsEntry("password", "from-env");
        assertThat(l.toString()).doesNotContain("from-env");
        // The URL wins over the environment.
        assertThat(JournalLocation.parse("postgresql://db/journal?user=line", Map.of("PGUSER", "bench"))
                .connectionProperties()).containsEntry("user", "line").doesNotContainKey("password");
    }

    @Test
    void theDefaultIsTheFileInReclaimsHomeAndTheSettingComesBeforeIt() {
        assertThat(Journals.locate(Optional.empty(), HOME, Map.of()).sqliteFile())
                .contains(HOME.resolve("journal.db"));
        assertThat(Journals.locate(Optional.empty(), HOME, Map.of(JournalLocation.SETTING, "postgresql://db/j"))
                .isServer()).isTrue();
        assertThat(Journals.locate(Optional.of("sqlite:/tmp/line.db"), HOME,
                Map.of(JournalLocation.SETTING, "postgresql://db/j")).sqliteFile()).contains(Path.of("/tmp/line.db"));
        assertThat(JournalLocation.parse("jdbc:sqlite:/tmp/x.db", Map.of()).sqliteFile())
                .contains(Path.of("/tmp/x.db"));
    }

    @Test
    void aBadUrlIsExplainedWithoutItsPassword() {
        assertThatThrownBy(() -> JournalLocation.parse("mysql://line:hunter2@db/j?password=hunter3", Map.of()))
                .hasMessageContaining("postgresql://HOST").hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("hunter3");
        assertThatThrownBy(() -> JournalLocation.parse("postgresql://line:hunter2@db", Map.of()))
                .hasMessageContaining("needs a host and a database").hasMessageNotContaining("hunter2");
    }
}
