package nl.werkbrug.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors during an interaction reach the person as a short message in their language, never as a
 * stack trace; what they typed stays on the screen. The details go to the log.
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        boolean forbidden = causedBy(error, AccessDeniedException.class);
        if (forbidden) {
            log.info("Refused: {}", error.getMessage());
        } else {
            log.error("Unexpected error in the user interface", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                var notification = Notification.show(ui.getTranslation(forbidden ? "error.forbidden" : "error.unexpected"),
                        8000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
