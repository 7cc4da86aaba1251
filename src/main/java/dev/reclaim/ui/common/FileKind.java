package dev.reclaim.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Whether a file opened or dropped is a device log or a DCT image, so one Open command serves both. */
public enum FileKind {
    LOG, DCT;

    /** Decides by extension, else by content: text that is not Intel HEX is a log; anything else is a DCT image. */
    public static FileKind of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".log") || name.endsWith(".txt")) {
            return LOG;
        }
        if (name.endsWith(".bin") || name.endsWith(".dct") || name.endsWith(".hex") || name.endsWith(".dfu")) {
            return DCT;
        }
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0 || head[0] == ':') {
            return DCT;
        }
        int printable = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == '\n' || b == '\r' || b == '\t' || b >= 0x20 && b < 0x7F || b >= 0xC0) {
                printable++;
            }
        }
        return printable >= n * 0.95 ? LOG : DCT;
    }
}
