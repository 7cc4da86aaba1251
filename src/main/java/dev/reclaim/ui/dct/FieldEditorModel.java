package dev.reclaim.ui.dct;

import dev.reclaim.dct.check.CheckId;
import dev.reclaim.dct.check.DctReport;
import dev.reclaim.dct.codec.Codecs;
import dev.reclaim.dct.codec.FieldStatus;
import dev.reclaim.dct.codec.FieldValue;
import dev.reclaim.dct.codec.InvalidValueException;
import dev.reclaim.dct.codec.ServerAddress;
import dev.reclaim.dct.layout.Field;
import dev.reclaim.dct.write.DctEdit;
import dev.reclaim.dct.write.DctEdits;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the field editors can do, as typed methods: each builds its edits from typed values through the DCT engine
 * (whose parsers validate and word the refusals) and applies them as one undoable step. A refusal is kept in
 * {@link #errorProperty()} for the editor to show; the next successful edit clears it.
 */
public final class FieldEditorModel {
    private final DctEditorViewModel vm;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    FieldEditorModel(DctEditorViewModel vm) {
        this.vm = vm;
    }

    /** Why the last edit was refused; empty when it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set("");
    }

    // ---- edits ----

    /** A host of the chosen type (IP or domain) and a port, empty for the default. */
    public void setServerAddress(String field, ServerAddress.Type type, String host, String port) {
        apply("Set " + field, () -> List.of(edits().set(field, new FieldValue.Address(ServerAddress.of(type, host, port)))));
    }

    /** Particle's cloud: its host on the default port and its server key, one step. */
    public void setParticleCloud() {
        apply("Set Particle cloud", () -> edits().particleCloud());
    }

    /** Particle's server key, the address after it left as it is. */
    public void setParticleServerKey() {
        apply("Set Particle cloud key", () -> List.of(edits().particleServerKey()));
    }

    /** A DER or PEM key file; a device private key also writes its public half. */
    public void importKey(String field, Path file) {
        apply("Import " + field, () -> edits().keyFile(field, file));
    }

    public void setClaimed(String field, boolean claimed) {
        apply("Set " + field, () -> List.of(edits().set(field, new FieldValue.Claimed(claimed))));
    }

    /** A value in the field's own text form (text, a number or named value, a device ID, a product), parsed by its codec. */
    public void setValue(String field, String text) {
        apply("Set " + field, () -> List.of(edits().set(field, edits().valueOf(field, text))));
    }

    /** Exactly these bytes (hex digits) from the field's first byte on. */
    public void setRawHex(String field, String digits) {
        apply("Set " + field, () -> List.of(edits().rawHex(field, digits)));
    }

    /** Every writable byte of the field to 0xFF. */
    public void erase(String field) {
        apply("Erase " + field, () -> List.of(edits().blank(field)));
    }

    // ---- what editors show ----

    /** What the field's codec accepts as text, for a prompt; null when it takes no text. */
    public String valueSyntax(Field field) {
        return Codecs.forType(field.type()).valueSyntax();
    }

    /** True when the Particle cloud preset writes this field. */
    public boolean partOfParticleCloud(String field) {
        try {
            return edits().particleCloud().stream().anyMatch(e -> e.field().equals(field));
        } catch (InvalidValueException e) {
            throw new IllegalStateException("Particle's cloud does not fit the layout", e);
        }
    }

    /** Whether the device's public key belongs to its private key, in words. */
    public String pairCheck() {
        DctReport report = vm.reportProperty().get();
        if (report == null) {
            return "";
        }
        if (report.has(CheckId.DEVICE_KEYPAIR_MISMATCH)) {
            return "✕ the public key does not belong to the private key";
        }
        boolean bothThere = isOk(report, DctEdits.DEVICE_PRIVATE_KEY) && isOk(report, DctEdits.DEVICE_PUBLIC_KEY);
        return bothThere ? "✓ the public key belongs to the private key" : "– needs both keys";
    }

    private static boolean isOk(DctReport report, String field) {
        return report.field(field).map(f -> f.status() == FieldStatus.OK).orElse(false);
    }

    private DctEdits edits() {
        return vm.edits();
    }

    private void apply(String step, EditSource source) {
        try {
            vm.apply(step, source.edits());
            error.set("");
        } catch (InvalidValueException | IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface EditSource {
        List<DctEdit> edits() throws InvalidValueException;
    }
}
