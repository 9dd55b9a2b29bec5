package nl.werkbrug.monitor;

import org.jspecify.annotations.Nullable;

/**
 * The name of a row or a column. {@code code} is stable: exports and the API use it. Screens show
 * the translation of {@code key}, or {@code text} as it is when there is one (a month, a location's name).
 */
public record Label(String code, String key, @Nullable String text) {

    public static Label of(String code, String key) {
        return new Label(code, key, null);
    }

    public static Label literal(String code, String text) {
        return new Label(code, "", text);
    }

    /** As people read it: the literal text, else the translation of the key, else the code. */
    public String shown(java.util.function.Function<String, String> translate) {
        return text != null ? text : key.isEmpty() ? code : translate.apply(key);
    }
}
