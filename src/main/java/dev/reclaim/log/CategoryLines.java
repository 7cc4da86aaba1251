package dev.reclaim.log;

import java.util.Objects;

/**
 * The entries of the handshake table that a record of one category may be (see {@link HandshakeLines}), by the first
 * character of their text, each with what a match means for that category. Looked up once for a run of records of
 * the category; asked for every one of them, so it works on a plain record's bytes and tries an entry only when the
 * first eight bytes of the message can start its text.
 */
final class CategoryLines {
    /** An entry, and whether a match of it proves its generation for this category. */
    record Candidate(HandshakeLine line, boolean evidence) {
        LineTemplate template() {
            return line.template();
        }
    }

    /** By first character (ASCII); null where no entry starts with it. */
    private final Candidate[][] buckets;

    CategoryLines(Candidate[][] buckets) {
        this.buckets = buckets;
    }

    /** The entry this record is, or null. Allocates only when it matches, or for a message the parser decoded. */
    HandshakeLines.Match match(LogRecord r) {
        if (r.kind() != RecordKind.LOG) {
            return null;
        }
        byte[] m = r.lineBytes();
        int from = 0;
        int to;
        String message = null;
        int first;
        if (m != null) {
            from = r.messageStart();
            to = r.end();
            first = from < to ? m[from] : -1; // a byte over 0x7F is negative: no template's first character
        } else {
            message = r.message();
            to = message.length();
            first = to > 0 && message.charAt(0) < 0x80 ? message.charAt(0) : -1;
        }
        Candidate[] bucket = first >= 0 ? buckets[first] : null;
        if (bucket == null) {
            return null;
        }
        if (m == null) {
            m = LineTemplate.view(message); // only for a message some entry may be
        }
        boolean word = to - from >= 8;
        long head = word ? ByteWords.at(m, from) : 0;
        for (Candidate k : bucket) {
            LineTemplate t = k.template();
            if (word && !t.mayStart(head)) {
                continue;
            }
            long v = t.match(m, from, to, word ? t.headLength() : 0);
            if (v == LineTemplate.NO_MATCH) {
                continue;
            }
            Integer code = v != LineTemplate.NO_CODE ? Integer.valueOf((int) v) : t.hasCode() ? null : r.code();
            return new HandshakeLines.Match(k.line(), code, k.evidence(), false);
        }
        return r.cut() ? cutMatch(r.message(), bucket) : null;
    }

    /**
     * A record cut by the next one is still this entry when its visible part is the start of exactly one entry's
     * text; its code, if any, is not trusted (its digits may be cut too).
     */
    private static HandshakeLines.Match cutMatch(String msg, Candidate[] bucket) {
        HandshakeLine only = null;
        for (Candidate k : bucket) {
            if (k.template().matchesPrefix(msg)) {
                if (only != null && !sameMeaning(only, k.line())) {
                    return null;
                }
                only = only == null ? k.line() : only;
            }
        }
        return only == null ? null : new HandshakeLines.Match(only, null, false, true);
    }

    /** Two entries that would do the same to an attempt: one cannot tell them apart, and need not. */
    private static boolean sameMeaning(HandshakeLine a, HandshakeLine b) {
        return a.event() == b.event() && a.stage() == b.stage() && Objects.equals(a.signal(), b.signal());
    }
}
