package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The strict reader of the log engine's table files: a loader takes every object apart by the keys it names. */
class JsonResourcesTest {

    private static TableObject item(int i) {
        return JsonResources.read("table-shapes.json", Set.of("twice")).objects("items").get(i);
    }

    @Test
    void readsTextsNumbersListsAndNulls() {
        TableObject a = item(0).allow("name", "count", "big", "flag", "codes", "none");
        assertThat(a.string("name")).isEqualTo("a");
        assertThat(a.integer("count")).isEqualTo(1);
        assertThat(a.requiredLong("big")).isEqualTo(5_000_000_000L);
        assertThat(a.bool("flag")).isTrue();
        assertThat(a.integers("codes")).containsExactly(-19, 10);
        assertThat(a.string("none")).isNull();
        assertThat(a.has("none")).isFalse();
        assertThat(a.string("missing")).isNull();
    }

    @Test
    void anUnknownKeyIsAnErrorThatNamesItAndWhereItIs() {
        assertThatThrownBy(() -> item(0).allow("name", "count", "big", "flag", "codes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table-shapes.json")
                .hasMessageContaining("unknown key 'none' in items[0]");
    }

    @Test
    void aValueOfTheWrongKindIsAnErrorThatNamesTheKey() {
        assertThatThrownBy(() -> item(1).integer("count"))
                .hasMessageContaining("'count' in items[1] must be a whole number, was two");
        assertThatThrownBy(() -> item(0).integer("big"))
                .hasMessageContaining("'big' in items[0] must be a whole number that fits 32 bits");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertThatThrownBy(() -> JsonResources.read("table-shapes.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key 'k' twice in twice");
    }

    @Test
    void aSkippedSectionStillCountsAsPresentButCannotBeRead() {
        TableObject t = JsonResources.read("table-shapes.json", Set.of("samples", "twice"));
        t.allow("about", "items", "samples", "twice");
        assertThatThrownBy(() -> t.allow("about", "items", "twice")).hasMessageContaining("unknown key 'samples'");
        assertThatThrownBy(() -> t.objects("samples")).hasMessageContaining("skipped");
    }

    @Test
    void theTablesLoadTheirSamplesOnlyWhenAsked() {
        assertThat(HandshakeLines.standard().samples()).isNotEmpty();
        List<LogFormat.Sample> samples = LogFormats.standard().bodies().get(0).samples();
        assertThat(samples).isNotEmpty();
        assertThat(samples.get(0).line()).startsWith("0000005346 [system] INFO: Cloud: connecting");
    }

    @Test
    void aMissingResourceSaysSo() {
        assertThatThrownBy(() -> JsonResources.read("no-such-table.json"))
                .hasMessageContaining("resource no-such-table.json is missing from the build");
    }
}
