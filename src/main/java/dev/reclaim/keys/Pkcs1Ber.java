package dev.reclaim.keys;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A PKCS#1 RSAPrivateKey read as BER: a SEQUENCE of nine INTEGERs (version 0, n, e, d, p, q, dp, dq, qp) whose
 * INTEGERs may carry redundant leading zero bytes. The firmware writes every key that way (fixed widths), so a
 * strict DER parser would call real devices' keys broken; openssl reads them, and so does this. For display,
 * files and the "is it a valid key at all" question; what the device uses is {@link FirmwareKeyReader}'s.
 */
final class Pkcs1Ber {
    static final String[] NAMES = {"version", "N", "E", "D", "P", "Q", "DP", "DQ", "QP"};

    /** The key and where each of its nine INTEGERs sits in {@code encoded}. */
    record Parsed(RsaPrivateKey key, List<Der.Tlv> integers, byte[] encoded) {
    }

    private Pkcs1Ber() {
    }

    /** The key at the start of {@code bytes}; bytes after the SEQUENCE (slot fill) are ignored. */
    static Parsed parse(byte[] bytes) throws KeyFormatException {
        byte[] der = Der.firstSequenceOfSecret(bytes, "the private key");
        Der.Tlv seq = Der.at(der, 0, der.length);
        List<Der.Tlv> ints = new ArrayList<>();
        BigInteger[] v = new BigInteger[NAMES.length];
        int pos = seq.contentOffset();
        for (int i = 0; i < NAMES.length; i++) {
            Der.Tlv t = Der.at(der, pos, seq.end());
            if (t == null || t.tag() != Der.INTEGER || t.contentLength() == 0) {
                throw new KeyFormatException("the private key is not a PKCS#1 RSA private key: its " + NAMES[i]
                        + " is missing or not an INTEGER");
            }
            v[i] = new BigInteger(Arrays.copyOfRange(der, t.contentOffset(), t.end()));
            ints.add(t);
            pos = t.end();
        }
        if (pos != seq.end()) {
            throw new KeyFormatException("the private key has more than the nine PKCS#1 numbers (a multi-prime key?)");
        }
        if (v[0].signum() != 0) {
            throw new KeyFormatException("the private key has PKCS#1 version " + v[0] + "; only version 0 (two primes) exists for RSA-1024");
        }
        for (int i = 1; i < v.length; i++) {
            if (v[i].signum() <= 0) {
                throw new KeyFormatException("the private key's " + NAMES[i] + " is zero or negative (the key is damaged)");
            }
        }
        RsaPrivateKey key = new RsaPrivateKey(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], der);
        return new Parsed(key, List.copyOf(ints), der);
    }
}
