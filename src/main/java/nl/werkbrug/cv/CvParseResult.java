package nl.werkbrug.cv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a CV yields: its language (ISO 639-1), ranked occupations and skills, the languages the person
 * speaks, education, work experience with dates, certificates, each with the text it came from, and
 * warnings for what could not be read. Contact details found in the CV are listed apart
 * ({@code contacts}): they never enter the profile that matching and employers see.
 */
public record CvParseResult(String language, List<Occupation> occupations, List<Skill> skills,
                            List<Language> languages, List<Education> education, List<Experience> experience,
                            List<Certificate> certificates, List<Contact> contacts, List<Section> sections,
                            List<Period> dates, List<String> latinTerms, List<String> warnings) {

    /** The same result with other items chosen (for the review: what the person confirmed). */
    public CvParseResult with(List<Occupation> occupations, List<Skill> skills, List<Language> languages,
                              List<Education> education, List<Certificate> certificates, List<Contact> contacts) {
        return new CvParseResult(language, occupations, skills, languages, education, experience, certificates,
                contacts, sections, dates, latinTerms, warnings);
    }

    /** A section of the CV (PERSONAL, PROFILE, EXPERIENCE, EDUCATION, LANGUAGES, SKILLS, CERTIFICATES, OTHER). */
    public record Section(String kind, String heading, int line) {
    }

    /** A date or period found in the CV (yyyy-MM; {@code to} null while ongoing), with its text. */
    public record Period(String from, @Nullable String to, boolean ongoing, String evidence) {
    }

    public record Occupation(String uri, String label, String iscoCode, double score, String evidence) {
    }

    public record Skill(String uri, String label, double score, String evidence) {
    }

    /** A language spoken (ISO 639-1), with the CEFR level where the CV states or implies one. */
    public record Language(String code, @Nullable String cefr, boolean motherTongue, String evidence) {
    }

    /** Education on the ISCED 2011 scale, with its field and country (ISO 3166-1) where found. */
    public record Education(@Nullable Integer level, @Nullable String field, @Nullable String country,
                            String evidence) {
    }

    /** A job held: the title as written, its ESCO occupation, and its dates (yyyy-MM) and length. */
    public record Experience(String title, @Nullable String occupationUri, @Nullable String from, @Nullable String to,
                             @Nullable Integer months, String evidence) {
    }

    /** A certificate or licence common in the Dutch labour market (for example VCA_BASIS, FORKLIFT). */
    public record Certificate(String code, String label, String evidence) {
    }

    /** A contact detail recognised in the CV (EMAIL, PHONE, ADDRESS, POSTCODE, URL, LINKEDIN), kept out of the profile. */
    public record Contact(String type, String value) {
    }
}
