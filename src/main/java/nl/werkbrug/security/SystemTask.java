package nl.werkbrug.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs work that no person asked for (demo data, scheduled jobs) with the rights of the system. */
public final class SystemTask {

    /** The ID under which work of the system itself is done; no account has it. */
    public static final UserId SYSTEM = new UserId(new java.util.UUID(0, 0));

    private SystemTask() {
    }

    public static <T> T call(String name, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var system = new CurrentUser(SYSTEM, "system:" + name, Set.of(Role.ADMIN), Set.of(), null);
        var principal = new WerkbrugPrincipal(system, "", true, List.of());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
