package nl.werkbrug.candidate;

import nl.werkbrug.cv.CvDocuments;
import org.springframework.stereotype.Component;

/**
 * The person's CV documents, for the download of their data. It lives here rather than in the CV
 * module, which knows candidates only by their ID (the CV module may not depend on this one).
 */
@Component
class CvSection implements PersonalDataSection {

    private final CvDocuments documents;

    CvSection(CvDocuments documents) {
        this.documents = documents;
    }

    @Override
    public String key() {
        return "cv";
    }

    @Override
    public Object export(CandidateId candidate) {
        return documents.exportOf(candidate.value());
    }
}
