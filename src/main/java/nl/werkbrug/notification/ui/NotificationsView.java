package nl.werkbrug.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.notification.NotificationEntry;
import nl.werkbrug.notification.Notifications;

/**
 * One's own notifications, newest first, in the language of the moment. Opening one marks it read and
 * goes to where one can act on it.
 */
@Route("notifications")
@PermitAll
class NotificationsView extends Main implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Notifications notifications;
    private final Div list = new Div();

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("view");
        var readAll = new Button(getTranslation("notification.markAllRead"), VaadinIcon.CHECK.create(), click -> {
            notifications.markAllRead();
            UI.getCurrent().refreshCurrentRoute(false);
        });
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        readAll.setId("notifications-read-all");
        list.setId("notification-list");
        list.addClassName("match-cards");
        add(readAll, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var entries = notifications.mine();
        if (entries.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.none")));
        }
        entries.forEach(entry -> list.add(item(entry)));
    }

    private Div item(NotificationEntry entry) {
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        var when = new Span(format.format(entry.createdAt().atZone(ZONE)));
        when.addClassName("muted");
        var text = new Button(getTranslation(entry.messageKey(), entry.args().toArray()), click -> open(entry));
        text.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        text.setId("notification-" + entry.id());
        var item = new Div(text, when);
        item.addClassNames("match-card", "notification", entry.read() ? "read" : "unread");
        if (!entry.read()) {
            var unread = new Span(getTranslation("notification.unread"));
            unread.addClassNames("chip", "flag");
            item.addComponentAsFirst(unread);
        }
        return item;
    }

    private void open(NotificationEntry entry) {
        var opened = notifications.open(entry.id());
        if (opened.isPresent() && opened.get().link() != null) {
            UI.getCurrent().navigate(opened.get().link());
        } else {
            UI.getCurrent().refreshCurrentRoute(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
