package nl.werkbrug.placement;

import java.util.UUID;
import nl.werkbrug.candidate.CandidateErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a candidate is erased, placement deletes what is personal (notes, tasks, contact shares,
 * introduction requests) in the same transaction, and keeps the route tracks and steps anonymised:
 * the anonymous ID the monitor counts the erased person by instead of the candidate's, notes and
 * free text cleared, so the counts of the municipality's dashboard survive.
 */
@Component
class PlacementErasure {

    private final CandidateNoteRepository notes;
    private final CandidateTaskRepository tasks;
    private final ContactShareRepository shares;
    private final IntroductionRequestRepository requests;
    private final RouteTrackRepository tracks;
    private final RouteStepRepository steps;

    PlacementErasure(CandidateNoteRepository notes, CandidateTaskRepository tasks, ContactShareRepository shares,
                     IntroductionRequestRepository requests, RouteTrackRepository tracks, RouteStepRepository steps) {
        this.notes = notes;
        this.tasks = tasks;
        this.shares = shares;
        this.requests = requests;
        this.tracks = tracks;
        this.steps = steps;
    }

    @EventListener
    @Transactional
    void on(CandidateErased erased) {
        UUID candidate = erased.candidateId().value();
        notes.deleteByCandidateId(candidate);
        tasks.deleteByCandidateId(candidate);
        shares.deleteByCandidateId(candidate);
        requests.deleteByCandidateId(candidate);
        var found = tracks.findByCandidateIdOrderByOpenedOnDesc(candidate);
        UUID anonymous = erased.anonymousId();
        found.forEach(track -> track.anonymise(anonymous));
        steps.findByTrackIdInOrderByRecordedAtAsc(found.stream().map(RouteTrack::id).toList())
                .forEach(RouteStep::anonymise);
    }
}
