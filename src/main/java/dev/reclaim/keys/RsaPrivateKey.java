package dev.reclaim.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encoding;

/**
 * An RSA private key in CRT form, as PKCS#1 stores it, with the bytes it was read from when it came from a file
 * or a device (so a key goes back byte for byte as it came). Immutable. Its numbers never leave this package
 * except as the DER or PEM a caller explicitly asks for: {@link #toString()} names only the public fingerprint.
 */
public final class RsaPrivateKey {
    final BigInteger n;
    final BigInteger e;
    final BigInteger d;
    final BigInteger p;
    final BigInteger q;
    final BigInteger dp;
    final BigInteger dq;
    final BigInteger qp;
    /** The PKCS#1 bytes this key was read from or made as; null for a key that only has numbers. */
    private final byte[] encoded;

    RsaPrivateKey(BigInteger n, BigInteger e, BigInteger d, BigInteger p, BigInteger q, BigInteger dp, BigInteger dq,
            BigInteger qp, byte[] encoded) {
        this.n = n;
        this.e = e;
        this.d = d;
        this.p = p;
        this.q = q;
        this.dp = dp;
        this.dq = dq;
        this.qp = qp;
        this.encoded = encoded == null ? null : encoded.clone();
    }

    /** The same numbers, stored as {@code bytes}. */
    RsaPrivateKey withEncoding(byte[] bytes) {
        return new RsaPrivateKey(n, e, d, p, q, dp, dq, qp, bytes);
    }

    public int bits() {
        return n.bitLength();
    }

    /** The public exponent the key holds (the firmware always uses 65537, whatever this is). */
    public BigInteger publicExponent() {
        return e;
    }

    /** The public half (modulus and exponent). */
    public RsaPublicKey publicKey() {
        return new RsaPublicKey(n, e);
    }

    /** True if this key and {@code pub} form a pair. */
    public boolean pairsWith(RsaPublicKey pub) {
        return pub != null && publicKey().equals(pub);
    }

    /** True if both keys hold the same eight numbers, however they are encoded. */
    public boolean sameNumbers(RsaPrivateKey o) {
        return n.equals(o.n) && e.equals(o.e) && d.equals(o.d) && p.equals(o.p) && q.equals(o.q) && dp.equals(o.dp)
                && dq.equals(o.dq) && qp.equals(o.qp);
    }

    /** True if the numbers fit together; see {@link #inconsistency()}. */
    public boolean isConsistent() {
        return inconsistency() == null;
    }

    /**
     * Null if the numbers make one RSA key (p·q = n, e·d ≡ 1 mod λ(n), dp = d mod (p−1), dq = d mod (q−1),
     * qp·q ≡ 1 mod p), else which relation fails. A flipped bit anywhere in a stored key almost always breaks one.
     */
    public String inconsistency() {
        BigInteger one = BigInteger.ONE;
        if (p.signum() <= 0 || q.signum() <= 0 || p.equals(one) || q.equals(one)) {
            return "a prime is zero or one";
        }
        if (!p.multiply(q).equals(n)) {
            return "p·q is not n";
        }
        BigInteger p1 = p.subtract(one);
        BigInteger q1 = q.subtract(one);
        BigInteger lambda = p1.multiply(q1).divide(p1.gcd(q1));
        if (!e.multiply(d).mod(lambda).equals(one)) {
            return "e·d is not 1 mod λ(n)";
        }
        if (!dp.equals(d.mod(p1)) || !dq.equals(d.mod(q1))) {
            return "the CRT exponents dp, dq do not match d";
        }
        if (!qp.multiply(q).mod(p).equals(one)) {
            return "the CRT coefficient qp is not q⁻¹ mod p";
        }
        return null;
    }

    /**
     * The PKCS#1 bytes of this key: exactly as read when it came from a file or a device (a device's key is BER
     * with fixed-width INTEGERs and stays so), as made for a new key (the firmware's layout), canonical DER
     * otherwise. particle-cli's {@code .der} file and the DCT slot hold these bytes.
     */
    public byte[] toPkcs1Der() {
        return encoded != null ? encoded.clone() : canonicalDer();
    }

    /** The bytes the key was read from or made as; null for a key that only has numbers. */
    byte[] encoded() {
        return encoded == null ? null : encoded.clone();
    }

    /** Canonical DER of the numbers (what {@code openssl rsa -outform DER} would write). */
    byte[] canonicalDer() {
        try {
            return new org.bouncycastle.asn1.pkcs.RSAPrivateKey(n, e, d, p, q, dp, dq, qp).getEncoded(ASN1Encoding.DER);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** "-----BEGIN RSA PRIVATE KEY-----" PEM (PKCS#1) of {@link #toPkcs1Der()}: openssl and particle-cli read it. */
    public String toPem() {
        return Pem.encode("RSA PRIVATE KEY", toPkcs1Der());
    }

    @Override
    public String toString() {
        return "RSA-" + bits() + " private key (public fingerprint " + publicKey().fingerprint().substring(0, 16)
                + "…)";
    }
}
