package nl.werkbrug.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.shared.Notice;
import org.jspecify.annotations.Nullable;

/**
 * One notification as its recipient sees it: the text is a translation key with its values, so that
 * it is shown in the language of the moment.
 */
public record NotificationEntry(UUID id, Notice.Kind kind, String messageKey, List<String> args,
                                @Nullable String link, Instant createdAt, boolean read) {

    public NotificationEntry {
        args = List.copyOf(args);
    }
}
