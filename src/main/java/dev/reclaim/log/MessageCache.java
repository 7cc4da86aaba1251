package dev.reclaim.log;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one String per distinct message text of the recognised lines. Every kept attempt holds the text of each
 * of its lines, and a device that keeps retrying prints the same few lines over and over: sharing them keeps about
 * half of what a kept attempt weighs out of the heap (the collector copies less). Bounded: when full it starts over.
 */
final class MessageCache {
    private static final int MAX_TEXTS = 1024;

    private final Map<String, String> texts = new HashMap<>();

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
