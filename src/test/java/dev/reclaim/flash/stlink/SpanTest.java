package dev.reclaim.flash.stlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SpanTest {

    @Property
    void spansTileTheRangeWithinEveryLimit(@ForAll @LongRange(min = 0x2000_0000L, max = 0x2001_FFFFL) long address,
                                           @ForAll @IntRange(min = 0, max = 40_000) int length,
                                           @ForAll boolean v3) {
        int maxBytes = v3 ? 512 : 64;
        List<Span> spans = Span.split(address, length, maxBytes);

        long next = address;
        for (Span span : spans) {
            assertThat(span.address()).isEqualTo(next);
            assertThat(span.length()).isPositive();
            long firstBlock = span.address() / StLink.TAR_BLOCK;
            long lastBlock = (span.address() + span.length() - 1) / StLink.TAR_BLOCK;
            assertThat(lastBlock).as("crosses a 4 KiB boundary").isEqualTo(firstBlock);
            if (span.words()) {
                assertThat(span.address() % 4).isZero();
                assertThat(span.length() % 4).isZero();
                assertThat(span.length()).isLessThanOrEqualTo(StLink.MAX_WORD_TRANSFER);
            } else {
                assertThat(span.length()).isLessThanOrEqualTo(maxBytes);
            }
            next += span.length();
        }
        assertThat(next).isEqualTo(address + length);
        assertThat(spans.stream().filter(s -> !s.words()).mapToInt(Span::length).sum())
                .as("only the unaligned ends go 8 bits at a time").isLessThanOrEqualTo(6);
    }
}
