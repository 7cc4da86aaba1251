package dev.reclaim.dct.check;

import static dev.reclaim.finding.Severity.ERROR;
import static dev.reclaim.finding.Severity.INFO;
import static dev.reclaim.finding.Severity.WARNING;
import static dev.reclaim.finding.WizardId.BACKUP_RESTORE;
import static dev.reclaim.finding.WizardId.RECOVER_KEYS;
import static dev.reclaim.finding.WizardId.SET_SERVER;

import dev.reclaim.dct.AppDct;
import dev.reclaim.dct.CopyReport;
import dev.reclaim.dct.DctImage;
import dev.reclaim.dct.Selection;
import dev.reclaim.dct.codec.DecodedField;
import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.codec.KeySummary;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.DctSector;
import dev.reclaim.finding.Finding;
import dev.reclaim.finding.Location;
import dev.reclaim.finding.Severity;
import dev.reclaim.finding.WizardId;
import dev.reclaim.keys.DeviceKeyVerdict;
import dev.reclaim.keys.RsaPrivateKey;
import dev.reclaim.keys.RsaPublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DCT findings: copies (validity, CRC, agreement of the two firmware rules) and fields (device key pair,
 * server key and address, device ID). Each finding has a stable id, a severity, a cause, a fix with the commands
 * that do it today, and the wizard that will do it in one go.
 */
final class DctChecks {
    private static final String SET = "reclaim dct set FILE ";
    private static final String KEY_FIX = "Write the device's original key back from a backup (" + SET
            + "device_private_key=@backup.der), or make a new key (reclaim keys new --out KEY) and register it with "
            + "the cloud (particle keys send DEVICE_ID KEY.pub.pem) before writing it (" + SET + "device_private_key=@KEY.der).";
    private static final String RESTORE = "restore a backup (reclaim device write-dct --via SPEC BACKUP; device "
            + "writes keep one in ~/.reclaim/backups/<device ID>/)";
    private static final String SERVER_KEY_FIX = SET + "server_public_key=particle (or =@server.der for a private cloud).";
    /** Fields with their own checks below; any other invalid field gets the generic finding. */
    private static final Set<String> CHECKED = Set.of("device_private_key", "device_public_key", "server_public_key",
            "server_address", "device_id", "antenna_selection");

    private final List<Finding> out = new ArrayList<>();

    private DctChecks() {
    }

    static List<Finding> run(DctImage image, Selection selection, Selection legacy, int decodedCopy,
            Optional<AppDct> app, List<DecodedField> fieldList) {
        DctChecks c = new DctChecks();
        c.copies(selection, legacy, decodedCopy);
        app.ifPresent(a -> c.truncation(a));
        Map<String, DecodedField> fields = fieldList.stream()
                .collect(Collectors.toMap(DecodedField::name, Function.identity()));
        if (!fields.isEmpty()) {
            c.deviceKeys(fields.get("device_private_key"), fields.get("device_public_key"));
            c.serverKey(fields.get("server_public_key"));
            c.serverAddress(fields.get("server_address"), app);
            c.deviceId(fields.get("device_id"));
            c.claim(fields.get("claimed"), fields.get("claim_code"), app);
            c.antenna(fields.get("antenna_selection"));
            c.otherInvalidFields(fieldList);
        }
        c.out.sort(Comparator.comparing(Finding::severity));
        return c.out;
    }

    private void add(CheckId id, Severity severity, String cause, String fix, String field) {
        add(id, severity, cause, fix, field, null);
    }

    private void add(CheckId id, Severity severity, String cause, String fix, String field, WizardId wizard) {
        out.add(new Finding(id.id(), severity, id.title(), cause, fix, Optional.ofNullable(wizard),
                field == null ? Location.Dct.image() : Location.Dct.field(field)));
    }

    private void copies(Selection selection, Selection legacy, int decodedCopy) {
        if (selection.copies().isEmpty()) {
            return;
        }
        if (!selection.hasCurrent()) {
            String reasons = selection.copies().stream().map(r -> "copy " + r.index() + ": " + r.note())
                    .collect(Collectors.joining("; "));
            add(CheckId.NO_VALID_COPY, ERROR, "No copy of the DCT is valid (" + reasons + "). At boot the firmware would "
                    + "erase DCT1 and start an empty DCT, losing the device keys and settings.",
                    "Restore the DCT: " + RESTORE + ". If there is none, write the keys and server settings again with "
                            + SET + "... (it builds a fresh, valid copy).", null, BACKUP_RESTORE);
        }
        for (CopyReport r : selection.copies()) {
            if (!Boolean.FALSE.equals(r.crcOk()) || r.retired()) {
                continue;
            }
            if (r.index() == selection.current()) {
                add(CheckId.CRC_MISMATCH, ERROR, "Copy " + r.index() + " is the one the firmware uses, but its CRC does "
                        + "not match its contents: its bytes were changed without writing a new copy (a raw flash write) "
                        + "or are corrupted. Firmware 0.7+ ranks a copy with a bad CRC last and may switch to the other copy.",
                        "Write the DCT through Reclaim (any " + SET + "... writes a new copy with a correct CRC), or "
                                + RESTORE + ".", null, BACKUP_RESTORE);
            } else {
                add(CheckId.CRC_MISMATCH, WARNING, "Copy " + r.index() + "'s CRC does not match its contents, and it is "
                        + "not an older copy retired by a normal write. It is not in use, but it cannot be trusted as a fallback.",
                        "Nothing urgent: the next DCT write replaces it.", null);
            }
        }
        if (selection.current() != legacy.current()) {
            add(CheckId.FIRMWARE_SELECTION_DIFFERS, WARNING, "Firmware 0.7 and newer use " + copyName(selection.current())
                    + ", but firmware 0.6 and older would use " + copyName(legacy.current()) + " (" + legacy.reason()
                    + "). After a firmware upgrade or downgrade the device would run with other keys and settings.",
                    "A write was probably cut before it retired the old copy: run the same write again (reclaim device"
                            + " write-dct --via SPEC FILE with the DCT you meant to write; it retires the old copy so"
                            + " that both rules pick the new one), or write the DCT once through Reclaim (" + SET
                            + "...).", null);
        }
        if (decodedCopy != 0 && decodedCopy != selection.current()) {
            add(CheckId.COPY_NOT_IN_USE, INFO, "The fields shown are those of copy " + decodedCopy + ", which the firmware "
                    + "does not use now.", "None; this is what you asked for with --copy.", null);
        }
    }

    private static String copyName(int copy) {
        return copy == 0 ? "no copy" : "copy " + copy;
    }

    private void truncation(AppDct app) {
        if (!app.isComplete()) {
            add(CheckId.APP_DCT_TRUNCATED, INFO, "This dump holds " + app.length() + " of the " + DctSector.APP_DCT_SIZE
                    + " application-DCT bytes; fields after byte " + app.length() + " are not in it and not checked.",
                    "Dump the whole application DCT (dfu-util -a 1 -s 0:" + DctSector.APP_DCT_SIZE + " -U FILE) or both sectors.",
                    null);
        }
    }

    private void deviceKeys(DecodedField priv, DecodedField pub) {
        if (priv == null || priv.status() == FieldStatus.ABSENT) {
            return;
        }
        if (priv.status() == FieldStatus.BLANK) {
            add(CheckId.DEVICE_PRIVATE_KEY_BLANK, ERROR, "The device private key is blank (its first byte is 0xFF). At "
                    + "its next boot the firmware makes a new key pair, writes it here and resets once; the cloud does "
                    + "not know that key, so the handshake fails (typically 'Unable to receive key -19').", KEY_FIX,
                    priv.name(), RECOVER_KEYS);
        } else if (priv.status() == FieldStatus.INVALID) {
            privateKeyUnusable(priv);
        }
        if (pub == null || pub.status() == FieldStatus.ABSENT) {
            return;
        }
        if (pub.status() == FieldStatus.BLANK) {
            add(CheckId.DEVICE_PUBLIC_KEY_BLANK, INFO, "The device public key slot is blank; the firmware derives the "
                    + "public key from the private key and writes it here at every boot.", "Nothing to do.", pub.name());
        } else if (pub.status() == FieldStatus.INVALID) {
            add(CheckId.DEVICE_PUBLIC_KEY_INVALID, INFO, "The device public key slot does not hold an RSA-1024 public "
                    + "key: " + pub.problem() + ". It heals itself: at every boot the firmware rebuilds this slot from "
                    + "the private key, and the handshake never reads it.",
                    "Nothing needed. To tidy it now: " + SET + "device_private_key=@KEY.der writes the private key and "
                            + "the public key exactly as the firmware would.", pub.name());
        }
        Optional<RsaPrivateKey> privateKey = priv.parsed(RsaPrivateKey.class);
        Optional<RsaPublicKey> publicKey = pub.parsed(RsaPublicKey.class);
        if (privateKey.isPresent() && publicKey.isPresent() && !privateKey.get().pairsWith(publicKey.get())) {
            add(CheckId.DEVICE_KEYPAIR_MISMATCH, INFO, "The device public key slot does not hold the private key's public "
                    + "half (slot fingerprint " + publicKey.get().fingerprint().substring(0, 16) + "…, private key's "
                    + privateKey.get().publicKey().fingerprint().substring(0, 16) + "…). It heals itself: the firmware "
                    + "rewrites the slot from the private key at the next boot and sends the private key's own public "
                    + "half, so that is the one the cloud must know.",
                    "Nothing needed for the device. If the private key was replaced, register its public half with the "
                            + "cloud (particle keys send DEVICE_ID KEY.pub.pem).", pub.name());
        }
    }

    /** A non-blank private key the device cannot use: the firmware never replaces it, so a key must be written. */
    private void privateKeyUnusable(DecodedField priv) {
        Optional<DeviceKeyVerdict> verdict = priv.parsed(DeviceKeyVerdict.class);
        if (verdict.isPresent() && verdict.get().kind() == DeviceKeyVerdict.Kind.MISREAD) {
            add(CheckId.DEVICE_PRIVATE_KEY_MISREAD, ERROR, "The device private key is a valid RSA key, but the firmware "
                    + "will misread it: " + priv.problem() + ". The device will fail to set the session key "
                    + "(DECRYPTION_ERROR) at every handshake.",
                    "Write the same key again the firmware's way; the cloud already knows it, so nothing else changes: "
                            + "reclaim keys export FILE --out KEY, then " + SET + "device_private_key=@KEY.der "
                            + "(Reclaim writes it in the firmware's fixed-width layout).", priv.name(), RECOVER_KEYS);
            return;
        }
        add(CheckId.DEVICE_PRIVATE_KEY_INVALID, ERROR, "The device private key is not a usable RSA-1024 key: "
                + priv.problem() + ". The device will fail to set the session key (it cannot decrypt it), and the "
                + "firmware never replaces a key that is not blank.", KEY_FIX, priv.name(), RECOVER_KEYS);
    }

    private void serverKey(DecodedField key) {
        if (key == null || key.status() == FieldStatus.ABSENT) {
            return;
        }
        if (key.status() == FieldStatus.BLANK) {
            add(CheckId.SERVER_PUBLIC_KEY_BLANK, ERROR, "The server public key is blank. Firmware 0.7 and newer put "
                    + "Particle's key back by themselves ('Public Server Key was blank, restoring'); firmware 0.6 and "
                    + "older cannot encrypt the handshake and fail to connect.", SERVER_KEY_FIX, key.name(), SET_SERVER);
        } else if (key.status() == FieldStatus.INVALID) {
            add(CheckId.SERVER_PUBLIC_KEY_INVALID, ERROR, "The server public key is not an RSA-2048 public key the device can use: "
                    + key.problem() + ". The device cannot encrypt its handshake, so the cloud closes the connection "
                    + "(typically 'Unable to receive key -19').", SERVER_KEY_FIX, key.name(), SET_SERVER);
        } else if (key.value() instanceof KeySummary s && s.knownAs() == null) {
            add(CheckId.SERVER_PUBLIC_KEY_CUSTOM, INFO, "The server public key is not Particle's (fingerprint "
                    + s.fingerprint().substring(0, 16) + "…): the device talks only to a cloud holding the matching private "
                    + "key, such as a local spark-server.", "If the device should use the Particle cloud: " + SET
                    + "server_public_key=particle server_address=device.spark.io", key.name(), SET_SERVER);
        }
    }

    private void serverAddress(DecodedField address, Optional<AppDct> app) {
        if (address == null || address.status() == FieldStatus.ABSENT) {
            return;
        }
        if (address.status() == FieldStatus.OK) {
            List<String> odd = app.map(a -> ServerAddress.oddities(a.slot(address.field()))).orElse(List.of());
            if (!odd.isEmpty()) {
                add(CheckId.SERVER_ADDRESS_ODD, WARNING, "The firmware uses the server address " + address.text()
                        + " as it is, but " + String.join("; ", odd) + ".",
                        "If the device does not reach its cloud, write the address it should use: " + SET
                                + "server_address=HOST[:PORT] (device.spark.io for Particle's cloud).",
                        address.name(), SET_SERVER);
            }
            return;
        }
        String what = address.status() == FieldStatus.BLANK ? "blank (type 255)" : "invalid (" + address.problem() + ")";
        // reference §0: the fallback is never written to flash (only the cloud's spark/device/key/restore does that)
        add(CheckId.SERVER_ADDRESS_INVALID, WARNING, "The server address is " + what + ", so the firmware connects to "
                + "device.spark.io: 0.6 and older log 'Read Server Address = type:255,defaulting to device.spark.io'; 0.7 "
                + "and newer put device.spark.io in its place in RAM only, report a key error event "
                + "(spark/device/key/error) and leave the flash as it is. A private cloud is not reached.",
                "For Particle's cloud nothing is required; to store the address: " + SET
                        + "server_address=device.spark.io (or your cloud's HOST[:PORT]).", address.name(), SET_SERVER);
    }

    private void deviceId(DecodedField id) {
        if (id != null && id.status() == FieldStatus.BLANK) {
            add(CheckId.DEVICE_ID_BLANK, INFO, "The device ID slot is blank. From 0.6.0 the firmware writes the chip's "
                    + "unique ID here at boot; nothing reads this copy (the cloud identity and the DFU serial number come "
                    + "from the chip).", "Nothing to do.", id.name());
        }
    }

    private void claim(DecodedField claimed, DecodedField code, Optional<AppDct> app) {
        if (claimed != null && claimed.status() == FieldStatus.OK && Boolean.FALSE.equals(claimed.value())
                && app.isPresent() && app.get().slot(claimed.field())[0] != 0) {
            add(CheckId.CLAIMED_UNUSUAL_VALUE, INFO, "claimed holds " + claimed.text() + ": the firmware writes the "
                    + "character '1' (0x31) when the cloud acknowledges a claim and reads every other byte as not "
                    + "claimed. Older tools wrote 0x01. The flag does not decide the connection; the cloud's owner "
                    + "record does.", "Nothing is required. If the device is claimed to an account, " + SET
                    + "claimed=true writes the firmware's '1'.", claimed.name());
        }
        if (code == null || code.status() == FieldStatus.ABSENT) {
            return;
        }
        if (code.status() == FieldStatus.BLANK) {
            add(CheckId.CLAIM_CODE_ERASED, INFO, "The claim code slot is erased (0xFF). Firmware up to 1.0.x takes that "
                    + "for a claim code and publishes 63 bytes of 0xFF after every handshake (harmless; 1.1.0 and newer "
                    + "skip it).", "To stop it, clear the code the firmware's way (0x00 in byte 0): " + SET
                    + "claim_code=", code.name());
        } else if (code.status() == FieldStatus.OK && !"".equals(code.value())) {
            add(CheckId.CLAIM_CODE_PENDING, INFO, "A claim code is stored (" + code.text() + "). The firmware publishes "
                    + "it after every successful handshake; when the cloud acknowledges, the firmware clears it (0x00 "
                    + "in byte 0) and sets claimed to '1'.", "Nothing to do: the device claims itself at its next "
                    + "connection. To drop the code instead: " + SET + "claim_code=", code.name());
        }
    }

    private void antenna(DecodedField antenna) {
        if (antenna != null && antenna.status() == FieldStatus.OK && antenna.value() instanceof Long v
                && v != 0 && v != 1 && v != 3) {
            add(CheckId.ANTENNA_SELECTION_INVALID, WARNING, "antenna_selection holds " + antenna.text() + "; the "
                    + "firmware knows 0 (internal), 1 (external), 3 (automatic) and 0xFF (internal), and fails to "
                    + "select an antenna with any other value.", "Write the antenna the device has: " + SET
                    + "antenna_selection=internal (or external, or auto).", antenna.name());
        }
    }

    private void otherInvalidFields(List<DecodedField> fields) {
        for (DecodedField f : fields) {
            if (f.status() == FieldStatus.INVALID && !CHECKED.contains(f.name())) {
                add(CheckId.FIELD_INVALID, INFO, f.name() + " does not decode: " + f.problem() + ".",
                        "If it matters, set it: " + SET + f.name() + "=VALUE.", f.name());
            }
        }
    }
}
