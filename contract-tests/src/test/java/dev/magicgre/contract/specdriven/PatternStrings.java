package dev.magicgre.contract.specdriven;

import com.github.curiousoddman.rgxgen.RgxGen;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Strings for a spec {@code pattern}: ones that match it (rgxgen walks the expression), and ones that do not,
 * either near misses (a valid string with one character changed, inserted or removed: where a spec and a
 * hand-written check tend to disagree, such as {@code 01.2.3.4} or {@code 256.0.0.1}) or rgxgen's own
 * non-matching strings. Every answer is checked with java.util.regex, which agrees with ECMA 262 on the
 * subset the spec uses (classes, groups, alternation, counted repetition, anchors; no line terminators are
 * generated, the one place where Java's {@code $} differs).
 */
final class PatternStrings {

    private static final String NEAR_MISS_CHARACTERS = "0123456789abcdefABCDEFxz.:/_- %";
    private static final int ATTEMPTS = 200;

    private final Map<String, RgxGen> generators = new ConcurrentHashMap<>();
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    String matching(String pattern, Integer minLength, Integer maxLength, Random random) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = generator(pattern).generate(random);
            if (matches(pattern, candidate) && fits(candidate, minLength, maxLength)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no string of length " + minLength + ".." + maxLength + " for " + pattern);
    }

    /** A string of an allowed length that breaks the pattern, preferably close to {@code valid}. */
    Optional<String> breaking(String pattern, String valid, Integer minLength, Integer maxLength, Random random) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = random.nextInt(4) == 0 ? generator(pattern).generateNotMatching(random)
                    : nearMiss(valid, random);
            if (!matches(pattern, candidate) && fits(candidate, minLength, maxLength) && !candidate.contains("\n")) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    boolean matches(String pattern, String value) {
        return patterns.computeIfAbsent(pattern, Pattern::compile).matcher(value).find();
    }

    private static String nearMiss(String valid, Random random) {
        StringBuilder s = new StringBuilder(valid);
        char c = NEAR_MISS_CHARACTERS.charAt(random.nextInt(NEAR_MISS_CHARACTERS.length()));
        int at = s.length() == 0 ? 0 : random.nextInt(s.length());
        switch (random.nextInt(3)) {
            case 0 -> s.insert(random.nextInt(s.length() + 1), c);
            case 1 -> {
                if (s.length() > 0) {
                    s.setCharAt(at, c);
                }
            }
            default -> {
                if (s.length() > 0) {
                    s.deleteCharAt(at);
                }
            }
        }
        return s.toString();
    }

    private static boolean fits(String s, Integer minLength, Integer maxLength) {
        int length = s.codePointCount(0, s.length());
        return (minLength == null || length >= minLength) && (maxLength == null || length <= maxLength);
    }

    private RgxGen generator(String pattern) {
        return generators.computeIfAbsent(pattern, RgxGen::new);
    }
}
