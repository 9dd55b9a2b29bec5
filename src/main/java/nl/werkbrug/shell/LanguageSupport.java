package nl.werkbrug.shell;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.UiLanguage;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of every page: {@code ?lang=<code>} on any route wins and is remembered for a
 * signed-in person; otherwise the language of this session, then the one remembered, then Dutch.
 * Right-to-left languages turn the whole page around.
 */
@Component
class LanguageSupport implements VaadinServiceInitListener {

    static final String PARAMETER = "lang";
    private final UserService users;

    LanguageSupport(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        UI ui = event.getUI();
        VaadinSession session = ui.getSession();
        Optional<UiLanguage> requested = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(PARAMETER, List.of()).stream().findFirst().flatMap(UiLanguage::of);
        UiLanguage language;
        if (requested.isPresent()) {
            language = requested.get();
            remember(language);
        } else if (session.getAttribute(UiLanguage.class) != null) {
            language = session.getAttribute(UiLanguage.class);
        } else {
            language = remembered().orElse(UiLanguage.DEFAULT);
        }
        apply(ui, language);
    }

    private Optional<UiLanguage> remembered() {
        if (CurrentUser.get().isEmpty()) {
            return Optional.empty();
        }
        return users.rememberedLocale().flatMap(UiLanguage::of);
    }

    private void remember(UiLanguage language) {
        if (CurrentUser.get().isPresent()) {
            users.rememberLocale(language.code());
        }
    }

    static void apply(UI ui, UiLanguage language) {
        ui.getSession().setAttribute(UiLanguage.class, language);
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0);"
                + "document.documentElement.setAttribute('dir', $1);",
                language.code(), language.rightToLeft() ? "rtl" : "ltr");
    }
}
