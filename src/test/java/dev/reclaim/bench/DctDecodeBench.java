package dev.reclaim.bench;

import dev.reclaim.dct.DctFormatException;
import dev.reclaim.dct.DctReader;
import dev.reclaim.dct.TestDcts;
import dev.reclaim.dct.check.DctInspector;
import dev.reclaim.dct.check.DctReport;
import java.util.Arrays;

/**
 * Decode + check of a 32 KiB two-sector image (read the bytes, select the copy under both firmware rules with
 * their CRCs, decode all 37 fields including the three RSA keys, run every check), warm. Target: under 2 ms.
 * <p>
 * Run: {@code mvn -q -o test-compile package -DskipTests && java -cp
 * target/classes:target/test-classes:target/reclaim.jar dev.reclaim.bench.DctDecodeBench}
 */
public final class DctDecodeBench {
    private static final int WARMUP = 20_000;
    private static final int MEASURED = 20_000;

    private DctDecodeBench() {
    }

    public static void main(String[] args) throws DctFormatException {
        // the usual state after a firmware ≥0.7 write: a current copy and a retired older one, both with keys
        byte[] image = TestDcts.image(TestDcts.versioned(7).healthy(), TestDcts.versioned(6).retired().healthy());
        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += decodeAndCheck(image);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            sink += decodeAndCheck(image);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        System.out.printf("decode + check of a 32 KiB image, %d runs after %d warm-up runs:%n", MEASURED, WARMUP);
        System.out.printf("  mean %.1f µs, median %.1f µs, p99 %.1f µs, max %.1f µs (target < 2000 µs)%n", mean,
                nanos[MEASURED / 2] / 1000.0, nanos[MEASURED * 99 / 100] / 1000.0, nanos[MEASURED - 1] / 1000.0);
        System.out.println("  (checksum " + sink + ")");
    }

    private static int decodeAndCheck(byte[] image) throws DctFormatException {
        DctReport report = DctInspector.inspect(DctReader.parse(image));
        return report.fields().size() + report.checks().size();
    }
}
