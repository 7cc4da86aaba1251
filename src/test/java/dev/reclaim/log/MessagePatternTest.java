package dev.reclaim.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagePatternTest {
    private static final List<String> MESSAGES = List.of("decryption failed with code -3", "decryption failed",
            "x decryption failed with code 1", "", "signature validation failed with code 5", "a.b", "axb");

    @Test
    void aPlainStartIsTestedAsAPrefixAndFindsWhatTheRegexFinds() {
        for (String regex : List.of("^decryption failed with code", "^signature validation failed with code", "^")) {
            MessagePattern p = MessagePattern.compile(regex);
            assertThat(p.literalStart()).as(regex).isEqualTo(regex.substring(1));
            MESSAGES.forEach(m -> assertThat(p.foundIn(m)).as(regex + " in " + m)
                    .isEqualTo(Pattern.compile(regex).matcher(m).find()));
        }
    }

    @Test
    void anyRegexSyntaxIsLeftToTheRegexEngine() {
        for (String regex : List.of("^a.b", "decryption failed", "^a|with", "^x\\b", "^(de|sig)", "^a*")) {
            MessagePattern p = MessagePattern.compile(regex);
            assertThat(p.literalStart()).as(regex).isNull();
            MESSAGES.forEach(m -> assertThat(p.foundIn(m)).as(regex + " in " + m)
                    .isEqualTo(Pattern.compile(regex).matcher(m).find()));
        }
    }
}
