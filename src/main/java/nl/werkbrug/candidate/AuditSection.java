package nl.werkbrug.candidate;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkbrug.security.AuditSearch;
import org.springframework.stereotype.Component;

/**
 * Who saw or changed the person's data: the audit entries about their profile (when, who with their
 * role, what, why), for the download of their data. Here rather than in the security module, which
 * knows nothing of candidates.
 */
@Component
class AuditSection implements PersonalDataSection {

    private final AuditSearch audit;

    AuditSection(AuditSearch audit) {
        this.audit = audit;
    }

    @Override
    public String key() {
        return "audit";
    }

    @Override
    public Object export(CandidateId candidate) {
        return audit.concerning("candidate", candidate.value().toString()).stream().map(entry -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("when", entry.occurredAt().toString());
            row.put("who", entry.actorName().isEmpty() ? entry.actor() : entry.actorName());
            row.put("role", entry.actorRole());
            row.put("what", entry.action());
            row.put("why", entry.purpose() == null ? "" : entry.purpose());
            return row;
        }).toList();
    }
}
