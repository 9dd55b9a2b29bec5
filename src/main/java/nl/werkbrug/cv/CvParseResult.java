package nl.werkbrug.cv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a CV yields: its language (ISO 639-1), ranked occupations and skills with the text they came
 * from, and warnings for what could not be read.
 */
public record CvParseResult(String language, List<Occupation> occupations, List<Skill> skills,
                            List<Language> languages, List<Education> education, List<Experience> experience,
                            List<Certificate> certificates, List<String> warnings) {

    public record Occupation(String uri, String label, String iscoCode, double score, String evidence) {
    }

    public record Skill(String uri, String label, double score, String evidence) {
    }

    public record Language(String code, @Nullable String cefr) {
    }

    public record Education(@Nullable Integer level, @Nullable String field, String evidence) {
    }

    public record Experience(String title, @Nullable String occupationUri, @Nullable String from, @Nullable String to,
                             @Nullable Integer months) {
    }

    public record Certificate(String code, String label) {
    }
}
