package nl.werkbrug.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.organisation.LocationView;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The vacancies the tracks of the history lead to: for work that started, ended or stopped, the
 * vacancies of the pilot year (posted here, closed once filled, their posting dated back before
 * their first track); for tracks still under way, the open vacancies of the demo. Each kind is
 * handed out in turn.
 */
final class HistoryTargets {

    /** A vacancy a track can lead to. */
    record Target(UUID vacancyId, UUID employerId, VacancyType kind, String municipality,
                  HistoryPlans.Level level) {
    }

    private final List<Target> filled = new ArrayList<>();
    private final List<Target> open;
    private final Map<String, Integer> turns = new HashMap<>();
    private final JdbcClient jdbc;
    private final VacancyService vacancies;

    HistoryTargets(JdbcClient jdbc, VacancyService vacancies, Map<String, LocationView> places, DemoEsco esco) {
        this.jdbc = jdbc;
        this.vacancies = vacancies;
        for (var role : HistoryVacancies.ROLES) {
            var company = DemoEmployers.ALL.stream().filter(c -> c.name().equals(role.employer())).findFirst()
                    .orElseThrow();
            var employer = jdbc.sql("""
                            select e.id from employer e join organisation o on o.id = e.organisation_id
                            where o.name = ? order by e.created_at limit 1""")
                    .param(role.employer()).query(UUID.class).optional();
            var location = places.get(company.municipality());
            if (employer.isEmpty() || location == null) {
                continue;
            }
            var posted = vacancies.post(HistoryVacancies.draft(role, employer.get(), location.id().value(), esco));
            vacancies.changeStatus(posted.id(), VacancyStatus.CLOSED);
            filled.add(new Target(posted.id().value(), employer.get(), role.type(), company.municipality(),
                    role.level()));
        }
        this.open = jdbc.sql("""
                        select v.id, v.employer_id, v.type, l.municipality from vacancy v
                        join location l on l.id = v.location_id where v.status = 'OPEN' order by v.created_at, v.id""")
                .query((rs, n) -> new Target(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        VacancyType.valueOf(rs.getString(3)), rs.getString(4), HistoryPlans.Level.BELOW))
                .list();
    }

    /**
     * A vacancy of the kind, for work that happened (at the person's level, in their municipality or
     * elsewhere as planned, as far as the pilot's vacancies allow) or for a track still under way.
     */
    Target choose(VacancyType kind, HistoryPlans.Level level, boolean inMunicipality, String home, boolean underWay) {
        List<Target> pool = underWay ? open : filled;
        var fits = pool.stream().filter(t -> t.kind() == kind && (underWay || t.level() == level)).toList();
        var here = fits.stream().filter(t -> t.municipality().equals(home) == inMunicipality).toList();
        var choice = !here.isEmpty() ? here : !fits.isEmpty() ? fits
                : pool.stream().filter(t -> t.kind() == kind).toList();
        if (choice.isEmpty()) {
            choice = pool.isEmpty() ? filled : pool;
        }
        String key = underWay + "/" + kind + "/" + level + "/" + inMunicipality;
        int turn = turns.merge(key, 1, Integer::sum) - 1;
        return choice.get(turn % choice.size());
    }

    /** Dates the posting of each pilot vacancy two weeks before its first track (or half a year back). */
    void backdate(Map<UUID, LocalDate> firstSteps, LocalDate today, ZoneId zone) {
        for (var target : filled) {
            LocalDate posted = firstSteps.getOrDefault(target.vacancyId(), today.minusMonths(6)).minusWeeks(2);
            jdbc.sql("update vacancy set created_at = ? where id = ?")
                    .params(Timestamp.from(posted.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant()),
                            target.vacancyId())
                    .update();
        }
    }
}
