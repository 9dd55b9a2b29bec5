package nl.werkbrug.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.PermitStatus;
import nl.werkbrug.employer.Commitment;
import nl.werkbrug.employer.SignalStatus;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.monitor.MonitorData.Person;
import nl.werkbrug.monitor.MonitorData.Track;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.placement.LearningEffect;
import nl.werkbrug.placement.LearningPoint;
import nl.werkbrug.placement.LearningPoints;
import nl.werkbrug.placement.LearningTag;
import nl.werkbrug.placement.RouteStage;
import nl.werkbrug.placement.StopReason;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.taxonomy.Occupation;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's monitor: every indicator of the dashboard, computed from the platform's own
 * data for a period, a location and a group, with the small-numbers rule applied before any figure
 * leaves this service. Nothing here names a person; a breakdown shows counts only.
 *
 * <p>The definitions, in short (the design decision DD017 has them in full): a person participates in
 * a kind of work when one of their route tracks started on or before the period's end and had not
 * ended before its start; the group's size is everyone whose intake lay on or before the period's
 * end and who was not erased before it; "placed within 16 weeks" is a first start at most 112 days
 * after the intake, out of the intakes of the period whose 16 weeks are over (or who were placed).
 */
@Service
public class Monitor {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int SIXTEEN_WEEKS_IN_DAYS = 16 * 7;
    private static final List<NewcomerGroup> GROUP_ROWS = List.of(NewcomerGroup.STATUS_HOLDER_WI2013,
            NewcomerGroup.STATUS_HOLDER_WI2021, NewcomerGroup.UKRAINIAN, NewcomerGroup.ASYLUM_SEEKER,
            NewcomerGroup.OTHER);
    private static final List<RouteStage> FUNNEL_STAGES = List.of(RouteStage.SUGGESTED, RouteStage.SHORTLISTED,
            RouteStage.INTRODUCTION_ASKED, RouteStage.INTRODUCED, RouteStage.INTERVIEW, RouteStage.TRIAL_OR_PLACEMENT,
            RouteStage.STARTED, RouteStage.ENDED);
    private static final Set<VacancyType> WORK = Set.of(VacancyType.JOB, VacancyType.DUAL_TRAJECTORY,
            VacancyType.INTERNSHIP, VacancyType.WORK_EXPERIENCE);

    private final JdbcClient jdbc;
    private final TaxonomyService taxonomy;
    private final OrganisationService organisations;
    private final LearningPoints learningPoints;
    private final SmallNumbers smallNumbers;
    private final Clock clock;

    Monitor(JdbcClient jdbc, TaxonomyService taxonomy, OrganisationService organisations,
            LearningPoints learningPoints, SmallNumbers smallNumbers, Clock clock) {
        this.jdbc = jdbc;
        this.learningPoints = learningPoints;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.smallNumbers = smallNumbers;
        this.clock = clock;
    }

    public SmallNumbers smallNumbers() {
        return smallNumbers;
    }

    /** All tables of {@link Indicators#TABLES}, in that order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public MonitorReport report(MonitorFilter filter) {
        return new Build(filter).report();
    }

    /** One table of the report, computed alone; an unknown id is an {@link IllegalArgumentException}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public StatTable table(MonitorFilter filter, String id) {
        return new Build(filter).table(id);
    }

    /** The latest learning points of the filter, newest first: anonymous texts and tags. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public List<LearningPoint> learningPoints(MonitorFilter filter, int limit) {
        return learningPoints.find(filter.from(), filter.to(), filter.locationId(), filter.group(), limit);
    }

    /**
     * The anonymous breakdown behind one cell: the people it counts, by group, location, Dutch level,
     * education and quarter of intake, every count under the same small-numbers rule. Only the cell's
     * table is computed again. A cell without people behind it (vacancies, say) has no breakdown: the
     * list is empty.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN') or hasAuthority('SCOPE_stats')")
    public List<StatTable> breakdown(MonitorFilter filter, Drill drill) {
        if (!Indicators.TABLES.contains(drill.table())) {
            return List.of();
        }
        var build = new Build(filter);
        StatTable table = build.table(drill.table());
        Set<UUID> behind = build.behind.get(drill);
        if (behind == null || complement(table, drill)) {
            return List.of();
        }
        List<Person> people = behind.stream().map(build.data.people::get).toList();
        List<StatTable> tables = new ArrayList<>();
        if (filter.group() == null) {
            tables.add(breakdownTable("byGroup", people, p -> Label.of(p.group().name(), "group." + p.group().name()),
                    GROUP_ROWS.stream().map(g -> Label.of(g.name(), "group." + g.name())).toList()));
        }
        if (filter.locationId() == null) {
            Map<UUID, String> names = organisations.locations().stream()
                    .collect(Collectors.toMap(l -> l.id().value(), LocationView::name));
            tables.add(breakdownTable("byLocation", people,
                    p -> Label.literal(p.locationId().toString(), names.getOrDefault(p.locationId(), "?")), List.of()));
        }
        List<Label> levels = new ArrayList<>();
        for (CefrLevel level : CefrLevel.values()) {
            levels.add(Label.of(level.name(), "cefr." + level.name()));
        }
        levels.add(Label.of("unknown", "monitor.row.unknown"));
        tables.add(breakdownTable("byDutchLevel", people, p -> p.dutch() == null
                ? Label.of("unknown", "monitor.row.unknown") : Label.of(p.dutch().name(), "cefr." + p.dutch().name()), levels));
        var education = List.of(Label.of("low", "monitor.row.educationLow"), Label.of("middle", "monitor.row.educationMiddle"),
                Label.of("high", "monitor.row.educationHigh"), Label.of("unknown", "monitor.row.unknown"));
        tables.add(breakdownTable("byEducation", people, p -> education.get(educationBand(p)), education));
        tables.add(breakdownTable("byIntakeQuarter", people, p -> {
            String quarter = p.intake().getYear() + "-Q" + ((p.intake().getMonthValue() - 1) / 3 + 1);
            return Label.literal(quarter, quarter);
        }, List.of()));
        return tables;
    }

    private StatTable breakdownTable(String id, List<Person> people, Function<Person, Label> by, List<Label> order) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Label> labels = new TreeMap<>();
        for (Person person : people) {
            Label label = by.apply(person);
            counts.merge(label.code(), 1L, Long::sum);
            labels.putIfAbsent(label.code(), label);
        }
        List<Label> rows = new ArrayList<>(order);
        labels.values().stream().filter(l -> rows.stream().noneMatch(r -> r.code().equals(l.code())))
                .sorted((a, b) -> String.valueOf(a.text()).compareTo(String.valueOf(b.text()))).forEach(rows::add);
        var table = new StatTable(id, List.of(Label.of("people", "monitor.col.people")), rows.stream()
                .map(row -> new StatRow(row, List.of(smallNumbers.count(counts.getOrDefault(row.code(), 0L), null))))
                .toList());
        if (!smallNumbers.complements() || people.size() < smallNumbers.threshold()) {
            return table;
        }
        // the parts add up to the figure broken down, which is shown
        return Complements.protect(table, List.of(new Complements.Sum(null, rows.stream()
                .map(r -> new Complements.Ref(r.code(), "people")).toList())), Map.of(), smallNumbers.threshold(),
                (double) people.size());
    }

    /** Whether the figure a drill points at is hidden to protect another: then it has no breakdown. */
    private static boolean complement(StatTable table, Drill drill) {
        try {
            return table.cell(drill.row(), drill.column()).complementary();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** 0 = none or primary (ISCED 0–1), 1 = secondary (2–4), 2 = tertiary (5–8), 3 = unknown. */
    private static int educationBand(Person person) {
        Integer level = person.education();
        if (level == null) {
            return person.highSkilled() ? 2 : 3;
        }
        return level <= 1 ? 0 : level <= 4 ? 1 : 2;
    }

    /** One computation of the report, keeping the people behind each cell for its breakdown. */
    private final class Build {

        final MonitorFilter filter;
        final MonitorData data;
        final LocalDate today;
        final Map<Drill, Set<UUID>> behind = new HashMap<>();

        Build(MonitorFilter filter) {
            this.filter = filter;
            this.data = MonitorData.load(jdbc, filter);
            this.today = LocalDate.now(clock.withZone(ZONE));
        }

        MonitorReport report() {
            return new MonitorReport(filter, smallNumbers.threshold(), clock.instant(),
                    Indicators.TABLES.stream().map(this::table).toList());
        }

        /** A table as it leaves the service: small numbers suppressed, and protected by complements. */
        StatTable table(String id) {
            StatTable table = computed(id);
            return smallNumbers.complements()
                    ? Complements.protect(table, sums(table), derived(table), smallNumbers.threshold(), null) : table;
        }

        StatTable computed(String id) {
            return switch (id) {
                case Indicators.PARTICIPATION -> participation();
                case Indicators.ROUTE -> route();
                case Indicators.FUNNEL -> funnel();
                case Indicators.STOP_REASONS -> stopReasons();
                case Indicators.AT_LEVEL -> atLevel();
                case Indicators.PERMITS -> permits();
                case Indicators.EMPLOYERS -> employers();
                case Indicators.VACANCIES -> vacancies();
                case Indicators.SIGNALS -> signals();
                case Indicators.TRENDS -> trends();
                case Indicators.LEARNING -> learning();
                default -> throw new IllegalArgumentException("no table " + id);
            };
        }

        /**
         * The figures of a table that add up to a total it shows. Not at level: what it leaves over,
         * "level unknown", is about the data, not the people, and protecting it would hide the
         * at-level share the monitor is for.
         */
        List<Complements.Sum> sums(StatTable table) {
            List<String> rows = table.rows().stream().map(r -> r.label().code()).toList();
            List<String> columns = table.columns().stream().map(Label::code).toList();
            List<String> parts = rows.stream().filter(r -> !r.equals("total")).toList();
            List<Complements.Sum> sums = new ArrayList<>();
            switch (table.id()) {
                case Indicators.PARTICIPATION -> columns.stream().filter(c -> !c.equals("share"))
                        .forEach(c -> sums.add(sum("total", c, parts, c)));
                case Indicators.PERMITS -> sums.add(sum("waiting", Indicators.VALUE, List.of("waitingUnder4Weeks",
                        "waiting4To8Weeks", "waiting8To13Weeks", "waitingOver13Weeks"), Indicators.VALUE));
                case Indicators.SIGNALS -> sums.add(sum("total", "signals", parts, "signals"));
                case Indicators.VACANCIES -> {
                    List<String> types = columns.stream().filter(c -> !c.equals("total")).toList();
                    for (String row : rows) {
                        sums.add(new Complements.Sum(new Complements.Ref(row, "total"),
                                types.stream().map(t -> new Complements.Ref(row, t)).toList()));
                    }
                    columns.forEach(c -> sums.add(sum("total", c, parts, c)));
                }
                default -> {
                    // no figures here add up to a total shown next to them
                }
            }
            return sums;
        }

        /** The figures computed from another: a participation share from its total and group size. */
        Map<Complements.Ref, List<Complements.Ref>> derived(StatTable table) {
            Map<Complements.Ref, List<Complements.Ref>> derived = new HashMap<>();
            if (table.id().equals(Indicators.PARTICIPATION)) {
                table.rows().forEach(r -> {
                    String row = r.label().code();
                    var share = List.of(new Complements.Ref(row, "share"));
                    derived.put(new Complements.Ref(row, "total"), share);
                    derived.put(new Complements.Ref(row, "groupSize"), share);
                });
            }
            return derived;
        }

        private static Complements.Sum sum(String wholeRow, String wholeColumn, List<String> partRows,
                                           String partColumn) {
            return new Complements.Sum(new Complements.Ref(wholeRow, wholeColumn),
                    partRows.stream().map(r -> new Complements.Ref(r, partColumn)).toList());
        }

        // ---- cells that remember the people behind them

        Cell people(String table, String row, String column, Collection<UUID> people) {
            var drill = new Drill(table, row, column);
            behind.put(drill, Set.copyOf(people));
            return smallNumbers.count(people.size(), drill);
        }

        Cell tracks(String table, String row, String column, Collection<Track> tracks) {
            var drill = new Drill(table, row, column);
            behind.put(drill, tracks.stream().map(Track::person).collect(Collectors.toUnmodifiableSet()));
            return smallNumbers.count(tracks.size(), drill);
        }

        Cell share(String table, String row, String column, Collection<UUID> count, long base) {
            var drill = new Drill(table, row, column);
            behind.put(drill, Set.copyOf(count));
            return smallNumbers.share(count.size(), base, drill);
        }

        Cell weeks(String table, String row, String column, Map<UUID, Double> weeksByPerson) {
            var drill = new Drill(table, row, column);
            behind.put(drill, Set.copyOf(weeksByPerson.keySet()));
            return smallNumbers.weeks(median(weeksByPerson.values()), weeksByPerson.size(), drill);
        }

        // ---- who is counted

        List<Person> present(LocalDate from, LocalDate to) {
            return data.people.values().stream().filter(p -> p.presentIn(from, to)).toList();
        }

        Set<UUID> participating(Collection<Person> people, LocalDate from, LocalDate to, Predicate<Track> which) {
            Set<UUID> ids = new LinkedHashSet<>();
            for (Person person : people) {
                if (data.tracksOf(person.id()).stream().anyMatch(t -> t.activeIn(from, to) && which.test(t))) {
                    ids.add(person.id());
                }
            }
            return ids;
        }

        @Nullable LocalDate firstStart(UUID person) {
            return data.tracksOf(person).stream().map(Track::startedOn).filter(d -> d != null)
                    .min(LocalDate::compareTo).orElse(null);
        }

        boolean placedWithin16Weeks(Person person) {
            LocalDate start = firstStart(person.id());
            return start != null && ChronoUnit.DAYS.between(person.intake(), start) <= SIXTEEN_WEEKS_IN_DAYS;
        }

        boolean sixteenWeeksOver(Person person) {
            return !person.intake().plusDays(SIXTEEN_WEEKS_IN_DAYS).isAfter(today);
        }

        List<Person> intakes(LocalDate from, LocalDate to) {
            return data.people.values().stream().filter(p -> !p.intake().isBefore(from) && !p.intake().isAfter(to))
                    .toList();
        }

        /** The people whose 16 weeks are over or who were placed within them: the base of the 16-week share. */
        List<Person> sixteenWeekBase(List<Person> intakes) {
            return intakes.stream().filter(p -> sixteenWeeksOver(p) || placedWithin16Weeks(p)).toList();
        }

        List<UUID> ids(Collection<Person> people) {
            return people.stream().map(Person::id).toList();
        }

        // ---- the tables

        StatTable participation() {
            String table = Indicators.PARTICIPATION;
            List<Person> present = present(filter.from(), filter.to());
            List<Label> columns = Indicators.PARTICIPATION_COLUMNS.stream()
                    .map(c -> Label.of(c, "monitor.col." + c)).toList();
            List<StatRow> rows = new ArrayList<>();
            List<NewcomerGroup> groups = filter.group() == null ? GROUP_ROWS : List.of(filter.group());
            for (NewcomerGroup group : groups) {
                var members = present.stream().filter(p -> p.group() == group).toList();
                rows.add(participationRow(table, Label.of(group.name(), "group." + group.name()), members));
            }
            rows.add(participationRow(table, Label.of("total", "monitor.row.total"), present));
            return new StatTable(table, columns, rows);
        }

        StatRow participationRow(String table, Label label, List<Person> members) {
            LocalDate from = filter.from();
            LocalDate to = filter.to();
            String row = label.code();
            List<Cell> cells = new ArrayList<>();
            cells.add(people(table, row, "paidInMunicipality", participating(members, from, to,
                    t -> t.kind() == VacancyType.JOB && t.inMunicipality())));
            cells.add(people(table, row, "paidElsewhere", participating(members, from, to,
                    t -> t.kind() == VacancyType.JOB && !t.inMunicipality())));
            cells.add(people(table, row, "volunteer", participating(members, from, to,
                    t -> t.kind() == VacancyType.VOLUNTEER)));
            cells.add(people(table, row, "dualTrajectory", participating(members, from, to,
                    t -> t.kind() == VacancyType.DUAL_TRAJECTORY)));
            cells.add(people(table, row, "internship", participating(members, from, to,
                    t -> t.kind() == VacancyType.INTERNSHIP)));
            cells.add(people(table, row, "workExperience", participating(members, from, to,
                    t -> t.kind() == VacancyType.WORK_EXPERIENCE)));
            Set<UUID> total = participating(members, from, to, t -> true);
            cells.add(people(table, row, "total", total));
            cells.add(people(table, row, "groupSize", ids(members)));
            cells.add(share(table, row, "share", total, members.size()));
            return new StatRow(label, cells);
        }

        StatTable route() {
            String table = Indicators.ROUTE;
            List<Person> intakes = intakes(filter.from(), filter.to());
            List<Person> base = sixteenWeekBase(intakes);
            List<UUID> placed = ids(intakes.stream().filter(this::placedWithin16Weeks).toList());
            Map<UUID, Double> weeks = new HashMap<>();
            for (Person person : intakes) {
                LocalDate start = firstStart(person.id());
                if (start != null) {
                    weeks.put(person.id(), Math.max(0, ChronoUnit.DAYS.between(person.intake(), start)) / 7.0);
                }
            }
            List<UUID> waiting = ids(intakes.stream().filter(p -> !sixteenWeeksOver(p) && !placedWithin16Weeks(p))
                    .toList());
            return oneColumn(table, Indicators.ROUTE_ROWS, Map.of(
                    "intakes", people(table, "intakes", Indicators.VALUE, ids(intakes)),
                    "placedWithin16Weeks", people(table, "placedWithin16Weeks", Indicators.VALUE, placed),
                    "placedWithin16WeeksShare", share(table, "placedWithin16WeeksShare", Indicators.VALUE, placed,
                            base.size()),
                    "medianWeeksToPlacement", weeks(table, "medianWeeksToPlacement", Indicators.VALUE, weeks),
                    "notYet16Weeks", people(table, "notYet16Weeks", Indicators.VALUE, waiting)));
        }

        StatTable oneColumn(String table, List<String> rowCodes, Map<String, Cell> cells) {
            return new StatTable(table, List.of(Label.of(Indicators.VALUE, "monitor.col.value")), rowCodes.stream()
                    .map(code -> new StatRow(Label.of(code, "monitor.row." + code), List.of(cells.get(code))))
                    .toList());
        }

        List<Track> tracksOpenedInPeriod() {
            List<Track> tracks = new ArrayList<>();
            data.tracks.values().forEach(list -> list.stream().filter(t -> filter.contains(t.firstStep()))
                    .forEach(tracks::add));
            return tracks;
        }

        StatTable funnel() {
            String table = Indicators.FUNNEL;
            List<Track> tracks = tracksOpenedInPeriod();
            List<StatRow> rows = new ArrayList<>();
            for (RouteStage stage : FUNNEL_STAGES) {
                String row = stage.name();
                var reached = tracks.stream().filter(t -> t.reached().ordinal() >= stage.ordinal()).toList();
                var stopped = tracks.stream().filter(t -> t.stage() == RouteStage.STOPPED && t.reached() == stage)
                        .toList();
                rows.add(new StatRow(Label.of(row, "stage." + row), List.of(tracks(table, row, "reached", reached),
                        tracks(table, row, "stoppedHere", stopped))));
            }
            return new StatTable(table, List.of(Label.of("reached", "monitor.col.reached"),
                    Label.of("stoppedHere", "monitor.col.stoppedHere")), rows);
        }

        StatTable stopReasons() {
            String table = Indicators.STOP_REASONS;
            List<Track> stopped = tracksOpenedInPeriod().stream().filter(t -> t.stage() == RouteStage.STOPPED).toList();
            List<StatRow> rows = new ArrayList<>();
            for (StopReason reason : StopReason.values()) {
                String row = reason.name();
                rows.add(new StatRow(Label.of(row, "stopReason." + row), List.of(tracks(table, row, "tracks",
                        stopped.stream().filter(t -> t.stopReason() == reason).toList()))));
            }
            return new StatTable(table, List.of(Label.of("tracks", "monitor.col.tracks")), rows);
        }

        /** 1 at level (ISCO skill level 3–4), 0 below it (1–2), -1 unknown (no occupation, or work elsewhere). */
        int level(Track track) {
            if (track.occupationUri() == null) {
                return -1;
            }
            int skillLevel = taxonomy.occupation(track.occupationUri()).map(Occupation::skillLevel).orElse(0);
            return skillLevel == 0 ? -1 : skillLevel >= 3 ? 1 : 0;
        }

        /** The high-skilled people of [from, to], and of those working: at level, below it, level unknown. */
        record AtLevel(List<UUID> high, List<UUID> working, List<UUID> at, List<UUID> below, List<UUID> unknown) {
        }

        AtLevel atLevelIn(LocalDate from, LocalDate to) {
            List<Person> high = present(from, to).stream().filter(Person::highSkilled).toList();
            var result = new AtLevel(ids(high), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (Person person : high) {
                var works = data.tracksOf(person.id()).stream()
                        .filter(t -> WORK.contains(t.kind()) && t.activeIn(from, to)).toList();
                if (works.isEmpty()) {
                    continue;
                }
                result.working().add(person.id());
                Set<Integer> levels = works.stream().map(this::level).collect(Collectors.toSet());
                (levels.contains(1) ? result.at() : levels.contains(0) ? result.below() : result.unknown())
                        .add(person.id());
            }
            return result;
        }

        StatTable atLevel() {
            String table = Indicators.AT_LEVEL;
            var level = atLevelIn(filter.from(), filter.to());
            return oneColumn(table, Indicators.AT_LEVEL_ROWS, Map.of(
                    "highSkilled", people(table, "highSkilled", Indicators.VALUE, level.high()),
                    "highSkilledWorking", people(table, "highSkilledWorking", Indicators.VALUE, level.working()),
                    "atLevel", people(table, "atLevel", Indicators.VALUE, level.at()),
                    "belowLevel", people(table, "belowLevel", Indicators.VALUE, level.below()),
                    "levelUnknown", people(table, "levelUnknown", Indicators.VALUE, level.unknown()),
                    "atLevelShare", share(table, "atLevelShare", Indicators.VALUE, level.at(),
                            level.at().size() + level.below().size())));
        }

        /** Since when the person waits for a work permit on {@code day}, or null when they do not. */
        @Nullable LocalDate waitingSince(Person person, LocalDate day) {
            var steps = data.permitsOf(person.id()).stream().filter(s -> !s.on().isAfter(day)).toList();
            if (steps.isEmpty()) {
                if (!data.permitsOf(person.id()).isEmpty() || !waiting(person.permitStatus())) {
                    return null;
                }
                LocalDate since = person.permitStatusDate() == null ? person.intake() : person.permitStatusDate();
                return since.isAfter(day) ? null : since;
            }
            if (!waiting(steps.getLast().status())) {
                return null;
            }
            LocalDate since = steps.getLast().on();
            for (int i = steps.size() - 1; i >= 0 && waiting(steps.get(i).status()); i--) {
                since = steps.get(i).on();
            }
            return since;
        }

        boolean waiting(@Nullable PermitStatus status) {
            return status == PermitStatus.NEEDED || status == PermitStatus.APPLIED;
        }

        Map<UUID, Double> waitingWeeks(LocalDate day) {
            Map<UUID, Double> weeks = new HashMap<>();
            for (Person person : present(day, day)) {
                LocalDate since = waitingSince(person, day);
                if (since != null) {
                    weeks.put(person.id(), ChronoUnit.DAYS.between(since, day) / 7.0);
                }
            }
            return weeks;
        }

        LocalDate endOrToday(LocalDate end) {
            return end.isAfter(today) ? today : end;
        }

        StatTable permits() {
            String table = Indicators.PERMITS;
            Map<UUID, Double> weeks = waitingWeeks(endOrToday(filter.to()));
            Function<Predicate<Double>, List<UUID>> bucket = test -> weeks.entrySet().stream()
                    .filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
            Function<PermitStatus, List<UUID>> decided = status -> data.people.keySet().stream()
                    .filter(id -> data.permitsOf(id).stream()
                            .anyMatch(s -> s.status() == status && filter.contains(s.on())))
                    .toList();
            return oneColumn(table, Indicators.PERMIT_ROWS, Map.of(
                    "waiting", people(table, "waiting", Indicators.VALUE, weeks.keySet()),
                    "medianWeeksWaiting", weeks(table, "medianWeeksWaiting", Indicators.VALUE, weeks),
                    "waitingUnder4Weeks", people(table, "waitingUnder4Weeks", Indicators.VALUE, bucket.apply(w -> w < 4)),
                    "waiting4To8Weeks", people(table, "waiting4To8Weeks", Indicators.VALUE,
                            bucket.apply(w -> w >= 4 && w < 8)),
                    "waiting8To13Weeks", people(table, "waiting8To13Weeks", Indicators.VALUE,
                            bucket.apply(w -> w >= 8 && w < 13)),
                    "waitingOver13Weeks", people(table, "waitingOver13Weeks", Indicators.VALUE,
                            bucket.apply(w -> w >= 13)),
                    "granted", people(table, "granted", Indicators.VALUE, decided.apply(PermitStatus.GRANTED)),
                    "refused", people(table, "refused", Indicators.VALUE, decided.apply(PermitStatus.REFUSED))));
        }

        StatTable employers() {
            String approvedBy = """
                    status = 'APPROVED' and (coalesce(reviewed_at, created_at) at time zone 'Europe/Amsterdam')::date <= ?""";
            long approved = jdbc.sql("select count(*) from employer where " + approvedBy).param(filter.to())
                    .query(Long.class).single();
            long members = jdbc.sql("select count(*) from employer where listed_in_network and " + approvedBy)
                    .param(filter.to()).query(Long.class).single();
            Map<String, Long> commitments = new HashMap<>();
            jdbc.sql("""
                            select c.commitment, count(*) from employer_commitment c join employer e on e.id = c.employer_id
                            where e.listed_in_network and e.""" + approvedBy + " group by c.commitment")
                    .param(filter.to())
                    .query((rs, row) -> commitments.put(rs.getString(1), rs.getLong(2))).list();
            List<StatRow> rows = new ArrayList<>();
            rows.add(new StatRow(Label.of("approvedEmployers", "monitor.row.approvedEmployers"),
                    List.of(smallNumbers.count(approved, null))));
            rows.add(new StatRow(Label.of("networkMembers", "monitor.row.networkMembers"),
                    List.of(smallNumbers.count(members, null))));
            for (Commitment commitment : Commitment.values()) {
                rows.add(new StatRow(Label.of(commitment.name(), "commitment." + commitment.name()),
                        List.of(smallNumbers.count(commitments.getOrDefault(commitment.name(), 0L), null))));
            }
            return new StatTable(Indicators.EMPLOYERS, List.of(Label.of(Indicators.VALUE, "monitor.col.value")), rows);
        }

        StatTable vacancies() {
            Map<String, Map<VacancyType, Long>> bySector = new TreeMap<>();
            jdbc.sql("""
                            select e.sector, v.type, count(*) from vacancy v join employer e on e.id = v.employer_id
                            where v.status <> 'DRAFT'
                              and (v.created_at at time zone 'Europe/Amsterdam')::date between ? and ?
                            group by e.sector, v.type""")
                    .params(filter.from(), filter.to())
                    .query((rs, row) -> bySector.computeIfAbsent(rs.getString(1), s -> new EnumMap<>(VacancyType.class))
                            .put(VacancyType.valueOf(rs.getString(2)), rs.getLong(3))).list();
            List<Label> columns = new ArrayList<>();
            for (VacancyType type : VacancyType.values()) {
                columns.add(Label.of(type.name(), "vacancyType." + type.name()));
            }
            columns.add(Label.of("total", "monitor.col.total"));
            List<StatRow> rows = new ArrayList<>();
            Map<VacancyType, Long> totals = new EnumMap<>(VacancyType.class);
            bySector.forEach((sector, counts) -> {
                rows.add(vacancyRow(Label.literal(sector, sector), counts));
                counts.forEach((type, n) -> totals.merge(type, n, Long::sum));
            });
            rows.add(vacancyRow(Label.of("total", "monitor.row.total"), totals));
            return new StatTable(Indicators.VACANCIES, columns, rows);
        }

        StatRow vacancyRow(Label label, Map<VacancyType, Long> counts) {
            List<Cell> cells = new ArrayList<>();
            for (VacancyType type : VacancyType.values()) {
                cells.add(smallNumbers.count(counts.getOrDefault(type, 0L), null));
            }
            cells.add(smallNumbers.count(counts.values().stream().mapToLong(Long::longValue).sum(), null));
            return new StatRow(label, cells);
        }

        StatTable signals() {
            Map<String, Long> byStatus = new HashMap<>();
            jdbc.sql("""
                            select status, count(*) from exploitation_signal
                            where (created_at at time zone 'Europe/Amsterdam')::date between ? and ? group by status""")
                    .params(filter.from(), filter.to())
                    .query((rs, row) -> byStatus.put(rs.getString(1), rs.getLong(2))).list();
            List<StatRow> rows = new ArrayList<>();
            for (SignalStatus status : SignalStatus.values()) {
                rows.add(new StatRow(Label.of(status.name(), "signal.status." + status.name()),
                        List.of(smallNumbers.count(byStatus.getOrDefault(status.name(), 0L), null))));
            }
            rows.add(new StatRow(Label.of("total", "monitor.row.total"), List.of(smallNumbers.count(
                    byStatus.values().stream().mapToLong(Long::longValue).sum(), null))));
            return new StatTable(Indicators.SIGNALS, List.of(Label.of("signals", "monitor.col.signals")), rows);
        }

        /** Learning points per tag; a point with three tags counts for each. Not linked to any person. */
        StatTable learning() {
            var counts = learningPoints.countByTag(filter.from(), filter.to(), filter.locationId(), filter.group());
            List<StatRow> rows = new ArrayList<>();
            for (LearningTag tag : LearningTag.values()) {
                var byEffect = counts.getOrDefault(tag, Map.of());
                rows.add(new StatRow(Label.of(tag.name(), "learning.tag." + tag.name()), List.of(
                        smallNumbers.count(byEffect.getOrDefault(LearningEffect.HELPED, 0L), null),
                        smallNumbers.count(byEffect.getOrDefault(LearningEffect.BLOCKED, 0L), null))));
            }
            return new StatTable(Indicators.LEARNING, List.of(Label.of("helped", "monitor.col.helped"),
                    Label.of("blocked", "monitor.col.blocked")), rows);
        }

        Map<YearMonth, Long> perMonth(String sql) {
            Map<YearMonth, Long> counts = new HashMap<>();
            jdbc.sql(sql).params(filter.from(), filter.to())
                    .query((rs, row) -> counts.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2)))
                    .list();
            return counts;
        }

        StatTable trends() {
            String table = Indicators.TRENDS;
            var vacancies = perMonth("""
                    select date_trunc('month', (created_at at time zone 'Europe/Amsterdam'))::date, count(*) from vacancy
                    where status <> 'DRAFT' and (created_at at time zone 'Europe/Amsterdam')::date between ? and ?
                    group by 1""");
            var signals = perMonth("""
                    select date_trunc('month', (created_at at time zone 'Europe/Amsterdam'))::date, count(*)
                    from exploitation_signal where (created_at at time zone 'Europe/Amsterdam')::date between ? and ?
                    group by 1""");
            List<LocalDate> members = jdbc.sql("""
                    select (coalesce(reviewed_at, created_at) at time zone 'Europe/Amsterdam')::date from employer
                    where status = 'APPROVED' and listed_in_network""").query(LocalDate.class).list();
            List<StatRow> rows = new ArrayList<>();
            for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to()));
                 month = month.plusMonths(1)) {
                LocalDate from = month.atDay(1).isBefore(filter.from()) ? filter.from() : month.atDay(1);
                LocalDate to = month.atEndOfMonth().isAfter(filter.to()) ? filter.to() : month.atEndOfMonth();
                String row = month.toString();
                List<Person> intakes = intakes(from, to);
                Set<UUID> starts = new HashSet<>();
                data.tracks.values().forEach(list -> list.stream()
                        .filter(t -> t.startedOn() != null && !t.startedOn().isBefore(from) && !t.startedOn().isAfter(to))
                        .forEach(t -> starts.add(t.person())));
                List<Cell> cells = new ArrayList<>();
                cells.add(people(table, row, "intakes", ids(intakes)));
                cells.add(people(table, row, "starts", starts));
                cells.add(people(table, row, "participating", participating(present(from, to), from, to, t -> true)));
                cells.add(share(table, row, "placedWithin16WeeksShare",
                        ids(intakes.stream().filter(this::placedWithin16Weeks).toList()), sixteenWeekBase(intakes).size()));
                var level = atLevelIn(from, to);
                cells.add(share(table, row, "atLevelShare", level.at(), level.at().size() + level.below().size()));
                cells.add(from.isAfter(today) ? Cell.empty(Measure.COUNT)
                        : people(table, row, "waitingForPermit", waitingWeeks(endOrToday(to)).keySet()));
                cells.add(smallNumbers.count(vacancies.getOrDefault(month, 0L), null));
                cells.add(smallNumbers.count(signals.getOrDefault(month, 0L), null));
                LocalDate end = to;
                cells.add(smallNumbers.count(members.stream().filter(d -> !d.isAfter(end)).count(), null));
                rows.add(new StatRow(Label.literal(row, row), cells));
            }
            return new StatTable(table, Indicators.TREND_COLUMNS.stream().map(c -> Label.of(c, "monitor.col." + c))
                    .toList(), rows);
        }
    }

    static @Nullable Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
