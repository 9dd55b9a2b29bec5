package nl.werkbrug.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface. Dutch is the default; Arabic and Farsi are written right to left. */
public enum UiLanguage {
    NL("nl", "Nederlands", false),
    EN("en", "English", false),
    AR("ar", "العربية", true),
    UK("uk", "Українська", false),
    FA("fa", "فارسی", true),
    TI("ti", "ትግርኛ", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    UiLanguage(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public static final UiLanguage DEFAULT = NL;

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<UiLanguage> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    public static UiLanguage of(Locale locale) {
        return of(locale.getLanguage()).orElse(DEFAULT);
    }
}
