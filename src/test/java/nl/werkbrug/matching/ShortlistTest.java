package nl.werkbrug.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The jobhunter's shortlist on the real database: kept once, removed, logged, and only for their own candidates. */
@IntegrationTest
class ShortlistTest {

    @Autowired
    Shortlist shortlist;
    @Autowired
    CandidateService candidates;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("jobhunter")
    void a_jobhunter_keeps_their_own_candidate_for_a_vacancy_once_and_can_take_them_off_again() {
        CandidateId mine = candidates.caseload(0, 1).getFirst().id();
        VacancyId vacancy = new VacancyId(jdbc.sql("select id from vacancy where status = 'OPEN' order by id desc limit 1")
                .query(UUID.class).single());
        shortlist.add(vacancy, mine);
        shortlist.add(vacancy, mine);
        assertThat(shortlist.forVacancy(vacancy)).containsOnlyOnce(mine);
        assertThat(shortlist.forCandidate(mine)).contains(vacancy);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SHORTLIST' and subject_id = ?")
                .param(mine.value().toString()).query(Long.class).single()).as("logged once").isEqualTo(1);
        shortlist.remove(vacancy, mine);
        assertThat(shortlist.forVacancy(vacancy)).doesNotContain(mine);
    }

    @Test
    @WithUserDetails("jobhunter")
    void a_candidate_of_someone_else_cannot_be_shortlisted() {
        UUID others = jdbc.sql("""
                select c.id from candidate c where c.jobhunter_id is null and c.location_id not in
                  (select location_id from app_user_location ul join app_user u on u.id = ul.user_id
                   where u.username = 'jobhunter') order by c.id limit 1""").query(UUID.class).single();
        VacancyId vacancy = new VacancyId(jdbc.sql("select id from vacancy order by id limit 1")
                .query(UUID.class).single());
        assertThatThrownBy(() -> shortlist.add(vacancy, new CandidateId(others)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
