package nl.werkbrug.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Notice;
import nl.werkbrug.shared.Translations;
import nl.werkbrug.shared.UiLanguage;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices become notifications with the change that causes them, their recipient (and no one else)
 * sees and reads them, they are mailed in the recipient's language and retried when mailing fails,
 * and the reminders of a candidate's route are made once.
 */
@IntegrationTest
class NotificationsTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Notifications notifications;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    Reminders reminders;
    @Autowired
    CandidateService candidates;
    @Autowired
    Translations translations;
    @Autowired
    Clock clock;

    private GreenMail greenMail;

    @BeforeEach
    void startMailServer() {
        greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        pointMailAt(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void stopMailServer() {
        greenMail.stop();
    }

    @Test
    void a_notice_is_stored_with_its_transaction_and_not_when_it_rolls_back() {
        var person = account(null, null);
        transaction.executeWithoutResult(status -> events.publishEvent(notice(person.id(), "notification.weeks12")));
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(notice(person.id(), "notification.weeks16"));
            throw new IllegalStateException("the change fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("select message_key from notification where recipient = ?").param(person.id())
                .query(String.class).list()).containsExactly("notification.weeks12");
    }

    @Test
    void only_the_recipient_sees_counts_and_reads_their_notifications() {
        var anna = account(null, null);
        var bert = account(null, null);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(notice(anna.id(), "notification.weeks12"));
            events.publishEvent(notice(anna.id(), "notification.weeks16"));
        });

        assertThat(as(anna, notifications::unreadCount)).isEqualTo(2);
        var mine = as(anna, notifications::mine);
        assertThat(mine).extracting(NotificationEntry::messageKey)
                .containsExactly("notification.weeks16", "notification.weeks12");
        assertThat(as(bert, notifications::unreadCount)).isZero();
        assertThat(as(bert, notifications::mine)).isEmpty();
        var annasFirst = mine.getLast();
        assertThat(as(bert, () -> notifications.open(annasFirst.id()))).as("not Bert's to open").isEmpty();
        assertThat(as(anna, notifications::unreadCount)).isEqualTo(2);

        var opened = as(anna, () -> notifications.open(annasFirst.id())).orElseThrow();
        assertThat(opened.read()).isTrue();
        assertThat(opened.link()).isEqualTo("notifications");
        assertThat(as(anna, notifications::unreadCount)).isEqualTo(1);
        assertThat(as(anna, notifications::markAllRead)).isEqualTo(1);
        assertThat(as(anna, notifications::unreadCount)).isZero();
        assertThat(as(anna, notifications::mine)).hasSize(2).allMatch(NotificationEntry::read);
    }

    @Test
    void an_email_arrives_in_the_recipients_language() throws Exception {
        var olena = account("olena-" + UUID.randomUUID() + "@werkbrug.test", "uk");
        var quiet = account(null, "en");
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Notice(olena.id(), Notice.Kind.WEEKS_12, "notification.weeks12",
                    List.of("2026-09-01"), "intake/123"));
            events.publishEvent(new Notice(quiet.id(), Notice.Kind.WEEKS_12, "notification.weeks12",
                    List.of("2026-09-01"), "intake/123"));
        });

        mailer.sendDue(clock.instant());

        var mail = receivedBy(olena.email());
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject())
                .isEqualTo(translations.text(UiLanguage.UK, "notification.mail.subject.WEEKS_12"))
                .isNotEqualTo(translations.text(UiLanguage.NL, "notification.mail.subject.WEEKS_12"));
        assertThat(((String) mail.getFirst().getContent()).replace("\r\n", "\n"))
                .contains(translations.text(UiLanguage.UK, "notification.weeks12", "2026-09-01"))
                .contains("http://localhost:8080/intake/123");
        assertThat(emailState(olena.id())).isEqualTo(new EmailState("SENT", 1, null));
        assertThat(emailState(quiet.id()).status()).as("no address, no e-mail").isEqualTo("SKIPPED");
    }

    @Test
    void a_failed_send_is_retried_later_and_keeps_the_notification() throws Exception {
        var piet = account("piet-" + UUID.randomUUID() + "@werkbrug.test", null);
        transaction.executeWithoutResult(status -> events.publishEvent(notice(piet.id(), "notification.weeks16")));
        var now = clock.instant();

        pointMailAt(freePort()); // nobody listens there
        mailer.sendDue(now);
        var failed = emailState(piet.id());
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        mailer.sendDue(now.plusSeconds(5));
        assertThat(emailState(piet.id()).attempts()).as("waits before it tries again").isEqualTo(1);
        assertThat(as(piet, notifications::mine)).extracting(NotificationEntry::messageKey)
                .containsExactly("notification.weeks16");

        pointMailAt(greenMail.getSmtp().getPort());
        mailer.sendDue(now.plus(Duration.ofMinutes(2)));
        assertThat(emailState(piet.id())).isEqualTo(new EmailState("SENT", 2, null));
        assertThat(receivedBy(piet.email())).hasSize(1).first().extracting(m -> subject(m))
                .isEqualTo(translations.text(UiLanguage.NL, "notification.mail.subject.OTHER"));
    }

    @Test
    void mailing_is_given_up_after_the_last_attempt_and_the_notification_stays() {
        var kees = account("kees-" + UUID.randomUUID() + "@werkbrug.test", "nl");
        transaction.executeWithoutResult(status -> events.publishEvent(notice(kees.id(), "notification.weeks12")));
        pointMailAt(freePort());
        var now = clock.instant();
        for (int hour = 0; hour < 10; hour++) {
            mailer.sendDue(now.plus(Duration.ofHours(hour)));
        }
        var state = emailState(kees.id());
        assertThat(state.status()).isEqualTo("FAILED");
        assertThat(state.attempts()).isEqualTo(5);
        assertThat(as(kees, notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void reminders_at_12_and_16_weeks_and_for_work_permits_are_made_once() {
        var today = LocalDate.now(clock);
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        var ownJobhunter = jobhunter(Set.of());
        var locationJobhunter = jobhunter(Set.of(location));
        var waiting = jobhunter(Set.of());
        UUID twelve = candidate(ownJobhunter.id(), location, NewcomerGroup.STATUS_HOLDER_WI2021,
                today.minusWeeks(12), RightToWork.free());
        UUID sixteen = candidate(null, location, NewcomerGroup.ASYLUM_SEEKER, today.minusWeeks(16),
                new RightToWork(today.minusMonths(6), PermitStatus.APPLIED, today.minusWeeks(4), null, false));
        UUID early = candidate(waiting.id(), location, NewcomerGroup.ASYLUM_SEEKER, today.minusWeeks(11),
                new RightToWork(today.minusMonths(7), PermitStatus.APPLIED, today.minusWeeks(3), null, false));

        reminders.remind(today);
        reminders.remind(today);

        assertThat(reminded(ownJobhunter.id(), twelve)).containsExactly("WEEKS_12 candidate:" + twelve + ":weeks-12");
        assertThat(reminded(locationJobhunter.id(), sixteen)).containsExactlyInAnyOrder(
                "WEEKS_16 candidate:" + sixteen + ":weeks-16",
                "PERMIT_DEADLINE candidate:" + sixteen + ":permit-applied-" + today.minusWeeks(4),
                "PERMIT_DEADLINE candidate:" + sixteen + ":may-work-" + today.minusMonths(6).plusMonths(6));
        assertThat(reminded(ownJobhunter.id(), sixteen)).as("not their candidate").isEmpty();
        assertThat(reminded(waiting.id(), early)).as("the decision is not due yet").isEmpty();
        var permit = as(locationJobhunter, notifications::mine).stream()
                .filter(n -> n.messageKey().equals("notification.permit.decisionDue")
                        && n.link() != null && n.link().endsWith(sixteen.toString()))
                .findFirst().orElseThrow();
        assertThat(permit.args()).containsExactly(today.minusWeeks(4).toString(), today.plusWeeks(1).toString());
    }

    private record Account(UUID id, String username, @Nullable String email) {
    }

    private record EmailState(String status, int attempts, @Nullable String lastError) {
    }

    private Account account(@Nullable String email, @Nullable String locale) {
        String username = "melding-" + UUID.randomUUID().toString().substring(0, 8);
        var id = SystemTask.call("test", () -> users.create(new NewUser(username, "een-lang-wachtwoord",
                "Test " + username, Set.of(Role.NEWCOMER), Set.of(), null, locale, email)));
        return new Account(id.value(), username, email);
    }

    private Account jobhunter(Set<UUID> locations) {
        String username = "herinnering-" + UUID.randomUUID().toString().substring(0, 8);
        var id = SystemTask.call("test", () -> users.create(new NewUser(username, "een-lang-wachtwoord",
                "Test " + username, Set.of(Role.JOBHUNTER), locations, null, null)));
        return new Account(id.value(), username, null);
    }

    private UUID candidate(@Nullable UUID jobhunter, UUID location, NewcomerGroup group, LocalDate intake,
                           RightToWork rights) {
        return SystemTask.call("test", () -> candidates.register(new CandidateDraft(
                new ContactDetails("Herinnering", "Test", null, null), group, location, CefrLevel.A2, Map.of(), null,
                Map.of(), Set.of(), Set.of(), new Availability(null, null, null, Set.of(), 25, Set.of()), rights,
                false, intake, null, jobhunter, Map.of()))).id().value();
    }

    private List<String> reminded(UUID recipient, UUID candidate) {
        return jdbc.sql("select kind || ' ' || subject from notification where recipient = ? and subject like ?")
                .params(recipient, "candidate:" + candidate + ":%").query(String.class).list();
    }

    private static Notice notice(UUID recipient, String key) {
        return new Notice(recipient, Notice.Kind.OTHER, key, List.of("2026-01-05"), "notifications");
    }

    private <T> T as(Account account, java.util.function.Supplier<T> work) {
        return AsUser.call(users, account.username(), work);
    }

    private EmailState emailState(UUID recipient) {
        return jdbc.sql("select email_status, email_attempts, last_error from notification where recipient = ?")
                .param(recipient).query((rs, row) -> new EmailState(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .single();
    }

    private List<MimeMessage> receivedBy(@Nullable String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pointMailAt(int port) {
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
