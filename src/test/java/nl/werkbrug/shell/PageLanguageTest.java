package nl.werkbrug.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.Translations;
import nl.werkbrug.shared.UiLanguage;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A page opened with {@code ?lang=fa} is written in Farsi and turned right to left, one opened with
 * {@code ?lang=ti} is in Tigrinya and stays left to right (no browser needed).
 */
@IntegrationTest
@WithUserDetails("newcomer")
class PageLanguageTest extends SpringBrowserlessTest {

    @Autowired
    Translations translations;
    @Autowired
    UserService users;

    @Test
    void farsi_turns_the_page_right_to_left() {
        List<Object> sent = open(UiLanguage.FA);
        assertThat(sent).contains("fa", "rtl").doesNotContain("ltr");
    }

    @Test
    void tigrinya_is_read_left_to_right() {
        List<Object> sent = open(UiLanguage.TI);
        assertThat(sent).contains("ti", "ltr").doesNotContain("rtl");
    }

    /** Opens "my rights at work" in the language; answers the parameters of the scripts sent to the browser. */
    private List<Object> open(UiLanguage language) {
        Optional<String> remembered = users.rememberedLocale();
        try {
            UI ui = UI.getCurrent();
            ui.getInternals().dumpPendingJavaScriptInvocations();
            ui.navigate("my/rights", QueryParameters.of("lang", language.code()));

            String text = getCurrentView().getElement().getTextRecursively();
            assertThat(text).contains(translations.text(language, "rights.intro"))
                    .doesNotContain(translations.text(UiLanguage.NL, "rights.intro"));
            assertThat(translations.text(language, "rights.intro"))
                    .isNotEqualTo(translations.text(UiLanguage.EN, "rights.intro"));
            assertThat($(Select.class).id("language").getValue()).isEqualTo(language);
            assertThat(ui.getLocale()).isEqualTo(language.locale());
            return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                    .map(PendingJavaScriptInvocation::getInvocation)
                    .flatMap(invocation -> invocation.getParameters().stream()).toList();
        } finally {
            // the demo account's language outlives this test in the shared database
            users.rememberLocale(remembered.orElse(null));
        }
    }
}
