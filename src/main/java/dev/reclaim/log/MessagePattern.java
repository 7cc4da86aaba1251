package dev.reclaim.log;

import java.util.regex.Pattern;

/**
 * The message pattern of a rule condition ({@code "message": "^decryption failed with code"}), found anywhere in a
 * message as {@link java.util.regex.Matcher#find()} finds it. It is tried on every line of every ended attempt, so a
 * plain {@code ^text} (all the shipped rules') is tested as a prefix, without the regex engine.
 *
 * @param literalStart the text after '^' when the rest holds no regex syntax, else null
 */
record MessagePattern(Pattern pattern, String literalStart) {
    private static final Pattern PLAIN_START = Pattern.compile("\\^[^\\\\^$.|?*+()\\[\\]{}]*");

    static MessagePattern compile(String regex) {
        Pattern p = Pattern.compile(regex);
        return new MessagePattern(p, PLAIN_START.matcher(regex).matches() ? regex.substring(1) : null);
    }

    boolean foundIn(String message) {
        return literalStart != null ? message.startsWith(literalStart) : pattern.matcher(message).find();
    }
}
