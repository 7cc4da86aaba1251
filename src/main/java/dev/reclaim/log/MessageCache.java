package dev.reclaim.log;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one String per distinct message text of the recognised lines. Every kept attempt holds the text of each
 * of its lines, and a device that keeps retrying prints the same few lines over and over: sharing them keeps about
 * half of what a kept attempt weighs out of the heap (the collector copies less). Bounded: when full it starts over.
 *
 * <p>A plain record's message is looked up by its bytes, in a small table that remembers the last message of each
 * slot: a repeated line then costs neither a decoded String nor its hash.
 */
final class MessageCache {
    private static final int MAX_TEXTS = 1024;
    private static final int SLOTS = 512;

    private final Map<String, String> texts = new HashMap<>();
    private final byte[][] slotBytes = new byte[SLOTS][];
    private final String[] slotTexts = new String[SLOTS];

    /** The String equal to the record's message that this cache handed out before, or its message itself. */
    String canonical(LogRecord r) {
        byte[] b = r.lineBytes();
        if (b == null) {
            return canonical(r.message());
        }
        int from = r.messageStart();
        int to = r.end();
        int slot = slot(b, from, to);
        byte[] known = slotBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, b, from, to)) {
            return slotTexts[slot];
        }
        String text = canonical(r.message());
        slotBytes[slot] = Arrays.copyOfRange(b, from, to);
        slotTexts[slot] = text;
        return text;
    }

    /**
     * The slot of the message b[from, to): from its length and its first and last eight bytes, read as words, which
     * tell the few texts of a log's recognised lines apart (a message shorter than eight bytes is hashed whole).
     */
    private static int slot(byte[] b, int from, int to) {
        int n = to - from;
        long h;
        if (n >= 8) {
            h = ByteWords.at(b, from) * 31 + ByteWords.at(b, to - 8);
        } else {
            h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
        }
        h = (h + n) * 0x9E3779B97F4A7C15L; // spreads every bit of h into the top ones
        return (int) (h >>> 55) & (SLOTS - 1);
    }

    /** The String equal to {@code message} that this cache handed out before, or {@code message} itself. */
    String canonical(String message) {
        String known = texts.get(message);
        if (known != null) {
            return known;
        }
        if (texts.size() >= MAX_TEXTS) {
            texts.clear();
        }
        texts.put(message, message);
        return message;
    }
}
