package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The newcomer's own page says, in words, what they may do today by the dated rules. */
@IntegrationTest
@WithUserDetails("newcomer")
class MyProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    CandidateService candidates;

    @Test
    void says_what_paid_and_volunteer_work_the_person_may_do_today() {
        navigate("my", Component.class);
        var profile = candidates.mine().orElseThrow();
        var view = getCurrentView().getElement().getComponent().orElseThrow();
        for (var kind : WorkPermission.Kind.values()) {
            var expected = WorkPermission.assess(profile.group(), profile.rightToWork(), kind, LocalDate.now());
            String text = $view(Paragraph.class).id("permission-" + kind.name().toLowerCase(java.util.Locale.ROOT))
                    .getText();
            assertThat(text).startsWith(view.getTranslation("permission.kind." + kind.name()))
                    .contains(view.getTranslation(expected.reasons().getFirst()));
        }
    }
}
