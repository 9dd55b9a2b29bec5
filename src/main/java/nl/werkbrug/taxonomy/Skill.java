package nl.werkbrug.taxonomy;

import java.util.Map;
import java.util.Optional;

/** An ESCO skill or knowledge concept with its labels per language. */
public record Skill(String uri, String type, String reuseLevel, Map<String, Labels> labels) {

    /** The label in the given language, else Dutch, else English. */
    public String label(String language) {
        return Optional.ofNullable(labels.get(language)).or(() -> Optional.ofNullable(labels.get("nl")))
                .or(() -> Optional.ofNullable(labels.get("en"))).map(Labels::preferred).orElse(uri);
    }
}
