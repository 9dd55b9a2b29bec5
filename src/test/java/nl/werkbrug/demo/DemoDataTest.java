package nl.werkbrug.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoDataTest {

    @Autowired
    nl.werkbrug.taxonomy.TaxonomyService taxonomy;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_zeist_region_has_its_reception_locations_and_municipalities() {
        var names = jdbc.sql("select name from location").query(String.class).list();
        assertThat(names).contains("azc Kamp van Zeist", "Walaardt Sacré Kamp", "Recreatiepark Dijnselburg", "Zeist",
                "De Bilt", "Soest");
    }

    @Test
    void there_are_sixty_demo_candidates_in_every_group() {
        var groups = jdbc.sql("""
                select newcomer_group, count(*) from candidate c join candidate_contact cc on cc.candidate_id = c.id
                where cc.email like '%@example.org' and cc.email not like 'testa%' group by newcomer_group""")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list();
        assertThat(groups.stream().mapToLong(java.util.Map.Entry::getValue).sum()).isEqualTo(60);
        assertThat(groups.stream().map(java.util.Map.Entry::getKey).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(NewcomerGroup.values()).map(Enum::name).toList());
    }

    @Test
    void twenty_five_employers_post_fifty_vacancies_of_every_type_at_or_above_minimum_wage() {
        assertThat(jdbc.sql("select count(*) from employer").query(Long.class).single()).isGreaterThanOrEqualTo(25);
        var types = jdbc.sql("select distinct type from vacancy").query(String.class).set();
        assertThat(types).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(VacancyType.values()).map(Enum::name).toList());
        assertThat(jdbc.sql("select count(*) from vacancy").query(Long.class).single()).isGreaterThanOrEqualTo(50);
        assertThat(jdbc.sql("select count(*) from vacancy where type in ('JOB','DUAL_TRAJECTORY') and hourly_wage < 14.71")
                .query(Long.class).single()).isZero();
    }

    @Test
    void occupations_and_skills_are_real_esco_concepts() {
        var uris = jdbc.sql("select occupation_uri from vacancy").query(String.class).set();
        assertThat(uris).allMatch(uri -> uri.startsWith("http://data.europa.eu/esco/occupation/"));
        assertThat(uris).allMatch(uri -> taxonomy.occupation(uri).isPresent());
        var known = DemoEsco.load().occupations().stream().map(DemoEsco.Occupation::uri).collect(Collectors.toSet());
        assertThat(known).allMatch(uri -> taxonomy.occupation(uri).isPresent());
        assertThat(jdbc.sql("select count(*) from candidate_skill where esco_uri not like 'http://data.europa.eu/esco/skill/%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void most_demo_employers_are_listed_in_the_network_and_a_job_fair_is_coming() {
        assertThat(DemoNetwork.PROFILES).hasSameSizeAs(DemoEmployers.ALL);
        assertThat(DemoNetwork.PROFILES.stream().filter(DemoNetwork.Profile::listed).count()).isGreaterThan(20);
        // other tests may suspend an employer of the demo
        assertThat(jdbc.sql("select count(*) from employer where listed_in_network and status = 'APPROVED'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(15);
        assertThat(jdbc.sql("select count(distinct employer_id) from employer_commitment").query(Long.class).single())
                .isGreaterThanOrEqualTo(20);
        var signedUp = jdbc.sql("""
                select count(*) from network_event e join network_event_employer s on s.event_id = e.id
                where e.title = 'Banenmarkt voor anderstaligen' and e.kind = 'JOB_FAIR'
                    and e.starts_on >= current_date""")
                .query(Long.class).single();
        assertThat(signedUp).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_demo_accounts_exist_with_one_role_each() {
        var accounts = jdbc.sql("select u.username, r.role from app_user u join app_user_role r on r.user_id = u.id")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).set();
        assertThat(accounts).contains("jobhunter:JOBHUNTER", "employer:EMPLOYER", "newcomer:NEWCOMER",
                "municipality:MUNICIPALITY", "admin:ADMIN");
    }

    @Test
    void the_same_data_comes_out_every_time() {
        var first = new DemoCandidates(DemoEsco.load(), java.util.Map.of(), java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-01T10:00:00Z"), java.time.ZoneOffset.UTC), DemoData.SEED)
                .drafts(java.util.UUID.randomUUID(), java.util.UUID.randomUUID());
        var second = new DemoCandidates(DemoEsco.load(), java.util.Map.of(), java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-01T10:00:00Z"), java.time.ZoneOffset.UTC), DemoData.SEED)
                .drafts(java.util.UUID.randomUUID(), java.util.UUID.randomUUID());
        assertThat(first).extracting(d -> d.contact().givenName() + d.skills() + d.dutchLevel())
                .isEqualTo(second.stream().map(d -> d.contact().givenName() + d.skills() + d.dutchLevel()).toList());
    }
}
