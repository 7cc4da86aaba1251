package dev.reclaim.bench;

import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.keys.FirmwareKeyReader;
import dev.reclaim.keys.RsaKeys;
import dev.reclaim.keys.RsaPrivateKey;
import java.util.Arrays;

/**
 * Issue 16's "keys new × 1,000": every key {@code reclaim keys new} makes (RSA-1024 from fresh primes, about 50 ms
 * each) is read by the firmware's fixed-offset reader as the very key that was made, and judged usable. Too slow for
 * CI (which checks 40 real keys and 1,000 pool keys in FirmwareKeysTest); run it by hand:
 * {@code java -cp target/reclaim.jar:target/test-classes dev.reclaim.bench.KeysNewCheck [COUNT]}.
 */
public final class KeysNewCheck {
    private KeysNewCheck() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long start = System.nanoTime();
        int misread = 0;
        for (int i = 0; i < count; i++) {
            RsaPrivateKey made = RsaKeys.generateDeviceKey();
            byte[] slot = Arrays.copyOf(made.toPkcs1Der(), 1216);
            Arrays.fill(slot, made.toPkcs1Der().length, slot.length, (byte) 0xFF);
            boolean same = FirmwareKeyReader.read(slot).sameNumbers(made);
            if (!same || !DeviceKeyVerdict.judge(slot).usable()) {
                misread++;
                System.out.println("key " + (i + 1) + " is not read back as made: " + DeviceKeyVerdict.judge(slot));
            }
        }
        System.out.printf("%d keys made, %d read back differently or unusable, %.1f s%n", count, misread,
                (System.nanoTime() - start) / 1e9);
        if (misread > 0) {
            System.exit(1);
        }
    }
}
