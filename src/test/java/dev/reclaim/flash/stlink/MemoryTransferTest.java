package dev.reclaim.flash.stlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MemoryTransferTest {

    @Property
    void transfersTileTheRangeWithinEveryLimit(@ForAll @LongRange(min = 0x2000_0000L, max = 0x2001_FFFFL) long address,
                                           @ForAll @IntRange(min = 0, max = 40_000) int length,
                                           @ForAll boolean v3) {
        int maxBytes = v3 ? 512 : 64;
        List<MemoryTransfer> transfers = MemoryTransfer.split(address, length, maxBytes);

        long next = address;
        for (MemoryTransfer transfer : transfers) {
            assertThat(transfer.address()).isEqualTo(next);
            assertThat(transfer.length()).isPositive();
            long firstBlock = transfer.address() / StLink.TAR_BLOCK;
            long lastBlock = (transfer.address() + transfer.length() - 1) / StLink.TAR_BLOCK;
            assertThat(lastBlock).as("crosses a 4 KiB boundary").isEqualTo(firstBlock);
            if (transfer.words()) {
                assertThat(transfer.address() % 4).isZero();
                assertThat(transfer.length() % 4).isZero();
                assertThat(transfer.length()).isLessThanOrEqualTo(StLink.MAX_WORD_TRANSFER);
            } else {
                assertThat(transfer.length()).isLessThanOrEqualTo(maxBytes);
            }
            next += transfer.length();
        }
        assertThat(next).isEqualTo(address + length);
        assertThat(transfers.stream().filter(s -> !s.words()).mapToInt(MemoryTransfer::length).sum())
                .as("only the unaligned ends go 8 bits at a time").isLessThanOrEqualTo(6);
    }
}
