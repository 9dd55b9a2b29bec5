package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.werkbrug.cv.ui.CvReview;
import nl.werkbrug.cv.ui.CvUpload;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.taxonomy.ui.ConceptPicker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A CV stored and read in the background by the real Tika worker is shown for review next to its text;
 * only the items the person ticks and confirms enter the form, and only saving puts them in the profile.
 */
@IntegrationTest
@WithUserDetails("newcomer")
class CvReviewTest extends SpringBrowserlessTest {

    /** An occupation and a certificate no other test gives the demo newcomer. */
    static final String BAKER = "http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419";
    static final byte[] CV = """
            Curriculum vitae
            Werkervaring
            2016 - 2021 Bakker bij een warme bakker in Aleppo
            Brood en gebak bakken, deeg maken, de oven bedienen.
            Certificaten
            HACCP, rijbewijs B
            """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    CandidateService candidates;

    @Test
    void only_confirmed_items_of_an_uploaded_cv_enter_the_profile() throws InterruptedException {
        navigate("my/edit", Component.class);
        var upload = $view(CvUpload.class).first();
        upload.receive("cv.txt", CV);
        awaitRead(upload);
        var review = $view(CvReview.class).first();
        assertThat(review.isVisible()).isTrue();
        assertThat($view(Component.class).id("cv-text").getElement().getChildCount()).isGreaterThanOrEqualTo(4);
        var occupations = $view(ConceptPicker.class).id("profile-occupations");
        assertThat(candidates.mine().orElseThrow().occupations()).doesNotContainKey(BAKER);
        assertThat(occupations.getValue()).as("nothing enters the form unconfirmed").doesNotContain(BAKER);

        test($(Button.class).id("cv-select-all")).click();
        test($(Button.class).id("cv-confirm")).click();
        assertThat(occupations.getValue()).contains(BAKER);
        assertThat(candidates.mine().orElseThrow().occupations()).as("not before saving").doesNotContainKey(BAKER);

        test($(Button.class).id("profile-save")).click();
        var saved = candidates.mine().orElseThrow();
        assertThat(saved.occupations()).as("2016 - 2021: January 2016 to December 2021").containsEntry(BAKER, 72);
        assertThat(saved.sources()).containsEntry(BAKER, ItemSource.CONFIRMED);
        assertThat(saved.certificates()).contains(Certificate.HACCP, Certificate.DRIVING_LICENCE_B);
    }

    @Test
    void a_file_that_cannot_be_read_gets_a_message_keeps_what_was_typed_and_can_be_tried_again()
            throws InterruptedException {
        navigate("my/edit", Component.class);
        test($(TextField.class).id("profile-given-name")).setValue("Nog Steeds Hier");
        byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        var upload = $view(CvUpload.class).first();
        upload.receive("cv.pdf", executable);
        awaitRead(upload);
        String message = $view(Paragraph.class).id("cv-message").getText();
        assertThat(message).isEqualTo(getCurrentView().getElement().getComponent().orElseThrow()
                .getTranslation("cv.error.UNSUPPORTED_TYPE"));
        assertThat($(TextField.class).id("profile-given-name").getValue()).isEqualTo("Nog Steeds Hier");
        assertThat($(Button.class).id("cv-retry").isVisible()).isTrue();
        test($(Button.class).id("cv-retry")).click();
        awaitRead(upload);
        assertThat($view(Paragraph.class).id("cv-message").getText()).isEqualTo(message);
        test($(Button.class).id("cv-delete")).click();
        assertThat(upload.document()).isEmpty();
    }

    @Test
    void a_cv_in_arabic_shows_what_it_yielded_and_offers_the_guided_choice_of_skills() throws InterruptedException {
        navigate("my/edit", Component.class);
        var upload = $view(CvUpload.class).first();
        upload.receive("cv.txt", """
                السيرة الذاتية
                الخبرة العملية
                2015 - 2020 طباخ في مطعم في حلب
                التعليم
                بكالوريوس في إدارة الأعمال، جامعة دمشق، سوريا
                اللغات
                العربية: اللغة الأم
                """.getBytes(StandardCharsets.UTF_8));
        awaitRead(upload);
        assertThat($view(Paragraph.class).id("cv-few-skills").isVisible()).isTrue();
        var text = $view(Component.class).id("cv-text").getElement().getTextRecursively();
        assertThat(text).contains("طباخ");
        var checkboxes = $view(com.vaadin.flow.component.checkbox.Checkbox.class).all().stream()
                .map(com.vaadin.flow.component.checkbox.Checkbox::getLabel).toList();
        assertThat(checkboxes).as("education and language found in Arabic")
                .anySatisfy(label -> assertThat(label).contains(getCurrentView().getElement().getComponent()
                        .orElseThrow().getTranslation("isced.6")));
        test($(Button.class).id("cv-guided")).click();
    }

    /** Does what the browser's poll does until the reading has ended. */
    static void awaitRead(CvUpload upload) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        upload.refresh();
        while (upload.getElement().getChildren().anyMatch(c -> "cv-reading".equals(c.getAttribute("id"))
                && c.isVisible()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            upload.refresh();
        }
    }
}
