package nl.werkbrug.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API token may be used for. */
public enum ApiScope {
    ORGANISATIONS, CANDIDATES, EMPLOYERS, VACANCIES, CV, MATCH, STATS, ADMIN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope of a code; "matching" is the earlier name of {@link #MATCH}. */
    @JsonCreator
    public static ApiScope fromCode(String code) {
        String name = code.trim().toUpperCase(Locale.ROOT);
        return ApiScope.valueOf(name.equals("MATCHING") ? "MATCH" : name);
    }

    public String authority() {
        return "SCOPE_" + code();
    }

    public static Set<ApiScope> parse(String codes) {
        if (codes.isBlank()) {
            return EnumSet.noneOf(ApiScope.class);
        }
        return Arrays.stream(codes.split(","))
                .map(ApiScope::fromCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
    }

    public static String format(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(","));
    }
}
