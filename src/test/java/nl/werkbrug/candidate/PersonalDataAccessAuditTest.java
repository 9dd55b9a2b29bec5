package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every look of a jobhunter at a person's data lands in the audit log (who, what, whom, why): the
 * profile through the service and the intake page, the CV file, the person's matches; and a jobhunter
 * opens no candidate of a location they do not work for.
 */
@IntegrationTest
@WithUserDetails("jobhunter")
class PersonalDataAccessAuditTest extends SpringBrowserlessTest {

    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    CvDocuments documents;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void profile_intake_page_cv_download_and_matches_are_each_logged() {
        var person = new DataRightsFixtures(candidates, accounts, users, jdbc).candidate(true);
        String id = person.id().value().toString();

        candidates.profile(person.id());
        assertThat(entries(id, "VIEW")).containsExactly("jobhunter|VIEW|candidate|view");

        navigate("intake/" + id, Component.class);
        assertThat(viewName()).isEqualTo("IntakeView");
        assertThat(entries(id, "VIEW")).hasSize(2).containsOnly("jobhunter|VIEW|candidate|view");

        var document = documents.upload(person.id().value(), "cv.txt", "Werkervaring\nKok".getBytes(StandardCharsets.UTF_8));
        documents.file(document.id());
        assertThat(entries(id, "CV-DOWNLOAD")).containsExactly("jobhunter|CV-DOWNLOAD|candidate|cv-download");

        navigate("candidates/" + id + "/matches", Component.class);
        assertThat(viewName()).isEqualTo("CandidateMatchesView");
        Grid<?> matches = $view(Grid.class).id("candidate-matches");
        matches.getLazyDataView().getItems().findFirst();
        assertThat(entries(id, "MATCH")).isNotEmpty().containsOnly("jobhunter|MATCH|candidate|match");
    }

    @Test
    void the_intake_page_makes_an_account_link_to_copy_for_a_candidate_without_account() {
        var person = new DataRightsFixtures(candidates, accounts, users, jdbc).candidate(false);
        navigate("intake/" + person.id().value(), Component.class);
        test($view(Button.class).id("account-link-create")).click();
        String link = $view(TextField.class).id("account-link").getValue();
        assertThat(link).contains("activate/");
        String token = link.substring(link.indexOf("activate/") + "activate/".length());
        DataRightsFixtures.anonymously(() -> assertThat(accounts.link(token))
                .hasValueSatisfying(shown -> assertThat(shown.open()).isTrue()));
        test($view(Button.class).id("account-link-withdraw")).click();
        DataRightsFixtures.anonymously(() -> assertThat(accounts.link(token))
                .hasValueSatisfying(shown -> assertThat(shown.open()).isFalse()));
    }

    @Test
    void a_candidate_of_another_location_cannot_be_opened() {
        UUID elsewhere = jdbc.sql("""
                select id from location where id not in (select ul.location_id from app_user_location ul
                  join app_user u on u.id = ul.user_id where u.username = 'jobhunter') order by id limit 1""")
                .query(UUID.class).single();
        var other = new DataRightsFixtures(candidates, accounts, users, jdbc).candidateAt(elsewhere, "admin", false);
        assertThatThrownBy(() -> candidates.profile(other.id())).isInstanceOf(AccessDeniedException.class);
        try {
            navigate("intake/" + other.id().value(), Component.class);
        } catch (RuntimeException refused) {
            assertThat(causedByAccessDenied(refused)).as(refused.toString()).isTrue();
        }
        assertThat(viewName()).isNotEqualTo("IntakeView");
        assertThat(entries(other.id().value().toString(), "VIEW")).isEmpty();
    }

    private List<String> entries(String subject, String action) {
        return jdbc.sql("""
                        select actor || '|' || action || '|' || subject_type || '|' || coalesce(purpose, '')
                        from audit_event where subject_id = ? and action = ? order by id""")
                .params(subject, action).query(String.class).list();
    }

    private String viewName() {
        return org.springframework.util.ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName();
    }

    private static boolean causedByAccessDenied(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
