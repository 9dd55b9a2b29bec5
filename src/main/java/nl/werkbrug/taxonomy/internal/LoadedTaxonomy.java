package nl.werkbrug.taxonomy.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.werkbrug.taxonomy.IscoGroup;
import nl.werkbrug.taxonomy.Labels;
import nl.werkbrug.taxonomy.Occupation;
import nl.werkbrug.taxonomy.Skill;
import org.jspecify.annotations.Nullable;

/** The taxonomy in memory, with a label index for occupations and one for skills. */
public record LoadedTaxonomy(Map<String, Occupation> occupations, Map<String, Skill> skills,
                             Map<String, IscoGroup> iscoGroups, LabelIndex occupationIndex, LabelIndex skillIndex,
                             Set<String> languages) {

    public static LoadedTaxonomy load(@Nullable Path extraLabels) {
        Map<String, Map<String, Labels>> occupationLabels = new HashMap<>();
        Map<String, String[]> occupationRows = new HashMap<>();
        EscoResources.eachRow("occupations.tsv.gz", row -> {
            String uri = EscoResources.OCCUPATION + row[0];
            occupationRows.put(uri, row);
            var labels = occupationLabels.computeIfAbsent(uri, u -> new HashMap<>());
            labels.put("en", EscoResources.labels(row[3], row[4], row[5]));
            if (!row[6].isBlank()) {
                labels.put("nl", EscoResources.labels(row[6], row[7], row[8]));
            }
        });
        Map<String, Map<String, Labels>> skillLabels = new HashMap<>();
        Map<String, String[]> skillRows = new HashMap<>();
        EscoResources.eachRow("skills.tsv.gz", row -> {
            String uri = EscoResources.SKILL + row[0];
            skillRows.put(uri, row);
            var labels = skillLabels.computeIfAbsent(uri, u -> new HashMap<>());
            labels.put("en", EscoResources.labels(row[3], row[4], row[5]));
            if (row.length > 6 && !row[6].isBlank()) {
                labels.put("nl", EscoResources.labels(row[6], row.length > 7 ? row[7] : "", ""));
            }
        });
        Set<String> languages = new TreeSet<>(Set.of("en", "nl"));
        if (extraLabels != null) {
            for (var file : EscoResources.labelFiles(extraLabels)) {
                var target = file.occupations() ? occupationLabels : skillLabels;
                file.labels().forEach((uri, labels) -> {
                    if (target.containsKey(uri)) {
                        target.get(uri).put(file.language(), labels);
                    }
                });
                languages.add(file.language());
            }
        }
        Map<String, String[][]> relations = new HashMap<>();
        EscoResources.eachRow("occupation_skills.tsv.gz", row -> relations.put(EscoResources.OCCUPATION + row[0],
                new String[][] {skillUris(row.length > 1 ? row[1] : ""), skillUris(row.length > 2 ? row[2] : "")}));
        Map<String, Occupation> occupations = new HashMap<>();
        occupationRows.forEach((uri, row) -> {
            String[][] related = relations.getOrDefault(uri, new String[][] {{}, {}});
            occupations.put(uri, new Occupation(uri, row[1], row[2], Map.copyOf(occupationLabels.get(uri)),
                    List.of(related[0]), List.of(related[1])));
        });
        Map<String, Skill> skills = new HashMap<>();
        skillRows.forEach((uri, row) -> skills.put(uri, new Skill(uri, row[1], row[2], Map.copyOf(skillLabels.get(uri)))));
        Map<String, IscoGroup> groups = new HashMap<>();
        EscoResources.eachRow("isco_groups.tsv.gz", row -> {
            Map<String, String> labels = new HashMap<>();
            labels.put("en", row[1]);
            if (row.length > 2 && !row[2].isBlank()) {
                labels.put("nl", row[2]);
            }
            groups.put(row[0], new IscoGroup(row[0], Map.copyOf(labels)));
        });
        return new LoadedTaxonomy(Map.copyOf(occupations), Map.copyOf(skills), Map.copyOf(groups),
                index(occupationLabels), index(skillLabels), Set.copyOf(languages));
    }

    private static String[] skillUris(String field) {
        return EscoResources.values(field).stream().map(uuid -> EscoResources.SKILL + uuid).toArray(String[]::new);
    }

    private static LabelIndex index(Map<String, Map<String, Labels>> labelsByConcept) {
        var index = new LabelIndex();
        labelsByConcept.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(concept ->
                concept.getValue().forEach((language, labels) -> {
                    index.add(new LabelIndex.Label(concept.getKey(), language, labels.preferred(), true));
                    labels.alternatives().forEach(text ->
                            index.add(new LabelIndex.Label(concept.getKey(), language, text, false)));
                    labels.hidden().forEach(text ->
                            index.add(new LabelIndex.Label(concept.getKey(), language, text, false)));
                }));
        index.freeze();
        return index;
    }
}
