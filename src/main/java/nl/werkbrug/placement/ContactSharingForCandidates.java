package nl.werkbrug.placement;

import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.ContactSharing;
import nl.werkbrug.employer.EmployerService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the candidate module whether the signed-in person's employer may see a candidate's contact details. */
@Component
class ContactSharingForCandidates implements ContactSharing {

    private final ContactShareRepository shares;
    private final EmployerService employers;

    ContactSharingForCandidates(ContactShareRepository shares, EmployerService employers) {
        this.shares = shares;
        this.employers = employers;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sharedWithMyEmployer(CandidateId candidate) {
        return employers.mine().map(e -> shares.existsByCandidateIdAndEmployerIdAndWithdrawnAtIsNull(candidate.value(),
                e.id().value())).orElse(false);
    }
}
