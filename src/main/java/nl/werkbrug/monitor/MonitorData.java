package nl.werkbrug.monitor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.StopReason;
import nl.werkbrug.shared.CefrLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows the monitor counts, read once per report: the people of the filter's location and group
 * (erased people too, by their anonymous reference), their route tracks and their permit histories.
 * It reads the tables of the candidate, placement and employer modules and never writes; it reads no
 * name, contact detail or free text.
 */
final class MonitorData {

    /** A person as the monitor sees them: no name, no contact, only what the indicators need. */
    record Person(UUID id, NewcomerGroup group, UUID locationId, LocalDate intake, @Nullable Integer education,
                  boolean highSkilled, @Nullable CefrLevel dutch, @Nullable LocalDate erasedMonth,
                  @Nullable PermitStatus permitStatus, @Nullable LocalDate permitStatusDate) {

        /** Whether the person was on the platform at some day of [from, to]. */
        boolean presentIn(LocalDate from, LocalDate to) {
            return !intake.isAfter(to) && (erasedMonth == null || !erasedMonth.isBefore(from.withDayOfMonth(1)));
        }
    }

    record Track(UUID id, UUID person, @Nullable String occupationUri, VacancyType kind, boolean inMunicipality,
                 RouteStage stage, RouteStage reached, @Nullable StopReason stopReason, @Nullable LocalDate startedOn,
                 @Nullable LocalDate endedOn, LocalDate firstStep) {

        /** Whether the person worked in this track at some day of [from, to]. */
        boolean activeIn(LocalDate from, LocalDate to) {
            return startedOn != null && !startedOn.isAfter(to) && (endedOn == null || !endedOn.isBefore(from));
        }
    }

    record PermitStep(PermitStatus status, LocalDate on) {
    }

    final Map<UUID, Person> people;
    final Map<UUID, List<Track>> tracks;
    final Map<UUID, List<PermitStep>> permits;

    private MonitorData(Map<UUID, Person> people, Map<UUID, List<Track>> tracks, Map<UUID, List<PermitStep>> permits) {
        this.people = people;
        this.tracks = tracks;
        this.permits = permits;
    }

    List<Track> tracksOf(UUID person) {
        return tracks.getOrDefault(person, List.of());
    }

    List<PermitStep> permitsOf(UUID person) {
        return permits.getOrDefault(person, List.of());
    }

    static MonitorData load(JdbcClient jdbc, MonitorFilter filter) {
        Map<UUID, Person> people = new LinkedHashMap<>();
        var where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.locationId() != null) {
            where.append(" and location_id = ?");
            params.add(filter.locationId());
        }
        if (filter.group() != null) {
            where.append(" and newcomer_group = ?");
            params.add(filter.group().name());
        }
        jdbc.sql("""
                        select id, newcomer_group, location_id, intake_date, education_level, dutch_level,
                               permit_status, permit_status_date
                        from candidate""" + where)
                .params(params)
                .query((rs, row) -> {
                    Integer education = (Integer) rs.getObject("education_level");
                    var person = new Person(rs.getObject("id", UUID.class),
                            NewcomerGroup.valueOf(rs.getString("newcomer_group")),
                            rs.getObject("location_id", UUID.class), date(rs, "intake_date"), education,
                            education != null && education >= 6, CefrLevel.valueOf(rs.getString("dutch_level")), null,
                            PermitStatus.valueOf(rs.getString("permit_status")), nullableDate(rs, "permit_status_date"));
                    return people.put(person.id(), person);
                }).list();
        jdbc.sql("""
                        select person_ref, newcomer_group, location_id, intake_month, erased_month, high_skilled
                        from erased_candidate""" + where + " and person_ref is not null")
                .params(params)
                .query((rs, row) -> {
                    var person = new Person(rs.getObject("person_ref", UUID.class),
                            NewcomerGroup.valueOf(rs.getString("newcomer_group")),
                            rs.getObject("location_id", UUID.class), date(rs, "intake_month"), null,
                            rs.getBoolean("high_skilled"), null, date(rs, "erased_month"), null, null);
                    return people.put(person.id(), person);
                }).list();

        Map<UUID, List<Track>> tracks = new HashMap<>();
        jdbc.sql("""
                        select t.id, t.candidate_id, v.occupation_uri, t.kind, t.in_municipality, t.stage,
                               t.reached_stage, t.stop_reason, t.started_on, t.ended_on,
                               coalesce((select min(s.happened_on) from route_step s where s.track_id = t.id),
                                        t.opened_on) as first_step
                        from route_track t left join vacancy v on v.id = t.vacancy_id""")
                .query((rs, row) -> {
                    UUID person = rs.getObject("candidate_id", UUID.class);
                    if (!people.containsKey(person)) {
                        return false;
                    }
                    String reason = rs.getString("stop_reason");
                    var track = new Track(rs.getObject("id", UUID.class), person, rs.getString("occupation_uri"),
                            VacancyType.valueOf(rs.getString("kind")), rs.getBoolean("in_municipality"),
                            RouteStage.valueOf(rs.getString("stage")), RouteStage.valueOf(rs.getString("reached_stage")),
                            reason == null ? null : StopReason.valueOf(reason), nullableDate(rs, "started_on"),
                            nullableDate(rs, "ended_on"), date(rs, "first_step"));
                    return tracks.computeIfAbsent(person, p -> new ArrayList<>()).add(track);
                }).list();

        Map<UUID, List<PermitStep>> permits = new HashMap<>();
        jdbc.sql("select candidate_id, status, step_date from permit_step order by step_date, recorded_at")
                .query((rs, row) -> {
                    UUID person = rs.getObject("candidate_id", UUID.class);
                    if (!people.containsKey(person)) {
                        return false;
                    }
                    return permits.computeIfAbsent(person, p -> new ArrayList<>())
                            .add(new PermitStep(PermitStatus.valueOf(rs.getString("status")), date(rs, "step_date")));
                }).list();
        permits.values().forEach(list -> list.sort(Comparator.comparing(PermitStep::on)));
        return new MonitorData(people, tracks, permits);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static @Nullable LocalDate nullableDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
