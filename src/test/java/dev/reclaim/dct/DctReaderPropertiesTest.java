package dev.reclaim.dct;

import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.dct.codec.DecodedField;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.Assertions;

/** No input makes the reader throw anything but DctFormatException, and whatever it accepts inspects cleanly. */
class DctReaderPropertiesTest {
    private static final byte[] HEX = IntelHex.format(TestDcts.image(TestDcts.versioned(3).healthy(), TestDcts.blank()));

    @Property(tries = 300)
    void randomBytesOfAnyLength(@ForAll("anyLength") byte[] input) {
        readAndInspect(input);
    }

    @Property(tries = 200)
    void randomBytesOfTheExactDctSizes(@ForAll("dctSized") byte[] input) {
        readAndInspect(input);
    }

    @Property(tries = 200)
    void damagedHexText(@ForAll @IntRange(min = 0, max = 99_999) int position, @ForAll byte replacement,
            @ForAll @IntRange(min = 0, max = 2) int kind) {
        byte[] text = HEX.clone();
        int at = position % text.length;
        byte[] damaged = switch (kind) {
            case 0 -> java.util.Arrays.copyOf(text, at); // truncated
            case 1 -> { text[at] = replacement; yield text; } // one byte changed
            default -> (new String(text, 0, at, StandardCharsets.US_ASCII) + ":" + new String(text, at, text.length - at,
                    StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII); // stray colon
        };
        readAndInspect(damaged);
    }

    @Property(tries = 200)
    void randomBytesInAValidImage(@ForAll @Size(max = 64) java.util.List<@IntRange(min = 0, max = 32767) Integer> offsets,
            @ForAll byte value) {
        byte[] image = TestDcts.image(TestDcts.versioned(5).healthy(), TestDcts.versioned(4).healthy());
        for (int off : offsets) {
            image[off] = value;
        }
        readAndInspect(image);
    }

    private static void readAndInspect(byte[] input) {
        DctImage image;
        try {
            image = DctReader.parse(input);
        } catch (DctFormatException expected) {
            Assertions.assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        DctReport report = DctInspector.inspect(image);
        for (DecodedField f : report.fields()) {
            Assertions.assertThat(f.text()).isNotNull();
        }
        Assertions.assertThat(report.checks()).allSatisfy(c -> Assertions.assertThat(c.cause()).isNotBlank());
        for (int copy = 1; copy <= image.copyCount(); copy++) {
            DctInspector.inspectCopy(image, copy);
        }
    }

    @Provide
    Arbitrary<byte[]> anyLength() {
        return Arbitraries.integers().between(0, 40_000).flatMap(DctReaderPropertiesTest::randomBytes);
    }

    @Provide
    Arbitrary<byte[]> dctSized() {
        return Arbitraries.of(1, 612, 8391, 16384, 32768).flatMap(DctReaderPropertiesTest::randomBytes);
    }

    /** Random content drawn in one go: jqwik's element-wise array generation is slow for tens of kilobytes. */
    private static Arbitrary<byte[]> randomBytes(int length) {
        return Arbitraries.randomValue(random -> {
            byte[] b = new byte[length];
            random.nextBytes(b);
            return b;
        });
    }
}
