package nl.werkbrug.placement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.PersonalDataSection;
import org.springframework.stereotype.Component;

/** The route part of a person's data download: tracks with their steps, and the jobhunter's notes and tasks. */
@Component
class RouteDataSection implements PersonalDataSection {

    private final RouteTrackRepository tracks;
    private final RouteStepRepository steps;
    private final CandidateNoteRepository notes;
    private final CandidateTaskRepository tasks;

    RouteDataSection(RouteTrackRepository tracks, RouteStepRepository steps, CandidateNoteRepository notes,
                     CandidateTaskRepository tasks) {
        this.tracks = tracks;
        this.steps = steps;
        this.notes = notes;
        this.tasks = tasks;
    }

    @Override
    public String key() {
        return "route";
    }

    @Override
    public Object export(CandidateId candidate) {
        var found = tracks.findByCandidateIdOrderByOpenedOnDesc(candidate.value());
        var allSteps = steps.findByTrackIdInOrderByRecordedAtAsc(found.stream().map(RouteTrack::id).toList());
        List<Object> trackList = new ArrayList<>();
        for (RouteTrack track : found) {
            var view = track.view(allSteps.stream().filter(s -> s.trackId().equals(track.id())).map(RouteStep::view)
                    .toList());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("vacancyId", text(view.vacancyId()));
            row.put("employerName", text(view.employerName()));
            row.put("municipality", text(view.municipality()));
            row.put("kind", view.kind().name());
            row.put("inMunicipality", view.inMunicipality());
            row.put("stage", view.stage().name());
            row.put("stopReason", text(view.stopReason()));
            row.put("openedOn", view.openedOn().toString());
            row.put("startedOn", text(view.startedOn()));
            row.put("endedOn", text(view.endedOn()));
            row.put("steps", view.steps().stream().map(s -> {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("stage", s.stage().name());
                step.put("on", s.happenedOn().toString());
                step.put("note", text(s.note()));
                step.put("stopReason", text(s.stopReason()));
                step.put("interviewAt", text(s.interviewAt()));
                step.put("interviewPlace", text(s.interviewPlace()));
                return step;
            }).toList());
            trackList.add(row);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tracks", trackList);
        result.put("notes", notes.findByCandidateIdOrderByWrittenAtDesc(candidate.value()).stream()
                .map(CandidateNote::view).map(n -> Map.of("text", n.text(), "writtenAt", n.writtenAt().toString()))
                .toList());
        result.put("tasks", tasks.findByCandidateIdOrderByCreatedAtDesc(candidate.value()).stream()
                .map(CandidateTask::view).map(t -> {
                    Map<String, Object> task = new LinkedHashMap<>();
                    task.put("text", t.text());
                    task.put("dueOn", text(t.dueOn()));
                    task.put("doneAt", text(t.doneAt()));
                    return task;
                }).toList());
        return result;
    }

    static String text(@org.jspecify.annotations.Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
