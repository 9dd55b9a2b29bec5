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
                            List<Certificate> certificates, List<Contact> contacts, List<String> warnings) {

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

    /** A contact detail recognised in the CV (EMAIL, PHONE, ADDRESS, URL, ...), kept out of the profile. */
    public record Contact(String type, String value) {
    }
}
