package nl.werkbrug.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads comes from the {@code messages} bundles: {@code messages.properties} is
 * Dutch, the default; the others are named by language code.
 */
@Component
public class Translations implements I18NProvider {

    public static final String BUNDLE = "messages";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(UiLanguage.values()).map(UiLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("No translation for key {} in {}", key, locale);
            return "!" + key;
        }
    }

    /** The same text outside a Vaadin UI, for example in API answers and e-mails. */
    public String text(UiLanguage language, String key, Object... params) {
        return getTranslation(key, language.locale(), params);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale supported = UiLanguage.of(locale).locale();
        return ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
