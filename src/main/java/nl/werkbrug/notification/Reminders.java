package nl.werkbrug.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateDates;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.candidate.WorkPermission;
import nl.werkbrug.candidate.WorkRules;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserId;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily reminders to the jobhunter of a candidate (else the jobhunters of their location): 12 and 16
 * weeks after the intake (the route aims at work within 12 to 16 weeks); a work permit (TWV) applied
 * for four weeks ago, as UWV decides within five; and an asylum seeker reaching the date from which
 * an employer may apply for a TWV. Each reminder is made once; a date missed by a few days (the
 * application was down) is still reminded of.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** UWV decides on a TWV within five weeks of the application. */
    static final int PERMIT_DECISION_WEEKS = 5;
    /** Remind when the application is this old without a decision. */
    static final int PERMIT_REMINDER_WEEKS = 4;

    private final CandidateService candidates;
    private final UserService users;
    private final NotificationStore store;
    private final NotificationSettings settings;
    private final Clock clock;
    private final WorkRules rules;

    Reminders(CandidateService candidates, UserService users, NotificationStore store, NotificationSettings settings,
              Clock clock, WorkRules rules) {
        this.rules = rules;
        this.candidates = candidates;
        this.users = users;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Once a day, and once at start-up to catch up on days the application was not running. */
    @Scheduled(cron = "${werkbrug.notification.reminder-cron:0 30 6 * * *}")
    @EventListener(ApplicationReadyEvent.class)
    void daily() {
        remind(LocalDate.now(clock));
    }

    /** Makes the reminders that are due on {@code today}; answers how many new notifications that gave. */
    int remind(LocalDate today) {
        return SystemTask.call("reminders", () -> {
            Map<UUID, List<UserId>> jobhunters = new HashMap<>();
            int made = 0;
            for (CandidateDates candidate : candidates.datesForReminders()) {
                List<UserId> recipients = candidate.jobhunterId() != null
                        ? List.of(new UserId(candidate.jobhunterId()))
                        : jobhunters.computeIfAbsent(candidate.locationId(), users::jobhunterIdsAt);
                for (Reminder reminder : due(candidate, today)) {
                    for (UserId recipient : recipients) {
                        if (store(recipient, reminder, "intake/" + candidate.id().value())) {
                            made++;
                        }
                    }
                }
            }
            return made;
        });
    }

    private boolean store(UserId recipient, Reminder reminder, String link) {
        try {
            return store.store(new Notice(recipient.value(), reminder.kind(), reminder.messageKey(), reminder.args(),
                    link), reminder.subject());
        } catch (DataAccessException e) {
            log.warn("Reminder {} for {} not stored: {}", reminder.subject(), recipient, e.getMessage());
            return false;
        }
    }

    private record Reminder(Notice.Kind kind, String messageKey, List<String> args, String subject) {
    }

    private List<Reminder> due(CandidateDates candidate, LocalDate today) {
        var due = new java.util.ArrayList<Reminder>();
        String about = "candidate:" + candidate.id().value();
        for (int weeks : new int[] {12, 16}) {
            LocalDate reached = candidate.intakeDate().plusWeeks(weeks);
            if (recent(reached, today)) {
                due.add(new Reminder(weeks == 12 ? Notice.Kind.WEEKS_12 : Notice.Kind.WEEKS_16,
                        "notification.weeks" + weeks, List.of(candidate.intakeDate().toString()),
                        about + ":weeks-" + weeks));
            }
        }
        if (candidate.group() != NewcomerGroup.ASYLUM_SEEKER) {
            return due;
        }
        var rights = candidate.rightToWork();
        LocalDate applied = rights.permitStatusDate();
        if (rights.permitStatus() == PermitStatus.APPLIED && applied != null
                && !applied.plusWeeks(PERMIT_REMINDER_WEEKS).isAfter(today)) {
            due.add(new Reminder(Notice.Kind.PERMIT_DEADLINE, "notification.permit.decisionDue",
                    List.of(applied.toString(), applied.plusWeeks(PERMIT_DECISION_WEEKS).toString()),
                    about + ":permit-applied-" + applied));
        }
        LocalDate mayWork = endOfWaiting(candidate, today);
        if (mayWork != null) {
            due.add(new Reminder(Notice.Kind.PERMIT_DEADLINE, "notification.permit.mayWork",
                    List.of(mayWork.toString()), about + ":may-work-" + mayWork));
        }
        return due;
    }

    /** The date, reached lately, on which the rules stopped saying "not yet" to paid work; null if none. */
    private @org.jspecify.annotations.Nullable LocalDate endOfWaiting(CandidateDates candidate, LocalDate today) {
        LocalDate from = today.minusDays(settings.catchUpDays());
        for (var period : WorkPermission.periods(rules, candidate.group(), candidate.rightToWork(), WorkPermission.Kind.PAID,
                from)) {
            if (period.verdict() == WorkPermission.Verdict.NOT_YET && period.until() != null
                    && recent(period.until(), today)) {
                return period.until();
            }
        }
        return null;
    }

    /** Whether a date lies in the last few days up to and including today. */
    private boolean recent(LocalDate date, LocalDate today) {
        return !date.isAfter(today) && date.isAfter(today.minusDays(settings.catchUpDays()));
    }
}
