package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Snapshots share the builder's stage, event and signal arrays instead of copying them: a snapshot must still never
 * change after it was published (a stage's end replaces its slot, so that array is copied when shared).
 */
class SnapshotSharingTest {

    @Test
    void noSnapshotChangesAfterItWasPublished() throws IOException {
        StringBuilder log = new StringBuilder();
        try (var logs = Files.list(Path.of("src/test/resources/dev/reclaim/log/generations"))) {
            for (Path p : logs.sorted().toList()) {
                log.append(Files.readString(p)).append("\r\n");
            }
        }
        List<Attempt> published = new ArrayList<>();
        List<String> asPublished = new ArrayList<>();
        LogEngine engine = new LogEngine(new LogListener() {
            @Override
            public void onAttempt(Attempt attempt) {
                published.add(attempt);
                asPublished.add(attempt.toString());
            }
        });
        engine.feed(log.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        engine.finish();

        assertThat(published).hasSizeGreaterThan(100);
        assertThat(published.stream().filter(a -> a.stages().size() > 3)).isNotEmpty();
        assertThat(published.stream().filter(a -> a.signals().size() > 1)).isNotEmpty();
        assertThat(published).extracting(Attempt::toString).containsExactlyElementsOf(asPublished);
    }

    @Test
    void aFrozenSetIsASetInTheOrderItsItemsWereAdded() {
        String[] items = {"b", "a", "c", null};
        FrozenSet<String> first = new FrozenSet<>(items, 2);
        FrozenSet<String> all = new FrozenSet<>(items, 3);

        assertThat(first).containsExactly("b", "a");
        assertThat(all).containsExactly("b", "a", "c");
        assertThat(first).isEqualTo(Set.of("a", "b")).hasSameHashCodeAs(new HashSet<>(List.of("a", "b")));
        assertThat(first.contains(new String("a"))).isTrue();
        assertThat(first.contains("c")).isFalse();
        assertThat(first.contains(null)).isFalse();
        assertThat(all.toString()).isEqualTo(new LinkedHashSet<>(List.of("b", "a", "c")).toString());
    }

    @Test
    void equalMessagesShareOneStringAndTheCacheStaysBounded() {
        MessageCache cache = new MessageCache();
        String first = cache.canonical(new String("Cloud: connecting"));
        assertThat(cache.canonical(new String("Cloud: connecting"))).isSameAs(first);
        for (int i = 0; i < 5000; i++) {
            assertThat(cache.canonical("code " + i)).isEqualTo("code " + i);
        }
        String again = new String("Cloud: connecting");
        assertThat(cache.canonical(again)).isEqualTo(first);
    }

    @Test
    void plainRecordsAreLookedUpByTheirBytesAndGetTheirOwnText() {
        MessageCache cache = new MessageCache();
        PlainRecords plain = PlainRecords.of(LogFormats.standard());
        String log = "0000005346 [system] INFO: Cloud: connecting\n0000006346 [system] INFO: Cloud: connecting\n";
        byte[] b = log.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        LogRecord a = plain.read(b, 0, 43, 1, true);
        LogRecord c = plain.read(b, 44, 43, 2, true);
        String first = cache.canonical(a);
        assertThat(first).isEqualTo("Cloud: connecting");
        assertThat(cache.canonical(c)).isSameAs(first);
        assertThat(cache.canonical(new String("Cloud: connecting"))).isSameAs(first);
        // Many other messages share the byte table's slots: each still gets its own text.
        for (int i = 0; i < 3000; i++) {
            String line = String.format("%010d [system] INFO: code %d", i, i);
            byte[] lb = line.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(cache.canonical(plain.read(lb, 0, lb.length, 1, true))).isEqualTo("code " + i);
        }
        assertThat(cache.canonical(c)).isEqualTo("Cloud: connecting");
    }
}
