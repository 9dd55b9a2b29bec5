package nl.werkbrug.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkbrug.shared.Csv;
import org.springframework.core.io.ClassPathResource;

/** The ESCO occupations and skills the demo data draws on (real ESCO v1.1.1 URIs and labels). */
record DemoEsco(List<Occupation> occupations) {

    record Skill(String uri, boolean essential, String labelEn, String labelNl) {
    }

    record Occupation(String uri, String isco, String labelEn, String labelNl, List<Skill> skills) {

        /** ISCO-08 skill level from the major group: 1 (elementary) to 4 (professional). */
        int skillLevel() {
            return switch (isco.charAt(0)) {
                case '1', '2' -> 4;
                case '3' -> 3;
                case '9' -> 1;
                default -> 2;
            };
        }

        List<Skill> essential() {
            return skills.stream().filter(Skill::essential).toList();
        }

        List<Skill> optional() {
            return skills.stream().filter(s -> !s.essential()).toList();
        }
    }

    static DemoEsco load() {
        Map<String, List<Skill>> skills = new LinkedHashMap<>();
        for (List<String> row : rows("demo/esco-occupation-skills.csv")) {
            skills.computeIfAbsent(row.get(0), uri -> new ArrayList<>())
                    .add(new Skill(row.get(1), "essential".equals(row.get(2)), row.get(3), row.get(4)));
        }
        List<Occupation> occupations = rows("demo/esco-occupations.csv").stream()
                .map(row -> new Occupation(row.get(0), row.get(1), row.get(2), row.get(3),
                        List.copyOf(skills.getOrDefault(row.get(0), List.of()))))
                .toList();
        return new DemoEsco(occupations);
    }

    List<Occupation> atLevel(int minimum, int maximum) {
        return occupations.stream().filter(o -> o.skillLevel() >= minimum && o.skillLevel() <= maximum).toList();
    }

    private static List<List<String>> rows(String path) {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            var rows = Csv.read(reader);
            return rows.subList(1, rows.size()).stream().filter(r -> r.size() > 1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
