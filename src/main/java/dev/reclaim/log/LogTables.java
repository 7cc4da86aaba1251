package dev.reclaim.log;

/** The data the log engine runs on: formats, handshake lines, diagnosis rules. Immutable, shared by all engines. */
public record LogTables(LogFormats formats, HandshakeLines lines, DiagnosisRules rules) {

    /** The tables shipped with Reclaim (loaded once). */
    public static LogTables standard() {
        return new LogTables(LogFormats.standard(), HandshakeLines.standard(), DiagnosisRules.standard());
    }
}
