package dev.reclaim.flash.stlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SwdClockTest {

    @Test
    void v2PicksTheFastestDivisorNotAboveTheRequest() {
        assertThat(SwdClock.v2Divisor(1800)).containsExactly(1800, 1);
        assertThat(SwdClock.v2Divisor(2000)).containsExactly(1800, 1);
        assertThat(SwdClock.v2Divisor(4000)).containsExactly(4000, 0);
        assertThat(SwdClock.v2Divisor(24000)).containsExactly(4000, 0);
        assertThat(SwdClock.v2Divisor(950)).containsExactly(950, 3);
        assertThat(SwdClock.v2Divisor(100)).containsExactly(100, 40);
        assertThat(SwdClock.v2Divisor(1)).containsExactly(5, 798);
    }

    @Test
    void v3PicksFromItsOwnList() {
        List<Integer> rates = List.of(24000, 8000, 3300, 1000, 200, 50, 5);

        assertThat(SwdClock.v3Choice(rates, 1800)).hasValue(1000);
        assertThat(SwdClock.v3Choice(rates, 24000)).hasValue(24000);
        assertThat(SwdClock.v3Choice(rates, 1)).hasValue(5);
        assertThat(SwdClock.v3Choice(List.of(), 1800)).isEmpty();
    }
}
