package nl.werkbrug.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a piece of a test as one of the demo accounts, for tests that need several people in turn. */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T call(UserDetailsService users, String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var principal = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UserDetailsService users, String username, Runnable work) {
        call(users, username, () -> {
            work.run();
            return null;
        });
    }
}
