package nl.werkbrug.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Languages newcomers in the Netherlands often speak, as ISO 639-1 codes (639-3 where there is
 * none, as for Dari), named in the reader's own language by the JDK rather than by the bundles.
 */
public final class SpokenLanguages {

    public static final List<String> COMMON = List.of("ar", "ti", "fa", "prs", "ps", "uk", "ru", "en", "fr", "tr",
            "so", "ku", "am", "es", "pl", "de", "it", "pt", "ur", "hi", "zh");

    /** Languages the JDK has no name for, named by a locale it does know: Dari is the Persian of Afghanistan. */
    private static final Map<String, String> NAMED_AS = Map.of("prs", "fa-AF");

    private SpokenLanguages() {
    }

    /** The language's name in the reader's language, or its code when the JDK knows no name. */
    public static String name(String code, Locale reader) {
        String alias = NAMED_AS.get(code);
        String name = alias != null ? Locale.forLanguageTag(alias).getDisplayName(reader)
                : Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isBlank() ? code : name;
    }
}
