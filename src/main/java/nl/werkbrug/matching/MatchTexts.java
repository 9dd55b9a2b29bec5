package nl.werkbrug.matching;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.werkbrug.shared.Translations;
import nl.werkbrug.shared.UiLanguage;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;

/**
 * Says a match in plain words in the reader's language: each factor, gap, step and flag. ESCO
 * labels appear in that language where ESCO has them, else in Dutch or English.
 */
@Component
public class MatchTexts {

    private final Translations translations;
    private final TaxonomyService taxonomy;

    MatchTexts(Translations translations, TaxonomyService taxonomy) {
        this.translations = translations;
        this.taxonomy = taxonomy;
    }

    public String factor(MatchService.Factor factor, UiLanguage language) {
        return translations.text(language, factor.textKey(), factor.args().toArray());
    }

    public String gap(MatchService.Gap gap, UiLanguage language) {
        return translations.text(language, "match.gap." + gap.kind(), value(gap.kind(), gap.value(), language));
    }

    public String step(MatchService.Step step, UiLanguage language) {
        return translations.text(language, "match.step." + step.kind(), value(step.kind(), step.value(), language));
    }

    public String flag(String flag, UiLanguage language) {
        return translations.text(language, "match.flag." + flag);
    }

    /** An ESCO label in the reader's language (Dutch where ESCO has none in it). */
    public String label(String uri, UiLanguage language) {
        return taxonomy.label(uri, taxonomy.languages().contains(language.code()) ? language.code() : "nl");
    }

    private String value(String kind, String value, UiLanguage language) {
        return switch (kind) {
            case "SKILL" -> label(value, language);
            case "CERTIFICATE" -> translations.text(language, "certificate." + value);
            case "LANGUAGE_DAYS" -> Arrays.stream(value.split(",")).map(DayOfWeek::valueOf)
                    .map(d -> d.getDisplayName(TextStyle.FULL, language.locale())).collect(Collectors.joining(", "));
            default -> value;
        };
    }
}
