package nl.werkbrug.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualitative lessons from routes to work: a jobhunter tags what helped or blocked on a track and may
 * add a short text; the municipality's monitor lists and counts them. A point keeps only the month, the
 * location, the group, the kind of work and the stage reached: never the candidate nor the track, and
 * a text with a name, an e-mail address or a phone number is refused.
 */
@Service
public class LearningPoints {

    static final int MAX_LIMIT = 1000;

    private final LearningPointRepository points;
    private final RouteTrackRepository tracks;
    private final CandidateService candidates;
    private final AuditLog auditLog;
    private final Clock clock;

    LearningPoints(LearningPointRepository points, RouteTrackRepository tracks, CandidateService candidates,
                   AuditLog auditLog, Clock clock) {
        this.points = points;
        this.tracks = tracks;
        this.candidates = candidates;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Records a learning point about a track of a candidate the signed-in jobhunter works with, in the
     * current month; throws {@link InvalidLearningPoint} without tags or when the text is not anonymous.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public LearningPoint add(UUID trackId, LearningEffect effect, Set<LearningTag> tags, @Nullable String text) {
        var track = tracks.findById(trackId).orElseThrow(() -> new NotFoundException("route track", trackId));
        var candidate = candidates.workingWith(new CandidateId(track.candidateId()), null);
        var point = new LearningPoint(UUID.randomUUID(), YearMonth.now(clock), effect, checked(tags),
                AnonymousText.check(text, List.of(candidate.name())), track.kind(), track.stage(), candidate.group(),
                track.locationId());
        save(point);
        auditLog.record("ADD_LEARNING_POINT", "candidate", track.candidateId().toString(), "learning point");
        return point;
    }

    /** Records a point of an earlier month as it is given (for the demo data); the text is checked too. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public LearningPoint addHistoric(LearningPoint given) {
        if (given.month().isAfter(YearMonth.now(clock))) {
            throw new IllegalArgumentException("a learning point cannot be of a month to come");
        }
        var point = new LearningPoint(given.id(), given.month(), given.effect(), checked(given.tags()),
                AnonymousText.check(given.text(), List.of()), given.kind(), given.outcome(), given.group(),
                given.locationId());
        save(point);
        return point;
    }

    /**
     * The points of a period, newest first: a point counts when the first day of its month lies between
     * the first day of {@code from}'s month and {@code to}, both included.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public List<LearningPoint> find(LocalDate from, LocalDate to, @Nullable UUID locationId,
                                    @Nullable NewcomerGroup group, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return points.find(from.withDayOfMonth(1), to, locationId, group, Limit.of(Math.min(limit, MAX_LIMIT)))
                .stream().map(LearningPointEntry::view).toList();
    }

    /**
     * Per tag how many points of a period helped and how many blocked (the period as in
     * {@link #find}); a point with three tags counts once for each. Every tag and effect is present.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public Map<LearningTag, Map<LearningEffect, Long>> countByTag(LocalDate from, LocalDate to,
                                                                  @Nullable UUID locationId,
                                                                  @Nullable NewcomerGroup group) {
        Map<LearningTag, Map<LearningEffect, Long>> counts = new EnumMap<>(LearningTag.class);
        for (LearningTag tag : LearningTag.values()) {
            Map<LearningEffect, Long> byEffect = new EnumMap<>(LearningEffect.class);
            for (LearningEffect effect : LearningEffect.values()) {
                byEffect.put(effect, 0L);
            }
            counts.put(tag, byEffect);
        }
        for (var point : points.find(from.withDayOfMonth(1), to, locationId, group, Limit.unlimited())) {
            point.tags().forEach(tag -> counts.get(tag).merge(point.effect(), 1L, Long::sum));
        }
        return counts;
    }

    /** How many learning points there are in all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public long count() {
        return points.count();
    }

    private void save(LearningPoint point) {
        UUID by = CurrentUser.get().map(u -> u.id().value()).orElse(SystemTask.SYSTEM.value());
        points.save(new LearningPointEntry(point, by, clock.instant()));
    }

    private static Set<LearningTag> checked(Set<LearningTag> tags) {
        if (tags.isEmpty()) {
            throw new InvalidLearningPoint(InvalidLearningPoint.Code.NO_TAGS, "a learning point needs at least one tag");
        }
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(tags));
    }
}
