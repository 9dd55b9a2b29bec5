package nl.werkbrug.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Texts that stay the same in every language: the product's name, a register's code, placeholders only. */
    private static final Pattern NAME_OR_CODE = Pattern.compile("[A-Z][A-Za-z]*( \\{\\d+})?|[{}\\d: ]+");

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void every_language_has_every_key_of_the_default_bundle_and_no_other(UiLanguage language) throws IOException {
        Properties base = load("messages.properties");
        Properties bundle = language == UiLanguage.DEFAULT ? base : load("messages_" + language.code() + ".properties");
        assertThat(bundle.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
        for (String key : base.stringPropertyNames()) {
            assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank();
            assertThat(placeholders(bundle.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(base.getProperty(key)));
        }
    }

    @Test
    void translates_with_parameters_and_falls_back_to_dutch_for_unknown_languages() {
        var translations = new Translations();
        assertThat(translations.getTranslation("my.welcome", Locale.ENGLISH, "Amina")).isEqualTo("Welcome, Amina");
        assertThat(translations.getTranslation("nav.admin", Locale.forLanguageTag("ar"))).isNotEqualTo(
                translations.getTranslation("nav.admin", Locale.ENGLISH));
        assertThat(translations.getTranslation("nav.admin", Locale.GERMAN)).isEqualTo("Beheer");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void arabic_and_farsi_are_the_right_to_left_languages() {
        assertThat(UiLanguage.AR.rightToLeft()).isTrue();
        assertThat(UiLanguage.FA.rightToLeft()).isTrue();
        assertThat(UiLanguage.TI.rightToLeft()).isFalse();
        assertThat(Arrays.stream(UiLanguage.values()).filter(UiLanguage::rightToLeft))
                .containsExactlyInAnyOrder(UiLanguage.AR, UiLanguage.FA);
        assertThat(UiLanguage.of("fa")).contains(UiLanguage.FA);
        assertThat(UiLanguage.of(Locale.forLanguageTag("ti-ER"))).isEqualTo(UiLanguage.TI);
        assertThat(UiLanguage.of("AR")).contains(UiLanguage.AR);
        assertThat(UiLanguage.of("xx")).isEmpty();
        assertThat(UiLanguage.of(Locale.forLanguageTag("uk-UA"))).isEqualTo(UiLanguage.UK);
    }

    /** Not a copy of the Dutch or English text: every Farsi and Tigrinya text is in its own script. */
    @ParameterizedTest
    @CsvSource({"fa, \\p{IsArabic}", "ti, \\p{IsEthiopic}"})
    void farsi_and_tigrinya_texts_are_written_in_their_own_script(String code, String script) throws IOException {
        Properties base = load("messages.properties");
        Properties bundle = load("messages_" + code + ".properties");
        Pattern own = Pattern.compile(script);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            if (!NAME_OR_CODE.matcher(text).matches() || !text.equals(base.getProperty(key))) {
                assertThat(own.matcher(text).find()).as(code + " " + key + ": " + text).isTrue();
            }
        }
    }

    @Test
    void farsi_uses_the_persian_letters_yeh_and_keheh_not_the_arabic_ones() throws IOException {
        Properties bundle = load("messages_fa.properties");
        for (String key : bundle.stringPropertyNames()) {
            assertThat(bundle.getProperty(key)).as(key).doesNotContain("\u064A", "\u0643");
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        var stream = TranslationsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(stream).as(name).isNotNull();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
