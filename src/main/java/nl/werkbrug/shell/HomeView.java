package nl.werkbrug.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;

/** The root address sends each person to the start view of their role. */
@Route(value = "", autoLayout = false)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = CurrentUser.get();
        String target = user.flatMap(u -> Arrays.stream(Role.values()).filter(u::has).findFirst())
                .map(Role::startRoute)
                .orElse("login");
        event.forwardTo(target, event.getLocation().getQueryParameters());
    }
}
