package nl.werkbrug.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobhunter's notes and tasks about a candidate. Only jobhunters who work with the candidate
 * (and administrators) read or write them, never the candidate's employer; each change is audited.
 */
@Service
public class CaseNotes {

    public record Note(UUID id, String text, UUID writtenBy, Instant writtenAt) {
    }

    public record Task(UUID id, String text, @Nullable LocalDate dueOn, @Nullable Instant doneAt, UUID createdBy,
                       Instant createdAt) {

        public boolean open() {
            return doneAt == null;
        }
    }

    private final CandidateNoteRepository notes;
    private final CandidateTaskRepository tasks;
    private final Introductions introductions;
    private final CandidateService candidates;
    private final AuditLog auditLog;
    private final Clock clock;

    CaseNotes(CandidateNoteRepository notes, CandidateTaskRepository tasks, Introductions introductions,
              CandidateService candidates, AuditLog auditLog, Clock clock) {
        this.notes = notes;
        this.tasks = tasks;
        this.introductions = introductions;
        this.candidates = candidates;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Note addNote(CandidateId candidate, String text) {
        String clean = required(text, 4000);
        candidates.workingWith(candidate, null);
        var note = notes.save(new CandidateNote(candidate.value(), clean, me(), clock.instant()));
        auditLog.record("NOTE", "candidate", candidate.value().toString(), "jobhunter note");
        return note.view();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Note> notes(CandidateId candidate) {
        candidates.workingWith(candidate, null);
        return notes.findByCandidateIdOrderByWrittenAtDesc(candidate.value()).stream().map(CandidateNote::view).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Task addTask(CandidateId candidate, String text, @Nullable LocalDate dueOn) {
        String clean = required(text, 500);
        candidates.workingWith(candidate, null);
        var task = tasks.save(new CandidateTask(candidate.value(), clean, dueOn, me(), clock.instant()));
        auditLog.record("TASK", "candidate", candidate.value().toString(), "task added");
        return task.view();
    }

    /** Marks a task done, or open again. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Task markDone(UUID taskId, boolean done) {
        var task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        candidates.workingWith(new CandidateId(task.candidateId()), null);
        task.markDone(done, clock.instant());
        auditLog.record(done ? "TASK_DONE" : "TASK_OPEN", "candidate", task.candidateId().toString(), "task");
        return task.view();
    }

    /** A candidate's tasks, open ones first, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Task> tasks(CandidateId candidate) {
        candidates.workingWith(candidate, null);
        return tasks.findByCandidateIdOrderByCreatedAtDesc(candidate.value()).stream().map(CandidateTask::view)
                .sorted(java.util.Comparator.comparing(Task::open).reversed()).toList();
    }

    /**
     * Per candidate the number of open actions: open tasks plus introduction requests waiting for the
     * jobhunter. Candidates the signed-in jobhunter does not work with are left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Map<CandidateId, Integer> openActions(Collection<CandidateId> ids) {
        var mine = candidates.workingWithAll(ids).stream().map(CandidateId::value).toList();
        Map<CandidateId, Integer> counts = new HashMap<>();
        tasks.findByCandidateIdInAndDoneAtIsNull(mine)
                .forEach(t -> counts.merge(new CandidateId(t.candidateId()), 1, Integer::sum));
        introductions.waitingForJobhunter(mine).forEach((id, n) -> counts.merge(new CandidateId(id), n, Integer::sum));
        return counts;
    }

    private static UUID me() {
        return CurrentUser.require().id().value();
    }

    private static String required(@Nullable String text, int max) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new IllegalArgumentException("a text of 1 to " + max + " characters is needed");
        }
        return text.strip();
    }
}
