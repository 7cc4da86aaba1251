package dev.reclaim.keys;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * What an EC key in the DCT's alt_* (UDP) slots is: its curve and DER length, and for a public key its
 * fingerprint. Photon/P1 always use TCP, so these slots are normally blank; Reclaim only describes them.
 */
public record EcKeyInfo(String curve, int derLength, String fingerprint) {

    /** An EC private key (SEC1 ECPrivateKey DER) at the start of {@code slot}. */
    public static EcKeyInfo ofPrivate(byte[] slot) throws KeyFormatException {
        byte[] der = Der.firstSequenceOfSecret(slot, "the EC private key");
        try {
            ECPrivateKey k = ECPrivateKey.getInstance(ASN1Primitive.fromByteArray(der));
            ASN1Primitive params = k.getParametersObject() == null ? null : k.getParametersObject().toASN1Primitive();
            return new EcKeyInfo(curveName(params), der.length, null);
        } catch (IOException | RuntimeException e) {
            throw new KeyFormatException("the EC private key is not a SEC1 ECPrivateKey");
        }
    }

    /** An EC public key (SubjectPublicKeyInfo DER) at the start of {@code slot}. */
    public static EcKeyInfo ofPublic(byte[] slot) throws KeyFormatException {
        byte[] der = Der.firstSequence(slot, "the EC public key");
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (!X9ObjectIdentifiers.id_ecPublicKey.equals(spki.getAlgorithm().getAlgorithm())) {
                throw new KeyFormatException("the public key is not an EC key");
            }
            String curve = curveName(spki.getAlgorithm().getParameters().toASN1Primitive());
            return new EcKeyInfo(curve, der.length, Hex.of(MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            throw new KeyFormatException("the EC public key is not an EC SubjectPublicKeyInfo");
        }
    }

    private static String curveName(ASN1Primitive params) {
        if (params instanceof ASN1ObjectIdentifier oid) {
            String name = NISTNamedCurves.getName(oid); // "P-256", the name Particle's docs use
            if (name == null) {
                name = ECNamedCurveTable.getName(oid);
            }
            return name != null ? name : oid.getId();
        }
        return params == null ? "unnamed curve" : "explicit curve parameters";
    }
}
