package dev.reclaim.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encoding;

/**
 * An RSA private key in CRT form, as PKCS#1 stores it. Immutable. Its numbers never leave this class except as
 * the DER or PEM a caller explicitly asks for: {@link #toString()} names only the public fingerprint.
 */
public final class RsaPrivateKey {
    private final BigInteger modulus;
    private final BigInteger publicExponent;
    private final BigInteger privateExponent;
    private final BigInteger prime1;
    private final BigInteger prime2;
    private final BigInteger exponent1;
    private final BigInteger exponent2;
    private final BigInteger coefficient;

    RsaPrivateKey(org.bouncycastle.asn1.pkcs.RSAPrivateKey k) {
        this(k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(), k.getPrime1(), k.getPrime2(),
                k.getExponent1(), k.getExponent2(), k.getCoefficient());
    }

    RsaPrivateKey(BigInteger modulus, BigInteger publicExponent, BigInteger privateExponent, BigInteger prime1,
            BigInteger prime2, BigInteger exponent1, BigInteger exponent2, BigInteger coefficient) {
        this.modulus = modulus;
        this.publicExponent = publicExponent;
        this.privateExponent = privateExponent;
        this.prime1 = prime1;
        this.prime2 = prime2;
        this.exponent1 = exponent1;
        this.exponent2 = exponent2;
        this.coefficient = coefficient;
    }

    public int bits() {
        return modulus.bitLength();
    }

    /** The public half, as the firmware derives it ({@code extract_public_rsa_key}: modulus and exponent). */
    public RsaPublicKey publicKey() {
        return new RsaPublicKey(modulus, publicExponent);
    }

    /** True if this key and {@code pub} form a pair. */
    public boolean pairsWith(RsaPublicKey pub) {
        return pub != null && publicKey().equals(pub);
    }

    /**
     * True if the numbers fit together (p·q = n and e·d ≡ 1 mod p−1 and q−1). A flipped bit anywhere in a
     * stored key almost always breaks this, even when the DER still parses.
     */
    public boolean isConsistent() {
        try {
            BigInteger one = BigInteger.ONE;
            return prime1.multiply(prime2).equals(modulus)
                    && publicExponent.multiply(privateExponent).mod(prime1.subtract(one)).equals(one)
                    && publicExponent.multiply(privateExponent).mod(prime2.subtract(one)).equals(one);
        } catch (ArithmeticException e) {
            return false; // a zero or negative prime in a corrupted key
        }
    }

    /** PKCS#1 RSAPrivateKey DER: the form in the DCT slot and particle-cli's {@code .der} file. */
    public byte[] toPkcs1Der() {
        try {
            return new org.bouncycastle.asn1.pkcs.RSAPrivateKey(modulus, publicExponent, privateExponent, prime1,
                    prime2, exponent1, exponent2, coefficient).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "-----BEGIN RSA PRIVATE KEY-----" PEM (PKCS#1), which openssl and particle-cli read. */
    public String toPem() {
        return Pem.encode("RSA PRIVATE KEY", toPkcs1Der());
    }

    @Override
    public String toString() {
        return "RSA-" + bits() + " private key (public fingerprint " + publicKey().fingerprint().substring(0, 16)
                + "…)";
    }
}
