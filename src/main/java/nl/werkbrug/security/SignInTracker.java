package nl.werkbrug.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Remembers when an account last signed in successfully (with a password; API tokens keep their own
 * last use): an account that is used keeps its profile from being erased as inactive.
 */
@Component
class SignInTracker {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInTracker(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof WerkbrugPrincipal principal) {
            jdbc.sql("update app_user set last_sign_in = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), principal.currentUser().id().value()).update();
        }
    }
}
