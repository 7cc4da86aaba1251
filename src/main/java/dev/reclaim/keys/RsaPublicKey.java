package dev.reclaim.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** An RSA public key (device key, RSA-1024, or Particle's server key, RSA-2048). Immutable. */
public final class RsaPublicKey {
    private final BigInteger modulus;
    private final BigInteger exponent;

    public RsaPublicKey(BigInteger modulus, BigInteger exponent) {
        this.modulus = Objects.requireNonNull(modulus);
        this.exponent = Objects.requireNonNull(exponent);
    }

    public BigInteger modulus() {
        return modulus;
    }

    public BigInteger exponent() {
        return exponent;
    }

    public int bits() {
        return modulus.bitLength();
    }

    /** SubjectPublicKeyInfo DER, the form the DCT stores (162 bytes for RSA-1024, 294 for RSA-2048). */
    public byte[] toSpkiDer() {
        try {
            return new SubjectPublicKeyInfo(
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    new org.bouncycastle.asn1.pkcs.RSAPublicKey(modulus, exponent)).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "-----BEGIN PUBLIC KEY-----" PEM, as {@code openssl rsa -pubout} writes it (particle-cli's .pub.pem). */
    public String toPem() {
        return Pem.encode("PUBLIC KEY", toSpkiDer());
    }

    /** SHA-256 of the SubjectPublicKeyInfo DER, lowercase hex: the key's identity in reports and diffs. */
    public String fingerprint() {
        try {
            return Hex.of(MessageDigest.getInstance("SHA-256").digest(toSpkiDer()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RsaPublicKey k && k.modulus.equals(modulus) && k.exponent.equals(exponent);
    }

    @Override
    public int hashCode() {
        return modulus.hashCode() * 31 + exponent.hashCode();
    }

    @Override
    public String toString() {
        return "RSA-" + bits() + " public key " + fingerprint().substring(0, 16) + "…";
    }
}
