package nl.werkbrug.candidate.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.cv.ui.CvReview;
import nl.werkbrug.cv.ui.CvUpload;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;

/**
 * The CV side of the profile views: the upload and where its reading stands, then the draft next to
 * the CV's text; what the person confirms goes into the form beside it.
 */
class CvPanel extends Composite<Aside> {

    private final CvDocuments documents;
    private final CvUpload upload;
    private final CvReview review;

    CvPanel(CvDocuments documents, TaxonomyService taxonomy, ProfileForm form, Supplier<@Nullable UUID> candidate) {
        this.documents = documents;
        this.review = new CvReview(taxonomy, form::confirm, form::focusSkills);
        this.upload = new CvUpload(documents, candidate, document -> review.show(document,
                documents.text(document.id())));
        getContent().addClassName("cv-panel");
        getContent().add(new H3(getTranslation("cv.title")), upload, review);
    }

    /** Shows the candidate's newest CV, if there is one. */
    void showLatest(UUID candidateId) {
        documents.forCandidate(candidateId).stream().findFirst().ifPresent(upload::follow);
    }

    /** The documents uploaded here (during an intake: to attach to the new candidate). */
    List<UUID> uploaded() {
        return upload.uploaded();
    }
}
