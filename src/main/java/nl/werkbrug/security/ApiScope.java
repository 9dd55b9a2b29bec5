package nl.werkbrug.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API token may be used for. */
public enum ApiScope {
    ORGANISATIONS, CANDIDATES, EMPLOYERS, VACANCIES, CV, MATCHING, STATS, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "SCOPE_" + code();
    }

    public static Set<ApiScope> parse(String codes) {
        if (codes.isBlank()) {
            return EnumSet.noneOf(ApiScope.class);
        }
        return Arrays.stream(codes.split(","))
                .map(code -> ApiScope.valueOf(code.trim().toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
    }

    public static String format(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(","));
    }
}
