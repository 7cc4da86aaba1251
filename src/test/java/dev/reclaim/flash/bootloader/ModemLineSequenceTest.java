package dev.reclaim.flash.bootloader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reclaim.flash.bootloader.ModemLineSequence.Drive;
import dev.reclaim.flash.bootloader.ModemLineSequence.Pause;
import dev.reclaim.flash.bootloader.ModemLineSequence.Signal;
import org.junit.jupiter.api.Test;

class ModemLineSequenceTest {

    @Test
    void parsesEntryAndExitWithDelays() {
        ModemLineSequence s = ModemLineSequence.parse("rts&dtr,-dtr:-rts&dtr,,-dtr");
        assertThat(s.entry()).containsExactly(new Drive(Signal.RTS, -1, true), new Drive(Signal.DTR, -1, true),
                new Pause(100), new Drive(Signal.DTR, -1, false));
        assertThat(s.exit()).containsExactly(new Drive(Signal.RTS, -1, false), new Drive(Signal.DTR, -1, true),
                new Pause(100), new Pause(100), new Drive(Signal.DTR, -1, false));
        assertThat(s).hasToString("rts&dtr,-dtr:-rts&dtr,,-dtr");
    }

    @Test
    void readsTheManPageExamplesIncludingGpiosAndLeadingDelays() {
        ModemLineSequence gpio = ModemLineSequence.parse("4,-5,-3,3:-4,-3,3");
        assertThat(gpio.entry()).hasSize(7).first().isEqualTo(new Drive(Signal.GPIO, 4, true));
        ModemLineSequence delays = ModemLineSequence.parse(",,,,,:rts&-dtr,,,2");
        assertThat(delays.entry()).containsOnly(new Pause(100)).hasSize(5);
        assertThat(delays.exit()).endsWith(new Drive(Signal.GPIO, 2, true));
        assertThat(ModemLineSequence.parse("rts,-brk").entry()).as("-brk is ignored, as stm32flash does")
                .containsExactly(new Drive(Signal.RTS, -1, true), new Pause(100));
        assertThat(ModemLineSequence.parse("").isEmpty()).isTrue();
    }

    @Test
    void explainsWhatIsWrongWithABadSequence() {
        assertThatThrownBy(() -> ModemLineSequence.parse("rts&boot0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'boot0'").hasMessageContaining("rts&dtr,-dtr");
        assertThatThrownBy(() -> ModemLineSequence.parse("rts:dtr:rts")).hasMessageContaining("':'");
        assertThatThrownBy(() -> ModemLineSequence.parse("4,-3,3").requireModemLinesOnly())
                .hasMessageContaining("RTS and DTR");
    }
}
