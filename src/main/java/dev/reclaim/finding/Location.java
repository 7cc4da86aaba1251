package dev.reclaim.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a finding is about: a place in a DCT, a module header in flash, or the log lines that prove it. */
public sealed interface Location {

    /** A finding about a DCT: one of its fields, or the image as a whole (its copies) when {@code field} is empty. */
    record Dct(Optional<String> field) implements Location {
        public Dct {
            Objects.requireNonNull(field);
        }

        public static Dct image() {
            return new Dct(Optional.empty());
        }

        public static Dct field(String name) {
            return new Dct(Optional.of(name));
        }
    }

    /** A finding about the device's flash outside the DCT: the Device OS module header at {@code address}. */
    record Flash(long address) implements Location {
    }

    /**
     * A finding about a log.
     *
     * @param lines    supporting line numbers, ascending
     * @param attempts how many connection attempts showed it
     */
    record Log(List<Long> lines, int attempts) implements Location {
        public Log {
            lines = List.copyOf(lines);
        }
    }
}
