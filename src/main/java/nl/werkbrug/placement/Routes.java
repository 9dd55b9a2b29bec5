package nl.werkbrug.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.CandidateFacts;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.organisation.LocationId;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's route to work: tracks towards one vacancy or towards work found elsewhere, each a
 * row of dated steps. Jobhunters (and administrators) keep it for the candidates they work with;
 * shortlists, introductions and interviews move it on by themselves. Every change is audited.
 */
@Service
public class Routes {

    /** One dated step; an interview step also says when and where. */
    public record Step(UUID id, RouteStage stage, LocalDate happenedOn, UUID recordedBy, @Nullable String note,
                       @Nullable StopReason stopReason, @Nullable Instant interviewAt,
                       @Nullable String interviewPlace) {
    }

    /** A track with its steps, oldest first. */
    public record Track(UUID id, CandidateId candidateId, @Nullable UUID vacancyId, @Nullable UUID employerId,
                        @Nullable String employerName, @Nullable String municipality, VacancyType kind,
                        boolean inMunicipality, RouteStage stage, RouteStage reachedStage,
                        @Nullable StopReason stopReason, LocalDate openedOn, @Nullable LocalDate startedOn,
                        @Nullable LocalDate endedOn, List<Step> steps) {

        /** The interviews still to come on this track. */
        public List<Step> interviewsAfter(Instant now) {
            return steps.stream().filter(s -> s.interviewAt() != null && s.interviewAt().isAfter(now)).toList();
        }
    }

    /** Work found outside the vacancies on the platform. */
    public record Elsewhere(String employerName, @Nullable String municipality, VacancyType kind,
                            boolean inMunicipality) {
    }

    private final RouteTrackRepository tracks;
    private final RouteStepRepository steps;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final OrganisationService organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    Routes(RouteTrackRepository tracks, RouteStepRepository steps, CandidateService candidates,
           VacancyService vacancies, OrganisationService organisations, AuditLog auditLog, Clock clock) {
        this.tracks = tracks;
        this.steps = steps;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Opens a track towards work found elsewhere (not a vacancy on the platform). */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Track openElsewhere(CandidateId candidateId, Elsewhere work, @Nullable String note) {
        if (work.employerName() == null || work.employerName().isBlank() || work.employerName().length() > 200) {
            throw new IllegalArgumentException("work elsewhere needs an employer name of at most 200 characters");
        }
        candidates.workingWith(candidateId, null);
        var facts = facts(candidateId);
        var track = tracks.save(new RouteTrack(candidateId.value(), facts.locationId(), facts.intakeDate(), work.kind(),
                work.inMunicipality(), today()).elsewhere(work.employerName().strip(), blankToNull(work.municipality())));
        record(track, RouteStage.SUGGESTED, today(), note);
        return view(track);
    }

    /** Suggests a vacancy to a candidate: opens a track, or returns the one already under way. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Track suggest(CandidateId candidateId, VacancyId vacancyId) {
        candidates.workingWith(candidateId, null);
        return view(reach(candidateId, vacancyId, RouteStage.SUGGESTED, null));
    }

    /** The candidate was put on the shortlist of a vacancy: the track moves (or opens) to SHORTLISTED. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Track shortlisted(VacancyId vacancyId, CandidateId candidateId) {
        candidates.workingWith(candidateId, null);
        return view(reach(candidateId, vacancyId, RouteStage.SHORTLISTED, null));
    }

    /** Moves a track on to a later stage before the start (interview, trial or placement...). */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Track advance(UUID trackId, RouteStage to, LocalDate on, @Nullable String note) {
        if (to == RouteStage.STARTED || to == RouteStage.ENDED || to == RouteStage.STOPPED) {
            throw new IllegalArgumentException("use recordStart, end or stop for " + to);
        }
        var track = editable(trackId);
        track.moveTo(to);
        record(track, to, on, note);
        return view(track);
    }

    /** Stops a track, with a work-related reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Track stop(UUID trackId, StopReason reason, LocalDate on, @Nullable String note) {
        var track = editable(trackId);
        track.stop(reason);
        steps.save(step(track, RouteStage.STOPPED, on, note).because(reason));
        audit(track, RouteStage.STOPPED);
        return view(track);
    }

    /** The candidate started: what kind of work, from when, and whether in this municipality or elsewhere. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Track recordStart(UUID trackId, VacancyType kind, LocalDate on, boolean inMunicipality,
                             @Nullable String note) {
        var track = editable(trackId);
        track.start(kind, inMunicipality, on);
        record(track, RouteStage.STARTED, on, note);
        return view(track);
    }

    /** The work or placement ended. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Track end(UUID trackId, LocalDate on, @Nullable String note) {
        var track = editable(trackId);
        track.end(on);
        record(track, RouteStage.ENDED, on, note);
        return view(track);
    }

    /** A candidate's tracks, newest first, each with its steps. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Track> forCandidate(CandidateId candidateId) {
        candidates.workingWith(candidateId, null);
        return views(tracks.findByCandidateIdOrderByOpenedOnDesc(candidateId.value()));
    }

    /** The signed-in newcomer's own tracks, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('NEWCOMER')")
    public List<Track> mine() {
        return candidates.mine().map(p -> views(tracks.findByCandidateIdOrderByOpenedOnDesc(p.id().value())))
                .orElse(List.of());
    }

    /** Per candidate the furthest stage of their tracks still under way, for the caseload. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Map<CandidateId, RouteStage> furthestActive(Collection<CandidateId> ids) {
        var mine = candidates.workingWithAll(ids).stream().map(CandidateId::value).toList();
        return tracks.findByCandidateIdIn(mine).stream().filter(t -> t.stage().active())
                .collect(Collectors.toMap(t -> new CandidateId(t.candidateId()), RouteTrack::stage,
                        (a, b) -> a.after(b) ? a : b));
    }

    /**
     * Moves the track of a candidate towards a vacancy on to a stage (opening it when there is none
     * under way); a track already further along stays where it is. The caller checked access.
     */
    RouteTrack reach(CandidateId candidateId, VacancyId vacancyId, RouteStage stage, @Nullable String note) {
        var track = active(candidateId, vacancyId).orElseGet(() -> open(candidateId, vacancyId));
        if (stage.after(track.stage())) {
            track.moveTo(stage);
            record(track, stage, today(), note);
        }
        return track;
    }

    /** An interview was scheduled for a candidate and a vacancy: an INTERVIEW step with the time and place. */
    void interview(CandidateId candidateId, VacancyId vacancyId, Instant at, @Nullable String place) {
        var track = active(candidateId, vacancyId).orElseGet(() -> open(candidateId, vacancyId));
        if (RouteStage.INTERVIEW.after(track.stage())) {
            track.moveTo(RouteStage.INTERVIEW);
        }
        steps.save(step(track, RouteStage.INTERVIEW, at.atZone(clock.getZone()).toLocalDate(), null)
                .interview(at, place));
        audit(track, RouteStage.INTERVIEW);
    }

    /** Stops the track towards a vacancy, if one is under way (the candidate declined, for instance). */
    void stopFor(CandidateId candidateId, VacancyId vacancyId, StopReason reason, @Nullable String note) {
        active(candidateId, vacancyId).ifPresent(track -> {
            track.stop(reason);
            steps.save(step(track, RouteStage.STOPPED, today(), note).because(reason));
            audit(track, RouteStage.STOPPED);
        });
    }

    /** The interviews planned for a candidate and a vacancy, oldest first. */
    List<Step> interviews(CandidateId candidateId, VacancyId vacancyId) {
        var ids = tracks.findByCandidateIdAndVacancyId(candidateId.value(), vacancyId.value()).stream()
                .map(RouteTrack::id).toList();
        return steps.findByTrackIdInOrderByRecordedAtAsc(ids).stream().map(RouteStep::view)
                .filter(s -> s.interviewAt() != null).toList();
    }

    private Optional<RouteTrack> active(CandidateId candidateId, VacancyId vacancyId) {
        return tracks.findByCandidateIdAndVacancyId(candidateId.value(), vacancyId.value()).stream()
                .filter(t -> t.stage().active()).findFirst();
    }

    private RouteTrack open(CandidateId candidateId, VacancyId vacancyId) {
        var facts = facts(candidateId);
        var vacancy = vacancies.get(vacancyId);
        var workPlace = organisations.location(new LocationId(vacancy.locationId())).map(LocationView::municipality);
        var home = organisations.location(new LocationId(facts.locationId())).map(LocationView::municipality);
        boolean here = workPlace.isPresent() && workPlace.equals(home);
        var track = tracks.save(new RouteTrack(candidateId.value(), facts.locationId(), facts.intakeDate(),
                vacancy.type(), here, today()).forVacancy(vacancyId.value(), vacancy.employerId().value()));
        if (track.stage() == RouteStage.SUGGESTED) {
            record(track, RouteStage.SUGGESTED, today(), null);
        }
        return track;
    }

    private RouteTrack editable(UUID trackId) {
        var track = tracks.findById(trackId).orElseThrow(() -> new NotFoundException("route track", trackId));
        candidates.workingWith(new CandidateId(track.candidateId()), null);
        return track;
    }

    private CandidateFacts facts(CandidateId candidateId) {
        return candidates.placementFacts(candidateId).orElseThrow(() -> new NotFoundException("candidate", candidateId));
    }

    private void record(RouteTrack track, RouteStage stage, LocalDate on, @Nullable String note) {
        steps.save(step(track, stage, on, note));
        audit(track, stage);
    }

    private RouteStep step(RouteTrack track, RouteStage stage, LocalDate on, @Nullable String note) {
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("a note has at most 1000 characters");
        }
        UUID by = CurrentUser.get().map(u -> u.id().value()).orElse(SystemTask.SYSTEM.value());
        return new RouteStep(track.id(), stage, on, by, clock.instant(), note);
    }

    private void audit(RouteTrack track, RouteStage stage) {
        auditLog.record("ROUTE", "candidate", track.candidateId().toString(), "route " + stage.name());
    }

    private Track view(RouteTrack track) {
        return views(List.of(track)).getFirst();
    }

    private List<Track> views(List<RouteTrack> found) {
        Map<UUID, List<Step>> byTrack = steps.findByTrackIdInOrderByRecordedAtAsc(
                        found.stream().map(RouteTrack::id).toList()).stream()
                .collect(Collectors.groupingBy(RouteStep::trackId, Collectors.mapping(RouteStep::view,
                        Collectors.toList())));
        return found.stream().map(t -> t.view(byTrack.getOrDefault(t.id(), List.of())))
                .sorted(Comparator.comparing(Track::openedOn).reversed()).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
