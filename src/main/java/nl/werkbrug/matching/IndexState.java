package nl.werkbrug.matching;

import nl.werkbrug.search.SearchIndexOutdated;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether the documents behind the aliases can be relied on to hold what the newest definitions add.
 * Since definition v3 a candidate document holds the person's reach, the periods in which they may do
 * paid or volunteer work and always an {@code available_from}, and a vacancy document always a
 * {@code start_date}, so that every hard limit is a filter in the query. While an older index is still
 * in use — from the moment an upgrade is noticed until the automatic rebuild has moved the aliases —
 * matching leaves those filters out and relies on its checks of each hit alone.
 */
@Component
class IndexState {

    private volatile boolean current = true;

    /** Whether both aliases point to indices of the newest definitions. */
    boolean current() {
        return current;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SearchIndexOutdated event) {
        current = false;
    }

    /** Called once a full rebuild moved both aliases to indices of the newest definitions. */
    void rebuilt() {
        current = true;
    }
}
