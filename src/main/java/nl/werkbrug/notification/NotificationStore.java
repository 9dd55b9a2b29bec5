package nl.werkbrug.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkbrug.shared.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of notifications. A published {@link Notice} is stored right away, in the transaction of
 * the change it is about: it is kept with that change, or not at all.
 */
@Component
class NotificationStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    NotificationStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(Notice notice) {
        store(notice, null);
    }

    /**
     * Stores a notice; with a subject only once per recipient, kind and subject (a reminder).
     *
     * @return whether it was stored (false: the recipient already has it)
     */
    boolean store(Notice notice, @Nullable String subject) {
        return jdbc.sql("""
                        insert into notification (id, recipient, kind, message_key, args, link, subject, created_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                        on conflict (recipient, kind, subject) where subject is not null do nothing""")
                .params(UUID.randomUUID(), notice.recipient(), notice.kind().name(), notice.messageKey(),
                        json.writeValueAsString(notice.args()), notice.link(), subject,
                        Timestamp.from(clock.instant()))
                .update() == 1;
    }

    List<NotificationEntry> of(UUID recipient, int limit) {
        return jdbc.sql("""
                        select id, kind, message_key, args, link, created_at, read_at from notification
                        where recipient = ? order by created_at desc, id limit ?""")
                .params(recipient, limit).query(this::entry).list();
    }

    long unread(UUID recipient) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(recipient).query(Long.class).single();
    }

    /** Marks one of the recipient's notifications read; empty when it is not theirs. */
    Optional<NotificationEntry> markRead(UUID recipient, UUID id) {
        jdbc.sql("update notification set read_at = ? where id = ? and recipient = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id, recipient).update();
        return jdbc.sql("""
                        select id, kind, message_key, args, link, created_at, read_at from notification
                        where id = ? and recipient = ?""")
                .params(id, recipient).query(this::entry).optional();
    }

    int markAllRead(UUID recipient) {
        return jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), recipient).update();
    }

    NotificationEntry entry(ResultSet rs, int row) throws SQLException {
        return new NotificationEntry(rs.getObject("id", UUID.class), Notice.Kind.valueOf(rs.getString("kind")),
                rs.getString("message_key"), json.readValue(rs.getString("args"), STRINGS), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
    }
}
