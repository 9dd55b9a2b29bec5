package nl.werkbrug.placement;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.PersonalDataSection;
import org.springframework.stereotype.Component;

/** The introductions part of a person's data download: requests about them and what they shared with whom. */
@Component
class IntroductionDataSection implements PersonalDataSection {

    private final IntroductionRequestRepository requests;
    private final ContactShareRepository shares;

    IntroductionDataSection(IntroductionRequestRepository requests, ContactShareRepository shares) {
        this.requests = requests;
        this.shares = shares;
    }

    @Override
    public String key() {
        return "introductions";
    }

    @Override
    public Object export(CandidateId candidate) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requests", requests.findByCandidateIdOrderByRequestedAtDesc(candidate.value()).stream()
                .map(r -> r.view("")).map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("vacancyId", r.vacancyId().toString());
                    row.put("employerId", r.employerId().toString());
                    row.put("message", r.message());
                    row.put("status", r.status().name());
                    row.put("requestedAt", r.requestedAt().toString());
                    row.put("answeredAt", RouteDataSection.text(r.answeredAt()));
                    row.put("answerReason", RouteDataSection.text(r.answerReason()));
                    return row;
                }).toList());
        result.put("shares", shares.findByCandidateIdOrderBySharedAtDesc(candidate.value()).stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("employerId", s.employerId().toString());
            row.put("sharedAt", s.sharedAt().toString());
            row.put("withdrawnAt", RouteDataSection.text(s.withdrawnAt()));
            return row;
        }).toList());
        return result;
    }
}
