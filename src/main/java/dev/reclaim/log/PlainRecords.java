package dev.reclaim.log;

import java.nio.charset.StandardCharsets;

/**
 * Reads the line nearly every log is made of — "NNNNNNNNNN [category] LEVEL: message", printable ASCII, one record
 * — straight from its bytes, with one look at each header byte and no decoding, scanning or matching on the way.
 * Any other line (no counter, source info, a second record run into it, a code suffix, a line that is not plain
 * ASCII) is answered with null and goes to the {@link RecordParser}, whose answer this one always equals where it
 * gives one (RecordScanPropertiesTest compares both). Not thread-safe: it keeps a cache of categories.
 */
final class PlainRecords {
    /** The format a plain record is read as: the first body of formats.json, which the parser tries first. */
    private static final String FORMAT = "device-os";
    /** Where "[category]" starts: after the ten digits of the device counter and a space. */
    private static final int CATEGORY_AT = 11;
    private static final long EACH_0X30 = 0x3030303030303030L;
    /** The level names by their first byte (they all start differently). */
    private static final byte[][] LEVEL_BY_FIRST = levelsByFirstByte();

    /**
     * The format's id as the formats hold it: the tracker notices a change of format by identity, so a plain record
     * must carry the very String the parser gives the same format.
     */
    private final String format;
    private final String[] categories = new String[256];
    private final byte[][] categoryBytes = new byte[256][];
    /** The category of the last record read (the next one nearly always has the same). */
    private byte[] lastCategoryBytes;
    private String lastCategory;

    /** Null when the formats do not try the plain record first (then every line goes to the parser). */
    static PlainRecords of(LogFormats formats) {
        boolean first = !formats.bodies().isEmpty() && formats.bodies().get(0).id().equals(FORMAT)
                && RecordParser.PLAIN_HEADS.get(FORMAT) == CATEGORY_AT;
        return first ? new PlainRecords(formats.bodies().get(0).id()) : null;
    }

    private PlainRecords(String format) {
        this.format = format;
    }

    /**
     * The record of a line whose bytes are all printable ASCII (or tab), or null when the line is not plainly one
     * record of the plain shape.
     *
     * @param bytesStay true when b[off, off + len) never changes afterwards (a block of a whole log): the record then
     *                  keeps the bytes and decodes its text only when asked; false: it copies them now
     */
    LogRecord read(byte[] b, int off, int len, long line, boolean bytesStay) {
        return read(b, off, len, line, bytesStay, null);
    }

    /** @param base null when {@code line} is the line number, else the first line of the block it counts in */
    LogRecord read(byte[] b, int off, int len, long line, boolean bytesStay, LineBase base) {
        int end = off + len;
        int cs = off + CATEGORY_AT + 1;
        if (len <= cs - off || b[off + 10] != ' ' || b[cs - 1] != '[') {
            return null;
        }
        long millis = counter(b, off);
        if (millis < 0) {
            return null;
        }
        int q = cs;
        int hash = 0;
        byte[] last = lastCategoryBytes;
        String category = null;
        if (last != null && end - cs > last.length && b[cs + last.length] == ']' && startsWith(b, cs, last)) {
            q += last.length; // the category of the line before, as nearly always: no scan, no hash, no lookup
            category = lastCategory;
        } else {
            while (q < end && isCategoryByte(b[q])) { // one pass finds its end and its hash, for the cache
                hash = 31 * hash + b[q];
                q++;
            }
        }
        if (q == cs || q + 1 >= end || b[q] != ']' || b[q + 1] != ' ') {
            return null;
        }
        int ls = q + 2;
        int le = levelEnd(b, ls, end);
        if (le < 0 || le + 1 >= end || b[le] != ':' || b[le + 1] != ' ') {
            return null;
        }
        int ms = le + 2;
        if (end > ms && b[end - 1] == ']' || nextHeader(b, off, off + CATEGORY_AT, end) >= 0) {
            return null; // a "[code = N]" suffix, or a second record on the line: the parser's cases
        }
        if (category == null) {
            category = category(b, cs, q, hash);
        }
        Level level = Level.ofName((char) b[ls]);
        if (bytesStay) {
            return LogRecord.plain(line, base, millis, category, level, format, b, off, ms, end);
        }
        String text = new String(b, off, len, StandardCharsets.ISO_8859_1);
        LogRecord r = new LogRecord(line, RecordKind.LOG, millis, null, -1, category, level, null,
                text.substring(ms - off), null, null, format, text, false);
        return base == null ? r : r.within(base);
    }

    /**
     * {@link RecordParser#nextHeader} over the bytes of a line that starts at {@code lineStart}: where another record
     * starts in b[from, to), or -1. Every tenth byte is looked at, since a run of ten digits covers one of them.
     */
    static int nextHeader(byte[] b, int lineStart, int from, int to) {
        int i = from + 9;
        while (i < to) {
            if (!isDigit(b[i])) {
                i += 10;
                continue;
            }
            int start = i;
            while (start > from && isDigit(b[start - 1])) {
                start--;
            }
            int end = i + 1;
            while (end < to && isDigit(b[end])) {
                end++;
            }
            if (end - start >= 10 && (start == lineStart || !isDigit(b[start - 1])) && headerAt(b, start, to)) {
                return start;
            }
            i = end + 10;
        }
        return -1;
    }

    /** {@link RecordParser#headerAt} over bytes: ten digits at p, then " [", " LEVEL:" or ":LEVEL". */
    private static boolean headerAt(byte[] b, int p, int to) {
        int after = p + 10;
        if (after + 1 >= to) {
            return false;
        }
        byte sep = b[after];
        if (sep == ' ' && b[after + 1] == '[') {
            return true;
        }
        if (sep != ' ' && sep != ':') {
            return false;
        }
        int k = levelEnd(b, after + 1, to);
        if (k < 0) {
            return false;
        }
        while (k < to && b[k] == ' ') {
            k++;
        }
        return k < to && b[k] == ':';
    }

    /**
     * The end of the level name that starts at {@code at}, or -1. The names start with different letters, so the
     * first byte picks the only candidate (the parser's order of trying them cannot matter).
     */
    private static int levelEnd(byte[] b, int at, int end) {
        if (at >= end) {
            return -1;
        }
        byte[] level = LEVEL_BY_FIRST[b[at] & 0x7F];
        return level != null && end - at >= level.length && startsWith(b, at, level) ? at + level.length : -1;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The category as a shared String: a log has a handful, so a small cache saves a String per line. */
    private String category(byte[] b, int from, int to, int h) {
        int slot = (h ^ (h >>> 16)) & (categories.length - 1);
        byte[] cached = categoryBytes[slot];
        if (cached == null || cached.length != to - from || !startsWith(b, from, cached)) {
            cached = java.util.Arrays.copyOfRange(b, from, to);
            categoryBytes[slot] = cached;
            categories[slot] = new String(cached, StandardCharsets.ISO_8859_1);
        }
        lastCategoryBytes = cached;
        lastCategory = categories[slot];
        return lastCategory;
    }

    private static byte[][] levelsByFirstByte() {
        byte[][] levels = new byte[128][];
        for (String name : RecordParser.HEADER_LEVELS) {
            if (levels[name.charAt(0)] != null) {
                throw new IllegalStateException("two level names start with " + name.charAt(0));
            }
            levels[name.charAt(0)] = name.getBytes(StandardCharsets.US_ASCII);
        }
        return levels;
    }

    /** The characters of a category in the formats' regexes: [A-Za-z0-9_.-]. */
    private static boolean isCategoryByte(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '-';
    }

    /**
     * The ten-digit device counter at {@code from}, or -1 when the ten bytes are not all digits. The first eight are
     * checked and read as one word (the line holds more than ten bytes).
     */
    static long counter(byte[] b, int from) {
        long w = ByteWords.at(b, from);
        // Every byte 0x30-0x3F, and none above 0x39 (adding 6 carries those into 0x40-0x45, within their own byte).
        if ((w & 0xF0F0F0F0F0F0F0F0L) != EACH_0X30 || (w + 0x0606060606060606L & 0xF0F0F0F0F0F0F0F0L) != EACH_0X30) {
            return -1;
        }
        int d8 = b[from + 8] - '0';
        int d9 = b[from + 9] - '0';
        if (d8 < 0 || d8 > 9 || d9 < 0 || d9 > 9) {
            return -1;
        }
        // Eight digits to their value in three steps, each joining neighbouring lanes (the first byte is the
        // highest digit): pairs, then fours, then all eight.
        long v = w & 0x0F0F0F0F0F0F0F0FL;
        v = (v * 2561) >>> 8 & 0x00FF00FF00FF00FFL;
        v = (v * 6553601) >>> 16 & 0x0000FFFF0000FFFFL;
        v = (v * 42949672960001L) >>> 32;
        return v * 100 + d8 * 10 + d9;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
