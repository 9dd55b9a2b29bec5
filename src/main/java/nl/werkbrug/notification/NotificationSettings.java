package nl.werkbrug.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are mailed and reminders made ({@code werkbrug.notification.*}).
 *
 * @param mailFrom     the sender of the e-mails
 * @param maxAttempts  how often sending one e-mail is tried before it is given up
 * @param retryAfter   the wait after the first failed attempt; it doubles with every further one
 * @param maxAge       notifications older than this are no longer mailed (after mail was off, say)
 * @param catchUpDays  how many days back a reminder date may lie and still be reminded of (a missed run)
 */
@ConfigurationProperties("werkbrug.notification")
record NotificationSettings(@DefaultValue("Werkbrug <werkbrug@localhost>") String mailFrom,
                            @DefaultValue("5") int maxAttempts,
                            @DefaultValue("1m") Duration retryAfter,
                            @DefaultValue("7d") Duration maxAge,
                            @DefaultValue("7") int catchUpDays) {
}
