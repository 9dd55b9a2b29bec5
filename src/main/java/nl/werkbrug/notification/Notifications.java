package nl.werkbrug.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbrug.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own notifications, and only theirs. */
@Service
public class Notifications {

    /** How many notifications the list shows at most. */
    public static final int LIST_SIZE = 100;

    private final NotificationStore store;

    Notifications(NotificationStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return CurrentUser.get().map(user -> store.unread(user.id().value())).orElse(0L);
    }

    /** The newest notifications first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NotificationEntry> mine() {
        return CurrentUser.get().map(user -> store.of(user.id().value(), LIST_SIZE)).orElse(List.of());
    }

    /** Marks one's own notification read and answers it; empty when there is no such notification of one's own. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Optional<NotificationEntry> open(UUID id) {
        return CurrentUser.get().flatMap(user -> store.markRead(user.id().value(), id));
    }

    /** Marks all one's notifications read; answers how many were unread. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return CurrentUser.get().map(user -> store.markAllRead(user.id().value())).orElse(0);
    }
}
