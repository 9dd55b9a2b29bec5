package nl.werkbrug.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ESCO occupation: its URI, the ISCO-08 unit group it belongs to, its ESCO code, its labels per
 * language (ISO 639-1) and the URIs of its essential and optional skills.
 */
public record Occupation(String uri, String iscoCode, String escoCode, Map<String, Labels> labels,
                         List<String> essentialSkills, List<String> optionalSkills) {

    /** The label in the given language, else Dutch, else English. */
    public String label(String language) {
        return Optional.ofNullable(labels.get(language)).or(() -> Optional.ofNullable(labels.get("nl")))
                .or(() -> Optional.ofNullable(labels.get("en"))).map(Labels::preferred).orElse(uri);
    }

    /** The ISCO-08 skill level of the unit group's major group: 1 (elementary) to 4 (professional). */
    public int skillLevel() {
        return IscoGroup.skillLevel(iscoCode);
    }
}
