package nl.werkbrug.placement;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The free text of a learning point, checked to stay anonymous: at most 280 characters, no e-mail
 * address, none of the names given, and no run of six or more digits that could be a phone number.
 */
final class AnonymousText {

    static final int MAX_LENGTH = 280;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    /** Digits, optionally with single spaces or dashes between them (06-12 34 56 78, +31612345678). */
    private static final Pattern PHONE = Pattern.compile("\\d(?:[ \\-]?\\d){5,}");
    /** A date such as 12-06-2026 is not a phone number. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d\\-/.])\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}(?![-/.]?\\d)");
    /** Parts of a name that are ordinary words on their own (van der, al, bin ...). */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "te", "ten", "in",
            "op", "la", "le", "du", "da", "di", "al", "el", "bin", "ibn", "bint", "abu", "ben");

    private AnonymousText() {
    }

    /** The text stripped (null when blank), or {@link InvalidLearningPoint} when it breaks a rule. */
    static @Nullable String check(@Nullable String text, Collection<String> names) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidLearningPoint(InvalidLearningPoint.Code.TOO_LONG,
                    "a learning point has at most " + MAX_LENGTH + " characters");
        }
        if (EMAIL.matcher(stripped).find()) {
            throw new InvalidLearningPoint(InvalidLearningPoint.Code.EMAIL,
                    "a learning point is anonymous: remove the e-mail address");
        }
        if (names.stream().flatMap(AnonymousText::parts).anyMatch(part -> word(part).matcher(stripped).find())) {
            throw new InvalidLearningPoint(InvalidLearningPoint.Code.NAME,
                    "a learning point is anonymous: remove the candidate's name");
        }
        if (PHONE.matcher(DATE.matcher(stripped).replaceAll(" ")).find()) {
            throw new InvalidLearningPoint(InvalidLearningPoint.Code.PHONE,
                    "a learning point is anonymous: remove the phone number (six or more digits)");
        }
        return stripped;
    }

    private static java.util.stream.Stream<String> parts(String name) {
        return Arrays.stream(name.split("[\\s\\-']+")).map(String::strip)
                .filter(p -> p.length() > 1 && !PARTICLES.contains(p.toLowerCase(Locale.ROOT)));
    }

    private static Pattern word(String part) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
