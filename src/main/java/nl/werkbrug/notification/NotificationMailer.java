package nl.werkbrug.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.werkbrug.security.MailContact;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserId;
import nl.werkbrug.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails stored notifications, when mail is set up ({@code spring.mail.host}). A sweep picks up what is
 * due after its transaction committed: each notification is claimed (so that two instances do not
 * both send it), sent, and marked sent; a failure is retried later, waiting longer each time, and
 * given up after a number of attempts. The notification itself stays in the app whatever happens.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    /** How long a claimed notification is left alone by other sweeps while it is being sent. */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final UserService users;
    private final NotificationStore store;
    private final NotificationTexts texts;
    private final NotificationSettings settings;
    private final Clock clock;

    NotificationMailer(JdbcClient jdbc, JavaMailSender mail, UserService users, NotificationStore store,
                       NotificationTexts texts, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.users = users;
        this.store = store;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${werkbrug.notification.mail-interval:30s}",
            fixedDelayString = "${werkbrug.notification.mail-interval:30s}")
    void sweep() {
        sendDue(clock.instant());
    }

    /** Sends every notification that is due at {@code now}; answers how many were sent. */
    int sendDue(Instant now) {
        jdbc.sql("""
                        update notification set email_status = 'SKIPPED', last_error = 'too old to mail'
                        where email_status = 'PENDING' and created_at < ?""")
                .param(Timestamp.from(now.minus(settings.maxAge()))).update();
        int sent = 0;
        Optional<Claimed> next;
        while ((next = claim(now)).isPresent()) {
            if (send(next.get(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private record Claimed(NotificationEntry entry, UUID recipient, int attempts) {
    }

    private Optional<Claimed> claim(Instant now) {
        return jdbc.sql("""
                        update notification set next_attempt_at = ?
                        where id = (select id from notification
                                    where email_status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= ?)
                                    order by created_at limit 1 for update skip locked)
                        returning id, kind, message_key, args, link, created_at, read_at, recipient, email_attempts""")
                .params(Timestamp.from(now.plus(CLAIM)), Timestamp.from(now))
                .query((rs, row) -> new Claimed(store.entry(rs, row), rs.getObject("recipient", UUID.class),
                        rs.getInt("email_attempts")))
                .optional();
    }

    private boolean send(Claimed claimed, Instant now) {
        var id = claimed.entry().id();
        Optional<MailContact> contact = SystemTask.call("notification-mail",
                () -> users.mailContact(new UserId(claimed.recipient())));
        if (contact.isEmpty()) {
            jdbc.sql("update notification set email_status = 'SKIPPED', next_attempt_at = null where id = ?")
                    .param(id).update();
            return false;
        }
        int attempts = claimed.attempts() + 1;
        try {
            mail.send(texts.mail(claimed.entry(), contact.get(), settings.mailFrom()));
            jdbc.sql("""
                            update notification set email_status = 'SENT', emailed_at = ?, email_attempts = ?,
                                                    next_attempt_at = null, last_error = null
                            where id = ?""")
                    .params(Timestamp.from(now), attempts, id).update();
            return true;
        } catch (MailException | IllegalArgumentException e) {
            boolean giveUp = attempts >= settings.maxAttempts();
            Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
            jdbc.sql("""
                            update notification set email_status = ?, email_attempts = ?, next_attempt_at = ?,
                                                    last_error = ?
                            where id = ?""")
                    .params(giveUp ? "FAILED" : "PENDING", attempts, giveUp ? null : Timestamp.from(now.plus(wait)),
                            abbreviate(String.valueOf(e.getMessage())), id).update();
            log.warn("Mailing notification {} failed (attempt {}{}): {}", id, attempts,
                    giveUp ? ", given up" : "", e.getMessage());
            return false;
        }
    }

    private static String abbreviate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
