package nl.werkbrug.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import nl.werkbrug.security.AuditEntry;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator finds the audit search from the admin page and narrows it to one subject. */
@IntegrationTest
@WithUserDetails("admin")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog auditLog;

    @Test
    @SuppressWarnings("unchecked")
    void filters_the_audit_log_by_subject_newest_first() throws InterruptedException {
        String subject = UUID.randomUUID().toString();
        auditLog.record("VIEW", "candidate", subject, "view");
        Thread.sleep(5);
        auditLog.record("MATCH", "candidate", subject, "match");
        inDutch("admin");
        assertThat($(Anchor.class).id("audit-link").getHref()).isEqualTo("admin/audit");

        inDutch("admin/audit");
        test($view(TextField.class).id("audit-subject-id")).setValue(subject);
        Grid<AuditEntry> grid = $view(Grid.class).id("audit-grid");
        var rows = grid.getLazyDataView().getItems().toList();
        assertThat(rows).extracting(AuditEntry::action).containsExactly("MATCH", "VIEW");
        assertThat(rows).extracting(AuditEntry::actor).containsOnly("admin");
        assertThat($view(Anchor.class).id("audit-csv").getHref()).isNotBlank();
    }

    /** Opens a route in Dutch (demo users' remembered language may be another one). */
    private void inDutch(String location) {
        UI.getCurrent().navigate(location, QueryParameters.of("lang", "nl"));
    }
}
