package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.matching.Shortlist;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Erasing a person leaves nothing personal: every text and UUID column of the schema is searched for
 * their ID, name, e-mail and phone; the search index and the CV are gone; only anonymous counts and the
 * audit log (which names them by ID only) remain.
 */
@IntegrationTest
class ErasureTest {

    /** Where the ID of an erased profile may stay: the audit log and the completed events of the registry. */
    private static final List<String> MAY_KEEP_ID = List.of("audit_event.subject_id",
            "event_publication.serialized_event");

    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    CandidateErasure erasure;
    @Autowired
    CvDocuments documents;
    @Autowired
    Shortlist shortlist;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient search;

    DataRightsFixtures fixtures() {
        return new DataRightsFixtures(candidates, accounts, users, jdbc);
    }

    @Test
    void a_newcomer_who_deletes_their_account_leaves_nothing_personal_behind() throws Exception {
        var person = fixtures().withAccount(fixtures().candidate(true));
        var document = AsUser.call(users, "jobhunter", () -> documents.upload(person.id().value(), "cv.txt",
                ("Werkervaring\n" + person.givenName() + " " + person.familyName() + "\n" + person.email())
                        .getBytes(StandardCharsets.UTF_8)));
        VacancyId vacancy = new VacancyId(jdbc.sql("select id from vacancy where status = 'OPEN' order by id limit 1")
                .query(UUID.class).single());
        AsUser.run(users, "jobhunter", () -> shortlist.add(vacancy, person.id()));
        awaitIndexed(person.id(), true);
        long erasedBefore = erasedCount("REQUEST");
        long auditBefore = jdbc.sql("select count(*) from audit_event where subject_id = ?")
                .param(person.id().value().toString()).query(Long.class).single();

        AsUser.run(users, person.username(), erasure::eraseMine);

        assertThat(fixtures().exists(person.id())).isFalse();
        assertThat(jdbc.sql("select count(*) from cv_file where document_id = ?").param(document.id())
                .query(Long.class).single()).as("the CV file").isZero();
        assertThat(jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(person.username())
                .query(Long.class).single()).as("the account").isZero();
        assertThat(erasedCount("REQUEST")).isEqualTo(erasedBefore + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ?")
                .param(person.id().value().toString()).query(Long.class).single())
                .as("the audit log keeps its entries").isGreaterThan(auditBefore);
        assertThat(fixtures().audits("ERASE", person.id())).isGreaterThanOrEqualTo(1);
        awaitIndexed(person.id(), false);
        assertThat(leftovers(person)).isEmpty();
    }

    @Test
    void an_administrator_erases_on_request_with_a_reason_and_a_jobhunter_cannot() {
        var person = fixtures().candidate(false);
        assertThatThrownBy(() -> AsUser.run(users, "jobhunter", () -> erasure.eraseOnRequest(person.id(), "brief")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(users, "admin", () -> erasure.eraseOnRequest(person.id(), " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fixtures().exists(person.id())).isTrue();

        AsUser.run(users, "admin", () -> erasure.eraseOnRequest(person.id(), "brief van 3 november"));
        assertThat(fixtures().exists(person.id())).isFalse();
        assertThat(jdbc.sql("select purpose from audit_event where action = 'ERASE' and subject_type = 'candidate' "
                + "and subject_id = ?").param(person.id().value().toString()).query(String.class).single())
                .contains("brief van 3 november");
        assertThat(leftovers(person)).isEmpty();
    }

    /** Every column of a text or UUID type, in every table, that still holds something of the person. */
    private List<String> leftovers(DataRightsFixtures.Person person) {
        List<String> found = new ArrayList<>();
        var columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema()
                          and data_type in ('text', 'character varying', 'character', 'uuid', 'jsonb', 'json')
                        order by table_name, column_name""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).hasSizeGreaterThan(20);
        for (String[] column : columns) {
            String where = column[0] + "." + column[1];
            List<String> values = new ArrayList<>(List.of(person.givenName(), person.familyName(), person.email(),
                    person.phone()));
            if (!MAY_KEEP_ID.contains(where)) {
                values.add(person.id().value().toString());
            }
            for (String value : values) {
                long hits = jdbc.sql("select count(*) from \"" + column[0] + "\" where \"" + column[1]
                        + "\"::text ilike ?").param("%" + value + "%").query(Long.class).single();
                if (hits > 0) {
                    found.add(where + " holds " + value);
                }
            }
        }
        return found;
    }

    private long erasedCount(String cause) {
        return jdbc.sql("select count(*) from erased_candidate where cause = ?").param(cause).query(Long.class).single();
    }

    private void awaitIndexed(CandidateId id, boolean expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        boolean present;
        do {
            present = search.exists(e -> e.index("candidates").id(id.value().toString())).value();
            if (present == expected) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertThat(present).as("candidate in the search index").isEqualTo(expected);
    }
}
