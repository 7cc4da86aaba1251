package dev.reclaim.dct.codec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a key slot holds, safe to print: never key material.
 *
 * @param kind        "private" or "public"
 * @param algorithm   "RSA" or "EC"
 * @param bits        RSA modulus size; null for EC
 * @param curve       EC curve name; null for RSA
 * @param derLength   length of the DER object at the start of the slot
 * @param fingerprint SHA-256 (hex) of the public key's SubjectPublicKeyInfo DER — for a private key, of its
 *                    public half; null where it cannot be derived (EC private)
 * @param knownAs     for a server key, the known key it is ("Particle cloud (TCP)"), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeySummary(String kind, String algorithm, Integer bits, String curve, int derLength, String fingerprint,
        String knownAs) {

    String describe() {
        String size = bits != null ? algorithm + "-" + bits : algorithm + " " + curve;
        String fp = fingerprint == null ? "" : ", fingerprint " + fingerprint.substring(0, 16) + "…";
        return size + " " + kind + " key (" + derLength + " bytes DER" + fp + ")" + (knownAs == null ? "" : ": " + knownAs);
    }
}
