package dev.reclaim.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** PEM armour: base64 DER between BEGIN/END lines. */
final class Pem {
    private Pem() {
    }

    static String encode(String type, byte[] der) {
        StringWriter out = new StringWriter();
        try (PemWriter w = new PemWriter(out)) {
            w.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static boolean looksLikePem(byte[] file) {
        return new String(file, 0, Math.min(file.length, 4096), StandardCharsets.US_ASCII).contains("-----BEGIN ");
    }

    /** The first PEM object in the text; its type (e.g. "RSA PRIVATE KEY") and DER content. */
    static PemObject decode(byte[] file, String what) throws KeyFormatException {
        String text = new String(file, StandardCharsets.US_ASCII);
        if (text.contains("ENCRYPTED")) {
            throw new KeyFormatException(what + " is an encrypted PEM key; decrypt it first "
                    + "(openssl rsa -in FILE -out PLAIN.pem) and use the plain file");
        }
        try (PemReader r = new PemReader(new StringReader(text))) {
            PemObject o = r.readPemObject();
            if (o == null) {
                throw new KeyFormatException(what + " has a BEGIN line but no complete PEM block");
            }
            return o;
        } catch (IOException | RuntimeException e) {
            throw new KeyFormatException(what + " is not valid PEM (bad base64 or missing END line)");
        }
    }
}
