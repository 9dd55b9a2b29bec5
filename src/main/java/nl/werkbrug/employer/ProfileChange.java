package nl.werkbrug.employer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A change of an employer's network profile. The website is kept as an absolute http(s) address;
 * one typed without a scheme ({@code werkgever.nl}) gets {@code https://}.
 */
public record ProfileChange(Set<Commitment> commitments, String description, @Nullable String website,
                            boolean listedInNetwork) {

    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_WEBSITE = 300;

    public ProfileChange {
        commitments = Set.copyOf(commitments);
        description = description.strip();
        website = website == null || website.isBlank() ? null : withScheme(website.strip());
    }

    /** Whether a typed website is one the profile can keep (empty is fine: no website). */
    public static boolean acceptableWebsite(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        String website = withScheme(typed.strip());
        if (website.length() > MAX_WEBSITE || website.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            var uri = new URI(website);
            return uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** What is wrong with this change, or null when it can be saved. */
    @Nullable String problem() {
        if (description.length() > MAX_DESCRIPTION) {
            return "the description is longer than " + MAX_DESCRIPTION + " characters";
        }
        if (!acceptableWebsite(website)) {
            return "the website is not a web address (https://…)";
        }
        return null;
    }

    private static String withScheme(String website) {
        String lower = website.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? website : "https://" + website;
    }
}
