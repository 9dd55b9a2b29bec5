package nl.werkbrug.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.shared.Notice;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell in the top bar counts one's unread notifications; the list opens them and marks them read. */
@IntegrationTest
@WithUserDetails("municipality")
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_bell_counts_ones_own_unread_notifications_and_the_list_opens_them() {
        UUID me = userId("municipality");
        UUID other = userId("jobhunter");
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Notice(me, Notice.Kind.OTHER, "notification.weeks12", List.of("2026-03-02"),
                    "monitor"));
            events.publishEvent(new Notice(other, Notice.Kind.OTHER, "notification.weeks16", List.of("2026-03-02"),
                    "caseload"));
        });
        UUID mine = newest(me);
        UUID theirs = newest(other);

        UI.getCurrent().navigate("notifications", QueryParameters.of("lang", "nl"));
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        var item = $(Button.class).id("notification-" + mine);
        assertThat(bell()).isEqualTo(item.getTranslation("notification.bell", unread));
        assertThat($(Span.class).withClassName("unread-count").single().getText()).isEqualTo(String.valueOf(unread));
        assertThat($(Anchor.class).id("notifications").getHref()).isEqualTo("notifications");
        assertThat(item.getText()).isEqualTo(item.getTranslation("notification.weeks12", "2026-03-02"))
                .contains("12 weken");
        assertThat($(Button.class).withId("notification-" + theirs).exists()).as("someone else's").isFalse();

        test(item).click();
        assertThat(jdbc.sql("select read_at is not null from notification where id = ?").param(mine)
                .query(Boolean.class).single()).isTrue();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MonitorView");
        assertThat(bell()).isEqualTo(item.getTranslation("notification.bell", unread - 1));

        UI.getCurrent().navigate("notifications");
        test($(Button.class).id("notifications-read-all")).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell()).isEqualTo(item.getTranslation("notification.bell", 0));
        assertThat($(Span.class).withClassName("unread-count").exists()).as("hidden at zero").isFalse();
    }

    private String bell() {
        return $(Anchor.class).id("notifications").getElement().getAttribute("aria-label");
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private UUID newest(UUID recipient) {
        return jdbc.sql("select id from notification where recipient = ? order by created_at desc limit 1")
                .param(recipient).query(UUID.class).single();
    }
}
