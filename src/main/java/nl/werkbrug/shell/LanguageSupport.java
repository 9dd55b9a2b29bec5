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

    /** The language of this session, and whether it is already remembered for the signed-in person. */
    record Choice(UiLanguage language, boolean remembered) implements java.io.Serializable {
    }

    private void beforeEnter(BeforeEnterEvent event) {
        UI ui = event.getUI();
        VaadinSession session = ui.getSession();
        boolean signedIn = CurrentUser.get().isPresent();
        Optional<UiLanguage> requested = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(PARAMETER, List.of()).stream().findFirst().flatMap(UiLanguage::of);
        Choice choice = session.getAttribute(Choice.class);
        if (requested.isPresent()) {
            choice = new Choice(requested.get(), false);
        } else if (choice == null && signedIn) {
            choice = new Choice(users.rememberedLocale().flatMap(UiLanguage::of).orElse(UiLanguage.DEFAULT), true);
        }
        if (choice != null && signedIn && !choice.remembered()) {
            users.rememberLocale(choice.language().code());
            choice = new Choice(choice.language(), true);
        }
        // Before signing in, a language nobody chose is not kept: the account may remember another one.
        session.setAttribute(Choice.class, choice);
        apply(ui, choice == null ? UiLanguage.DEFAULT : choice.language());
    }

    static void apply(UI ui, UiLanguage language) {
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0);"
                + "document.documentElement.setAttribute('dir', $1);",
                language.code(), language.rightToLeft() ? "rtl" : "ltr");
    }
}
