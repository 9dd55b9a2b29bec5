package nl.werkbrug.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import java.util.Map;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SearchIndexesTest {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    SearchIndexes indexes;

    @Test
    void every_definition_becomes_a_versioned_index_behind_its_alias() throws Exception {
        assertThat(indexes.ensure()).isTrue();
        var definitions = SearchIndexes.latestDefinitions();
        assertThat(definitions).extracting(SearchIndexes.Definition::index)
                .containsExactly("candidates-v4", "vacancies-v3");
        for (var definition : definitions) {
            var aliases = client.indices().getAlias(a -> a.name(definition.alias())).aliases();
            // the definition's index, or a full rebuild of it ("candidates-v4-<time>")
            assertThat(aliases).hasSize(1);
            assertThat(aliases.keySet().iterator().next()).matches(definition.index() + "(-[0-9-]+)?");
        }
    }

    @Test
    void applying_the_definitions_again_changes_nothing() throws Exception {
        assertThat(indexes.ensure()).isTrue();
        assertThat(indexes.ensure()).isTrue();
        assertThat(client.indices().getAlias(a -> a.name("candidates")).aliases()).hasSize(1);
    }

    @Test
    void the_candidate_index_is_strict_and_finds_people_by_distance() throws Exception {
        Map<String, Property> mapping = client.indices().getMapping(m -> m.index("candidates")).mappings()
                .values().iterator().next().mappings().properties();
        assertThat(mapping.get("location").isGeoPoint()).isTrue();
        assertThat(mapping).doesNotContainKeys("nationality", "religion", "gender", "age", "photo");

        client.index(i -> i.index("candidates").id("probe").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(Map.of("candidate_id", "probe", "location", Map.of("lat", 52.1257, "lon", 5.2655),
                        "skills", java.util.List.of("http://data.europa.eu/esco/skill/x"))));
        try {
            // the index also holds the demo candidates: look at the probe only
            var near = client.search(s -> s.index("candidates").query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("candidate_id").value("probe")))
                    .filter(f -> f.geoDistance(g -> g.field("location").distance("10km")
                            .location(l -> l.latlon(ll -> ll.lat(52.0894).lon(5.2337))))))), Map.class);
            var far = client.search(s -> s.index("candidates").query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("candidate_id").value("probe")))
                    .filter(f -> f.geoDistance(g -> g.field("location").distance("10km")
                            .location(l -> l.latlon(ll -> ll.lat(52.3676).lon(4.9041))))))), Map.class);
            assertThat(near.hits().hits()).extracting(h -> h.id()).contains("probe");
            assertThat(far.hits().hits()).extracting(h -> h.id()).doesNotContain("probe");
        } finally {
            client.delete(d -> d.index("candidates").id("probe").refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        }
    }

    @Test
    void the_index_refuses_fields_it_does_not_define() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.index(i -> i.index("candidates").id("bad")
                .document(Map.of("nationality", "any"))))
                .hasMessageContaining("strict");
    }
}
