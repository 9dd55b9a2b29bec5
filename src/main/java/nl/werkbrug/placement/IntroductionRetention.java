package nl.werkbrug.placement;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.werkbrug.security.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions a jobhunter declined or a candidate refused are deleted after a while (four weeks by
 * default, as for applicants who were turned down); accepted ones stay while they are needed. Each
 * deletion is written to the audit log with the purpose "retention".
 */
@Component
class IntroductionRetention {

    private final IntroductionRequestRepository requests;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration keep;

    IntroductionRetention(IntroductionRequestRepository requests, AuditLog auditLog, Clock clock,
                          @Value("${werkbrug.retention.declined-introductions:P28D}") Duration keep) {
        this.requests = requests;
        this.auditLog = auditLog;
        this.clock = clock;
        this.keep = keep;
    }

    /** Deletes the declined and refused requests older than the retention period; returns how many. */
    @Scheduled(cron = "${werkbrug.retention.cron:0 43 3 * * *}")
    @Transactional
    public int deleteExpired() {
        List<IntroductionRequest> expired = requests.findClosedBefore(clock.instant().minus(keep));
        for (IntroductionRequest request : expired) {
            requests.delete(request);
            auditLog.record("DELETE", "introduction", request.id().toString(), "retention");
        }
        return expired.size();
    }
}
