package nl.werkbrug.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code werkbrug.bootstrap-admin.username} and
 * {@code .password} when the database has no accounts yet; ignored once any account exists.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private final UserAccountRepository accounts;
    private final UserService users;
    private final Environment environment;

    BootstrapAdmin(UserAccountRepository accounts, UserService users, Environment environment) {
        this.accounts = accounts;
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = environment.getProperty("werkbrug.bootstrap-admin.username");
        String password = environment.getProperty("werkbrug.bootstrap-admin.password");
        if (username == null || password == null || accounts.count() > 0) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("werkbrug.bootstrap-admin.password needs at least 12 characters");
        }
        SystemTask.run("bootstrap", () -> users.create(new NewUser(username, password, username, Set.of(Role.ADMIN),
                Set.of(), null, null)));
        log.info("Created the first administrator account {}", username);
    }
}
