package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import nl.werkbrug.cv.ui.CvUpload;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.ui.ConceptPicker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A CV read by the real Tika worker fills the form with suggestions; only what is saved enters the profile. */
@IntegrationTest
@WithUserDetails("newcomer")
class CvReviewTest extends SpringBrowserlessTest {

    static final byte[] CV = """
            Curriculum vitae
            Heftruckchauffeur
            Vijf jaar ervaring met orderpicken en het laden en lossen van vrachtwagens.
            Rijbewijs B, VCA.
            """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    CandidateService candidates;

    @Test
    void an_uploaded_cv_suggests_occupations_that_enter_the_profile_when_saved() {
        navigate("my/edit", Component.class);
        $view(CvUpload.class).first().receive(CV);
        var occupations = $view(ConceptPicker.class).id("profile-occupations");
        assertThat(occupations.getValue()).contains(ProfileFormTest.FORKLIFT);
        assertThat($view(Paragraph.class).id("cv-message").getText()).isNotBlank();
        assertThat(candidates.mine().orElseThrow().occupations()).doesNotContainKey(ProfileFormTest.FORKLIFT);
        test($(Button.class).id("profile-save")).click();
        var saved = candidates.mine().orElseThrow();
        assertThat(saved.occupations()).containsKey(ProfileFormTest.FORKLIFT);
        assertThat(saved.sources()).containsEntry(ProfileFormTest.FORKLIFT, ItemSource.CONFIRMED);
    }

    @Test
    void a_file_that_cannot_be_read_gets_a_message_and_keeps_what_was_typed() {
        navigate("my/edit", Component.class);
        test($(TextField.class).id("profile-given-name")).setValue("Nog Steeds Hier");
        byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        $view(CvUpload.class).first().receive(executable);
        String message = $view(Paragraph.class).id("cv-message").getText();
        assertThat(message).isEqualTo(getCurrentView().getElement().getComponent().orElseThrow()
                .getTranslation("cv.error.UNSUPPORTED_TYPE"));
        assertThat($(TextField.class).id("profile-given-name").getValue()).isEqualTo("Nog Steeds Hier");
    }
}
