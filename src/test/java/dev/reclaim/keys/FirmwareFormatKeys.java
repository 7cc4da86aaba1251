package dev.reclaim.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Random RSA-1024 keys for tests, cheap enough to make thousands: a pool of 512-bit primes (made once per JVM from a
 * fixed seed), any two of which form a key. Each key comes in two encodings written here by hand, not by the code
 * under test: the firmware's fixed-width layout (Device OS {@code dsakeygen.cpp write_private_key_parts}) and
 * canonical DER (Bouncy Castle's DER encoder, which is what openssl writes).
 */
public final class FirmwareFormatKeys {
    public static final BigInteger E = BigInteger.valueOf(65537);
    private static final int POOL = 80;
    private static final List<BigInteger> PRIMES = primes();

    private FirmwareFormatKeys() {
    }

    /** A key from primes {@code i} and {@code j} of the pool ({@code i != j}; 0 ≤ i, j < {@link #poolSize()}). */
    public static RsaPrivateKey key(int i, int j) {
        BigInteger p = PRIMES.get(i);
        BigInteger q = PRIMES.get(j);
        BigInteger one = BigInteger.ONE;
        BigInteger p1 = p.subtract(one);
        BigInteger q1 = q.subtract(one);
        BigInteger d = E.modInverse(p1.multiply(q1).divide(p1.gcd(q1)));
        return new RsaPrivateKey(p.multiply(q), E, d, p, q, d.mod(p1), d.mod(q1), q.modInverse(p), null);
    }

    /** The {@code index}-th of the pool's keys (distinct for index < poolSize·(poolSize−1)). */
    public static RsaPrivateKey key(int index) {
        int i = index % POOL;
        int j = (i + 1 + (index / POOL) % (POOL - 1)) % POOL;
        return key(i, j);
    }

    public static int poolSize() {
        return POOL;
    }

    /**
     * The key as the firmware writes it: 30 82 02 5f, version 02 01 00, then N as 02 81 81 + 129 bytes, E as
     * 02 03 + 3 bytes, D as 02 81 81 + 129 bytes, P, Q, DP, DQ, QP as 02 41 + 65 bytes; every number big-endian,
     * left-padded with zeros to its width. 611 bytes.
     */
    public static byte[] firmwareLayout(RsaPrivateKey k) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex("3082025f020100"));
        out.writeBytes(HexFormat.of().parseHex("028181"));
        out.writeBytes(fixed(k.n, 129));
        out.writeBytes(HexFormat.of().parseHex("0203"));
        out.writeBytes(fixed(k.e, 3));
        out.writeBytes(HexFormat.of().parseHex("028181"));
        out.writeBytes(fixed(k.d, 129));
        for (BigInteger v : new BigInteger[] {k.p, k.q, k.dp, k.dq, k.qp}) {
            out.writeBytes(HexFormat.of().parseHex("0241"));
            out.writeBytes(fixed(v, 65));
        }
        return out.toByteArray();
    }

    /** The key as canonical DER. */
    public static byte[] canonicalDer(RsaPrivateKey k) {
        return k.canonicalDer();
    }

    /**
     * Whether the fixed-offset reader gets the canonical encoding wrong, by the rule worked out from the reader: it
     * understands D only in 128 content bytes (02 81 80) or 129 (02 81 81 00) and a CRT value only in 64 (02 40) or
     * 65 (02 41 00). Canonical DER adds a 0x00 when the top bit is set, so D is misread below 2^1015 and a CRT value
     * below 2^503. (§0 says "under 2^1016 / 2^504": one bit too high; a value of exactly 1016 / 504 bits gets the
     * 0x00 and is read right. P and Q are 512 bits and always read right.)
     */
    public static boolean canonicalIsMisread(RsaPrivateKey k) {
        return k.d.bitLength() < 1016 || k.dp.bitLength() < 504 || k.dq.bitLength() < 504 || k.qp.bitLength() < 504;
    }

    /** A key with public exponent {@code e} from the first two pool primes it suits (gcd(e, p−1) = 1). */
    public static RsaPrivateKey keyWithExponent(BigInteger e) {
        List<BigInteger> fit = PRIMES.stream().filter(p -> p.subtract(BigInteger.ONE).gcd(e).equals(BigInteger.ONE))
                .limit(2).toList();
        BigInteger p = fit.get(0);
        BigInteger q = fit.get(1);
        BigInteger p1 = p.subtract(BigInteger.ONE);
        BigInteger q1 = q.subtract(BigInteger.ONE);
        BigInteger d = e.modInverse(p1.multiply(q1).divide(p1.gcd(q1)));
        return new RsaPrivateKey(p.multiply(q), e, d, p, q, d.mod(p1), d.mod(q1), q.modInverse(p), null);
    }

    private static byte[] fixed(BigInteger v, int width) {
        byte[] m = v.toByteArray();
        byte[] out = new byte[width];
        int n = Math.min(m.length, width);
        System.arraycopy(m, m.length - n, out, width - n, n);
        return out;
    }

    /** 512-bit primes with the top two bits set (so any product is 1024 bits) and gcd(e, p−1) = 1. */
    private static List<BigInteger> primes() {
        Random random = new Random(16);
        List<BigInteger> primes = new ArrayList<>();
        while (primes.size() < POOL) {
            BigInteger p = BigInteger.probablePrime(512, random);
            if (p.testBit(510) && p.subtract(BigInteger.ONE).gcd(E).equals(BigInteger.ONE) && !primes.contains(p)) {
                primes.add(p);
            }
        }
        return List.copyOf(primes);
    }
}
