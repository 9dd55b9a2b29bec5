package nl.werkbrug.cv.internal;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The structure found in the plain text of a CV by {@link CvStructureExtractor}.
 *
 * <p>Line numbers are 0-based indexes into the original text split on line breaks ({@code \R}). Section headings are
 * as written; snippets, titles, fields, contact values and evidence are taken from the normalised line (NFKC, ASCII
 * digits, plain "-" dashes, Arabic diacritics and tatweel removed, ZWNJ as a space), so they may differ from the
 * original in those respects. Personal details (contact values, date of birth, nationality,
 * gender, religion, marital status) appear only in {@link #contacts()}; every other list is built from text with those
 * details masked out, and {@link #redacted()} is the text to hand to later steps.
 *
 * @param script       the dominant script and the letter counts per script
 * @param sections     the sections in text order; text before the first heading forms a {@link Kind#PERSONAL}
 *                     section with an empty heading
 * @param dates        every date and date range, in text order
 * @param experience   work experience entries with a date, in text order
 * @param languages    spoken languages, one per language code
 * @param education    education entries recognised by a degree or school word, in text order
 * @param certificates certificates and licences, one per code, in order of first mention
 * @param contacts     contact values and personal details, in text order
 * @param latinTerms   Latin-script terms in mostly non-Latin text (empty when the text is mostly Latin)
 * @param redacted     the original text with contact values replaced by "[…]" and personal details removed; line
 *                     breaks become {@code \n}, the number of lines is kept
 */
public record CvStructure(ScriptStats script, List<Section> sections, List<DateRange> dates,
                          List<Experience> experience, List<SpokenLanguage> languages, List<Education> education,
                          List<Certificate> certificates, List<Contact> contacts, List<String> latinTerms,
                          String redacted) {

    /** The replacement for a contact value in {@link #redacted()}. */
    public static final String REDACTION = "[…]";

    public CvStructure {
        sections = List.copyOf(sections);
        dates = List.copyOf(dates);
        experience = List.copyOf(experience);
        languages = List.copyOf(languages);
        education = List.copyOf(education);
        certificates = List.copyOf(certificates);
        contacts = List.copyOf(contacts);
        latinTerms = List.copyOf(latinTerms);
    }

    /** A script family of letters. */
    public enum Script { LATIN, ARABIC, CYRILLIC, OTHER }

    /** The dominant script (the one with most letters; {@link Script#OTHER} when there are no letters) and counts. */
    public record ScriptStats(Script dominant, int latin, int arabic, int cyrillic, int other) {
    }

    /** What a section of a CV is about. */
    public enum Kind { PERSONAL, PROFILE, EXPERIENCE, EDUCATION, LANGUAGES, SKILLS, CERTIFICATES, OTHER }

    /** A section from its heading line to its last line, both inclusive. */
    public record Section(Kind kind, String heading, int startLine, int endLine) {
    }

    /**
     * A date or date range. A single date has {@code from} equal to {@code to}, except a lone year, which covers
     * January to December of that year; a range of years runs from January of the first to December of the last.
     *
     * @param to      the last month, or null for a range that runs to the present
     * @param ongoing whether the range runs to the present ("heden", "present", "حتى الآن", "дотепер", "تا کنون" …)
     */
    public record DateRange(YearMonth from, @Nullable YearMonth to, boolean ongoing, int line, String snippet) {
    }

    /**
     * A job with its dates.
     *
     * @param title    the job title as written
     * @param employer the employer as written, when one could be told apart from the title
     * @param to       the last month, or null when the job runs to the present
     * @param months   the number of months, both ends inclusive, counted to the reference month for ongoing jobs
     * @param line     the line of the date range
     * @param evidence the line(s) the entry was read from
     */
    public record Experience(String title, @Nullable String employer, YearMonth from, @Nullable YearMonth to,
                             @Nullable Integer months, int line, String evidence) {
    }

    /**
     * A language the person speaks.
     *
     * @param code   ISO 639-1 code (Dari maps to "fa")
     * @param cefr   A1 … C2, or null when no level was given; native speakers get C2
     * @param nativeSpeaker whether it is a mother tongue ({@code native} is a Java keyword)
     */
    public record SpokenLanguage(String code, @Nullable String cefr, boolean nativeSpeaker, String evidence) {
    }

    /**
     * An education entry.
     *
     * @param iscedLevel ISCED 2011 level (1 primary … 8 doctorate), or null when no degree word was found
     * @param field      the field of study, when one could be read
     * @param country    ISO 3166-1 alpha-2 code of the country named or implied by a city
     */
    public record Education(@Nullable Integer iscedLevel, @Nullable String field, @Nullable String country,
                            @Nullable YearMonth from, @Nullable YearMonth to, int line, String evidence) {
    }

    /**
     * A certificate or licence with a stable upper-case code, for example {@code VCA_BASIS}, {@code FORKLIFT} or
     * {@code DRIVING_LICENCE_B} ({@code DRIVING_LICENCE} when no category is given).
     *
     * @param label a readable "Dutch / English" label
     */
    public record Certificate(String code, String label, String evidence) {
    }

    /** A contact value or personal detail found on a line. */
    public record Contact(Type type, String value, int line) {

        /** A kind of contact value or personal detail. */
        public enum Type {
            EMAIL, PHONE, ADDRESS, POSTCODE, URL, LINKEDIN, DATE_OF_BIRTH, NATIONALITY, OTHER_PERSONAL
        }
    }
}
