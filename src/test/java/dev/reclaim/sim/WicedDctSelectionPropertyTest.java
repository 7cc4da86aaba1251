package dev.reclaim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reclaim.dct.CopySelector;
import dev.reclaim.dct.DctGeneration;
import dev.reclaim.dct.TestDcts;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;

/**
 * A second opinion on copy selection: the simulated firmware's own transliteration of the WICED routine
 * ({@link WicedDctSelection}) and the client's {@link CopySelector} must pick the same copy for every pair of
 * sectors, random or built around the rule's edges (initial_write 0/1/2/255 with a right, zero or wrong CRC,
 * sequences 0/255 and ties, retired copies, is_current 0/1/2, legacy and implausible version structs, bad header
 * sizes, a write left incomplete, one byte of magic off). Valid CRCs come from the tests' own reference CRC.
 */
class WicedDctSelectionPropertyTest {

    @Property(tries = 10_000, generation = GenerationMode.RANDOMIZED)
    void bothSelectorsPickTheSameCopy(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder what = new StringBuilder();
        byte[] dct1 = sector(random, what.append("DCT1: "));
        byte[] dct2 = random.nextInt(4) == 0 ? twinOf(dct1, random, what.append("; DCT2 twin of DCT1: "))
                : sector(random, what.append("; DCT2: "));
        byte[] image = new byte[2 * TestDcts.SECTOR];
        System.arraycopy(dct1, 0, image, 0, TestDcts.SECTOR);
        System.arraycopy(dct2, 0, image, TestDcts.SECTOR, TestDcts.SECTOR);

        assertThat(CopySelector.select(image, DctGeneration.VERSIONED).current())
                .as("0.7+ rule on %s", what).isEqualTo(WicedDctSelection.currentCopy(image));
        assertThat(CopySelector.select(image, DctGeneration.LEGACY).current())
                .as("0.6 rule on %s", what).isEqualTo(WicedDctSelection.legacyCurrentCopy(image));
    }

    @Example
    void theSimulatedFirmwareTakesTheCopyTheFirmwareTakesInTheErrataExample() {
        // reference §0: DCT1 sequence 5 with a stored initial_write 1 and a valid CRC, DCT2 sequence 6 → DCT2
        byte[] dct1App = TestDcts.blankApp();
        dct1App[TestDcts.CLAIMED] = '1';
        byte[] image = TestDcts.image(TestDcts.versioned(5).initialWrite(1).app(dct1App),
                TestDcts.versioned(6).app(TestDcts.blankApp()));
        assertThat(WicedDctSelection.currentCopy(image)).isEqualTo(2);
        DeviceOs os = new DeviceOs(DeviceOsVersion.V0_7_0, SimulatedCloud.particle(), false);
        assertThat(os.selectedAppDct(image).bytes()[TestDcts.CLAIMED]).isEqualTo((byte) 0xFF);
        DeviceOs old = new DeviceOs(DeviceOsVersion.V0_6_0, SimulatedCloud.particle(), false);
        assertThat(old.selectedAppDct(image).bytes()[TestDcts.CLAIMED]).isEqualTo((byte) '1'); // 0.6: DCT1 first
    }

    private static byte[] sector(SplittableRandom r, StringBuilder what) {
        byte[] s = new byte[TestDcts.SECTOR];
        Arrays.fill(s, (byte) 0xFF);
        int kind = r.nextInt(10);
        if (kind == 0) {
            what.append("blank");
            return s;
        }
        if (kind == 1) {
            r.nextBytes(s);
            what.append("random bytes");
            return s;
        }
        header(s, r, what);
        pokeBody(s, r);
        if (kind == 2) {
            what.append(" legacy (no version struct)");
            return s;
        }
        versionStruct(s, r, what);
        return s;
    }

    /** dct_prep.bin's header, then one of the edges the minimal check and the 0.6 rule look at. */
    private static void header(byte[] s, SplittableRandom r, StringBuilder what) {
        Arrays.fill(s, 0, 388, (byte) 0);
        s[9] = 1;
        s[10] = 1;
        s[12] = 0x42;
        s[13] = 0x52;
        s[14] = 0x43;
        s[15] = 0x4D;
        switch (r.nextInt(12)) {
            case 0 -> s[8] = (byte) pick(r, 1, 255);
            case 1 -> s[9] = (byte) pick(r, 0, 2, 255);
            case 2 -> setSizes(s, 20, 10);
            case 3 -> setSizes(s, 10, 20);
            case 4 -> setSizes(s, 0xFFFF_FFFFL, 0);
            case 5 -> setSizes(s, 0, 0xFFFF_FFFFL);
            case 6 -> s[12 + r.nextInt(4)] ^= (byte) (1 << r.nextInt(8));
            default -> { }
        }
        what.append(String.format("header wi=%d cur=%d full=%d used=%d magic=%02x%02x%02x%02x", s[8] & 0xFF,
                s[9] & 0xFF, le32(s, 0), le32(s, 4), s[12], s[13], s[14], s[15]));
    }

    private static void versionStruct(byte[] s, SplittableRandom r, StringBuilder what) {
        int v = TestDcts.VERSION;
        int version = pick(r, 0x370, 0x370, 0x370, 0x370, 1, 0x330, 0, 0x371, 0xFFFF);
        long magic = r.nextInt(12) == 0 ? 0xDC0200CCL : 0xDC0200CDL;
        putLe32(s, v, magic);
        s[v + 4] = 0;
        s[v + 5] = 0;
        s[v + 6] = (byte) version;
        s[v + 7] = (byte) (version >>> 8);
        int initialWrite = pick(r, 0, 0, 0, 1, 1, 2, 255, r.nextInt(256));
        int sequence = pick(r, 0, 1, 5, 6, 254, 255, r.nextInt(256));
        s[v + 12] = (byte) initialWrite;
        s[v + 13] = (byte) sequence;
        s[v + 14] = 0;
        s[v + 15] = 0;
        int crcKind = r.nextInt(6);
        boolean retire = false;
        long crc = switch (crcKind) {
            case 0, 1 -> TestDcts.referenceCrc(s);
            case 2 -> 0;
            case 3 -> TestDcts.referenceCrc(s) ^ (1L << r.nextInt(32));
            case 4 -> r.nextLong() & 0xFFFF_FFFFL;
            default -> {
                // a copy retired by a later write: CRC made while current, then is_current and initial_write cleared
                byte saved = s[9];
                s[9] = 1;
                long c = TestDcts.referenceCrc(s);
                s[9] = saved == 1 ? 0 : saved;
                retire = true;
                yield c;
            }
        };
        putLe32(s, v + 8, crc);
        if (retire) {
            s[v + 12] = 0;
        }
        what.append(String.format(" version=0x%x magicOk=%b iw=%d seq=%d crc=%s", version, magic == 0xDC0200CDL,
                s[v + 12] & 0xFF, sequence, switch (crcKind) {
                    case 0, 1 -> "right";
                    case 2 -> "zero";
                    case 3 -> "one bit off";
                    case 4 -> "random";
                    default -> "retired";
                }));
    }

    /** The other copy as a later firmware write leaves it, or nearly: same bytes, then one edge changed. */
    private static byte[] twinOf(byte[] dct1, SplittableRandom r, StringBuilder what) {
        byte[] s = dct1.clone();
        int v = TestDcts.VERSION;
        switch (r.nextInt(5)) {
            case 0 -> what.append("identical");
            case 1 -> {
                s[v + 13] = (byte) ((s[v + 13] & 0xFF) + 1);
                putLe32(s, v + 8, TestDcts.referenceCrc(s));
                what.append("sequence + 1 (wrapping at 255), CRC recomputed");
            }
            case 2 -> {
                s[v + 12] = (byte) pick(r, 0, 1, 2, 255);
                what.append("initial_write ").append(s[v + 12] & 0xFF);
            }
            case 3 -> {
                s[9] = (byte) pick(r, 0, 1, 2);
                what.append("is_current ").append(s[9] & 0xFF);
            }
            default -> {
                s[388 + r.nextInt(v - 388)] ^= 1;
                what.append("one body bit flipped");
            }
        }
        return s;
    }

    /** A few bytes of content, so that the two copies differ where the CRC looks. */
    private static void pokeBody(byte[] s, SplittableRandom r) {
        for (int i = r.nextInt(4); i > 0; i--) {
            s[388 + r.nextInt(TestDcts.VERSION - 388)] = (byte) r.nextInt(256);
        }
    }

    private static int pick(SplittableRandom r, int... values) {
        return values[r.nextInt(values.length)];
    }

    private static void setSizes(byte[] s, long full, long used) {
        putLe32(s, 0, full);
        putLe32(s, 4, used);
    }

    private static void putLe32(byte[] b, int off, long v) {
        for (int i = 0; i < 4; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }

    private static long le32(byte[] b, int off) {
        return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
    }
}
