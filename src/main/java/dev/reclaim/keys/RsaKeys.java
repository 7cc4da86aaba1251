package dev.reclaim.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Making and reading RSA keys: device keys are RSA-1024 with e = 65537 (what {@code openssl genrsa 1024} and the
 * firmware's own generator make); the server key is RSA-2048. DER in the DCT, DER or PEM in files.
 */
public final class RsaKeys {
    public static final int DEVICE_KEY_BITS = 1024;
    public static final int SERVER_KEY_BITS = 2048;
    public static final BigInteger PUBLIC_EXPONENT = BigInteger.valueOf(65537);
    private static final int PRIME_CERTAINTY = 112;

    private RsaKeys() {
    }

    /**
     * A new RSA-1024 device key from a strong random source, stored the firmware's way (fixed-width INTEGERs,
     * {@link FirmwareKeyWriter}), so the device reads it right whatever its numbers. Takes tens of milliseconds.
     */
    public static RsaPrivateKey generateDeviceKey() {
        return generateDeviceKey(new SecureRandom());
    }

    /** {@link #generateDeviceKey()} from {@code random} (tests use a seeded one). */
    public static RsaPrivateKey generateDeviceKey(SecureRandom random) {
        try {
            return FirmwareKeyWriter.inFirmwareLayout(generate(DEVICE_KEY_BITS, random));
        } catch (KeyFormatException e) {
            throw new IllegalStateException("a fresh RSA-1024 key does not fit the firmware's layout: " + e.getMessage(), e);
        }
    }

    public static RsaPrivateKey generate(int bits, SecureRandom random) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(PUBLIC_EXPONENT, random, bits, PRIME_CERTAINTY));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        RSAPrivateCrtKeyParameters k = (RSAPrivateCrtKeyParameters) pair.getPrivate();
        return new RsaPrivateKey(k.getModulus(), k.getPublicExponent(), k.getExponent(), k.getP(), k.getQ(),
                k.getDP(), k.getDQ(), k.getQInv(), null);
    }

    /** Length of the DER object at the start of a key slot, or -1 if there is none. */
    public static int derLength(byte[] slot) {
        return slot.length > 0 && (slot[0] & 0xFF) == Der.SEQUENCE ? Der.objectLength(slot, 0) : -1;
    }

    /**
     * A PKCS#1 RSAPrivateKey at the start of {@code slot}, read as BER (INTEGERs with redundant leading zeros, as
     * the firmware writes them, are fine); bytes after the object are ignored. The key keeps its bytes.
     */
    public static RsaPrivateKey parsePrivateDer(byte[] slot) throws KeyFormatException {
        return Pkcs1Ber.parse(slot).key();
    }

    /** A SubjectPublicKeyInfo RSA key at the start of {@code slot}; bytes after the DER object are ignored. */
    public static RsaPublicKey parsePublicDer(byte[] slot) throws KeyFormatException {
        byte[] der = Der.firstSequence(slot, "the public key");
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(strictDer(der));
            if (!PKCSObjectIdentifiers.rsaEncryption.equals(spki.getAlgorithm().getAlgorithm())) {
                throw new KeyFormatException("the public key is not an RSA key (algorithm "
                        + spki.getAlgorithm().getAlgorithm().getId() + ")");
            }
            return fromPkcs1Public(spki.parsePublicKey());
        } catch (IOException | RuntimeException e) {
            throw new KeyFormatException("the public key is DER but not an RSA SubjectPublicKeyInfo");
        }
    }

    /**
     * A private key file as particle-cli and openssl write them: DER or PEM, PKCS#1 ("RSA PRIVATE KEY") or
     * PKCS#8 ("PRIVATE KEY").
     */
    public static RsaPrivateKey readPrivateKeyFile(byte[] file) throws KeyFormatException {
        if (!Pem.looksLikePem(file)) {
            if (derLength(file) < 0) {
                throw new KeyFormatException("the file is neither a DER nor a PEM key");
            }
            try {
                return parsePrivateDer(file);
            } catch (KeyFormatException notPkcs1) {
                return fromPkcs8(Der.firstSequenceOfSecret(file, "the private key"));
            }
        }
        PemObject pem = Pem.decode(file, "the private key file");
        switch (pem.getType()) {
            case "RSA PRIVATE KEY":
                return parsePrivateDer(pem.getContent());
            case "PRIVATE KEY":
                return fromPkcs8(pem.getContent());
            default:
                throw new KeyFormatException("the PEM file holds a \"" + pem.getType()
                        + "\", not an RSA private key");
        }
    }

    /** A public key file: DER or PEM, SubjectPublicKeyInfo ("PUBLIC KEY") or PKCS#1 ("RSA PUBLIC KEY"). */
    public static RsaPublicKey readPublicKeyFile(byte[] file) throws KeyFormatException {
        if (!Pem.looksLikePem(file)) {
            if (derLength(file) < 0) {
                throw new KeyFormatException("the file is neither a DER nor a PEM key");
            }
            return parsePublicDer(file);
        }
        PemObject pem = Pem.decode(file, "the public key file");
        switch (pem.getType()) {
            case "PUBLIC KEY":
                return parsePublicDer(pem.getContent());
            case "RSA PUBLIC KEY":
                try {
                    return fromPkcs1Public(strictDer(pem.getContent()));
                } catch (RuntimeException e) {
                    throw new KeyFormatException("the PEM \"RSA PUBLIC KEY\" is not a PKCS#1 public key");
                }
            default:
                throw new KeyFormatException("the PEM file holds a \"" + pem.getType() + "\", not a public key");
        }
    }

    private static RsaPrivateKey fromPkcs8(byte[] der) throws KeyFormatException {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
                throw new KeyFormatException("the private key is not an RSA key");
            }
            // the inner PKCS#1 key may be BER like the firmware's; read it as such and keep its bytes
            return Pkcs1Ber.parse(info.getPrivateKey().getOctets()).key();
        } catch (IOException | RuntimeException e) {
            throw new KeyFormatException("the private key is neither PKCS#1 nor PKCS#8 RSA");
        }
    }

    private static RsaPublicKey fromPkcs1Public(Object asn1) {
        org.bouncycastle.asn1.pkcs.RSAPublicKey k = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(asn1);
        if (k.getModulus().signum() <= 0 || k.getPublicExponent().signum() <= 0) {
            throw new IllegalArgumentException("non-positive RSA number");
        }
        return new RsaPublicKey(k.getModulus(), k.getPublicExponent());
    }

    /** Parses exactly {@code der}; rejects BER and any encoding that does not re-encode to the same bytes. */
    private static ASN1Primitive strictDer(byte[] der) {
        try {
            ASN1Primitive p = ASN1Primitive.fromByteArray(der);
            if (!Arrays.equals(p.getEncoded(ASN1Encoding.DER), der)) {
                throw new IllegalArgumentException("not distinguished encoding");
            }
            return p;
        } catch (IOException e) {
            throw new IllegalArgumentException("not DER", e);
        }
    }
}
