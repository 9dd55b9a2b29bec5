package nl.werkbrug.candidate;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserId;
import nl.werkbrug.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases profiles that nobody used for {@code werkbrug.retention.inactive-profile} (default 24 months):
 * the profile did not change and its account (if any) did not sign in during that period. Runs every
 * night ({@code werkbrug.retention.cron}); each erasure goes through {@link CandidateErasure} in its own
 * transaction and is logged with the purpose {@code retention}, and so is each run.
 */
@Component
class ProfileRetention {

    private static final Logger log = LoggerFactory.getLogger(ProfileRetention.class);

    private final CandidateRepository candidates;
    private final CandidateErasure erasure;
    private final UserService users;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Period inactive;

    ProfileRetention(CandidateRepository candidates, CandidateErasure erasure, UserService users, AuditLog auditLog,
                     Clock clock, @Value("${werkbrug.retention.inactive-profile:P24M}") Period inactive) {
        this.candidates = candidates;
        this.erasure = erasure;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
        this.inactive = inactive;
    }

    @Scheduled(cron = "${werkbrug.retention.cron:0 40 2 * * *}")
    void nightly() {
        run(clock.instant(), inactive);
    }

    /** Erases the profiles inactive for {@code period} before {@code now}; answers how many. */
    int run(Instant now, Period period) {
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(period).toInstant();
        return SystemTask.call("retention", () -> {
            List<CandidateId> erased = new ArrayList<>();
            int failed = 0;
            for (CandidateId id : inactiveSince(cutoff)) {
                try {
                    erasure.eraseInactive(id);
                    erased.add(id);
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Retention could not erase candidate {}", id.value(), e);
                }
            }
            auditLog.record("RETENTION_RUN", "retention", "profiles", erased.size() + " erased, " + failed
                    + " failed; inactive since " + cutoff);
            log.info("Retention: {} inactive profiles erased, {} failed (no change or sign-in since {})",
                    erased.size(), failed, cutoff);
            return erased.size();
        });
    }

    private List<CandidateId> inactiveSince(Instant cutoff) {
        List<CandidateId> unchanged = new ArrayList<>();
        List<UserId> accounts = new ArrayList<>();
        java.util.Map<CandidateId, UserId> accountOf = new java.util.HashMap<>();
        for (Object[] row : candidates.unchangedSince(cutoff)) {
            var id = new CandidateId((UUID) row[0]);
            unchanged.add(id);
            if (row[1] != null) {
                var account = new UserId((UUID) row[1]);
                accounts.add(account);
                accountOf.put(id, account);
            }
        }
        var lastActive = users.lastActive(accounts);
        return unchanged.stream().filter(id -> {
            var account = accountOf.get(id);
            var active = account == null ? null : lastActive.get(account);
            return active == null || active.isBefore(cutoff);
        }).toList();
    }
}
