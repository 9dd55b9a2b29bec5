package nl.werkbrug.taxonomy;

import java.util.Map;

/** A group of the ISCO-08 classification: major (1 digit), sub-major (2), minor (3) or unit group (4). */
public record IscoGroup(String code, Map<String, String> labels) {

    public String label(String language) {
        return labels.getOrDefault(language, labels.getOrDefault("en", code));
    }

    /** The minor group (3 digits) a unit group code belongs to. */
    public static String minorOf(String code) {
        return code.substring(0, Math.min(3, code.length()));
    }

    /** The sub-major group (2 digits) a unit group code belongs to. */
    public static String subMajorOf(String code) {
        return code.substring(0, Math.min(2, code.length()));
    }

    /** ISCO-08 skill level of a code's major group: 1 (elementary) to 4 (managers, professionals). */
    public static int skillLevel(String code) {
        if (code.isEmpty()) {
            return 0;
        }
        return switch (code.charAt(0)) {
            case '1', '2' -> 4;
            case '3' -> 3;
            case '9' -> 1;
            case '0' -> 2;
            default -> 2;
        };
    }
}
