package nl.werkbrug.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role lands on its own start view and sees only its own navigation (no browser needed). */
@IntegrationTest
class NavigationTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("jobhunter")
    void a_jobhunter_starts_at_the_caseload() {
        assertStart("CaseloadView", Set.of("caseload", "intake", "vacancies", "my/rights", "network",
                "network/events", "introductions"));
    }

    @Test
    @WithUserDetails("employer")
    void an_employer_starts_at_their_organisation() {
        assertStart("EmployerHomeView", Set.of("employer", "employer/introductions", "network", "network/events"));
    }

    @Test
    @WithUserDetails("newcomer")
    void a_newcomer_starts_at_their_profile() {
        assertStart("MyProfileView", Set.of("my", "my/work", "my/rights", "my/data", "my/invitations", "my/route",
                "my/consents", "network", "network/events"));
    }

    @Test
    @WithUserDetails("municipality")
    void the_municipality_starts_at_the_monitor() {
        assertStart("MonitorView", Set.of("monitor", "vacancies", "review", "signals", "network",
                "network/events", "employers"));
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_starts_at_administration() {
        assertStart("AdminView", Set.of("admin", "caseload", "intake", "vacancies", "monitor", "review", "signals", "my/rights",
                "network", "network/events", "employers", "introductions"));
    }

    @Test
    @WithUserDetails("newcomer")
    void a_newcomer_cannot_open_a_jobhunter_or_municipality_view() {
        navigate("caseload", Component.class);
        assertThat(viewName()).isEqualTo("NotFoundView");
        navigate("monitor", Component.class);
        assertThat(viewName()).isEqualTo("NotFoundView");
        navigate("admin", Component.class);
        assertThat(viewName()).isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails("employer")
    void an_employer_cannot_open_the_caseload() {
        navigate("caseload", Component.class);
        assertThat(viewName()).isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails("newcomer")
    void a_newcomer_reads_their_rights_at_work_with_todays_minimum_wage() {
        navigate("my/rights", Component.class);
        assertThat(viewName()).isEqualTo("RightsAtWorkView");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("14,71", "Arbeidsinspectie", "paspoort");
    }

    private String viewName() {
        return org.springframework.util.ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName();
    }

    private void assertStart(String view, Set<String> navigation) {
        navigate("", Component.class);
        assertThat(viewName()).isEqualTo(view);
        Set<String> paths = $(SideNavItem.class).all().stream().map(SideNavItem::getPath)
                .map(path -> path.replaceFirst("^/", "")).collect(Collectors.toSet());
        assertThat(paths).containsExactlyInAnyOrderElementsOf(navigation);
    }
}
