package nl.werkbrug.matching;

import java.time.Instant;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.candidate.WorkPermission;
import nl.werkbrug.candidate.WorkRules;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.VacancyView;
import nl.werkbrug.organisation.GeoPoint;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.taxonomy.IscoGroup;
import nl.werkbrug.taxonomy.Occupation;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The documents of the search indices. A candidate document holds what matching needs — ESCO
 * occupations with their ISCO hierarchy, skills, levels, place, availability, right-to-work facts —
 * and nothing that identifies the person or could bias a match: no name, contact details, age,
 * gender, nationality, religion, health or photo (the profile does not even hold most of these).
 * The text for the lexical fallback is made of ESCO labels only, never of what the person typed.
 */
@Component
class IndexDocuments {

    private final TaxonomyService taxonomy;
    private final OrganisationService organisations;
    private final EmployerService employers;
    private final WorkRules rules;
    private final Places knownPlaces;

    IndexDocuments(TaxonomyService taxonomy, OrganisationService organisations, EmployerService employers,
                   WorkRules rules, Places knownPlaces) {
        this.rules = rules;
        this.knownPlaces = knownPlaces;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.employers = employers;
    }

    /** Where every location is: read once for documents made in bulk, instead of once per document. */
    Map<java.util.UUID, GeoPoint> places() {
        return organisations.locations().stream().collect(java.util.stream.Collectors.toMap(l -> l.id().value(),
                LocationView::point));
    }

    /** The sector of every employer: read once for documents made in bulk. */
    Map<java.util.UUID, String> sectors() {
        return employers.list().stream().collect(java.util.stream.Collectors.toMap(e -> e.id().value(),
                EmployerView::sector));
    }

    Map<String, Object> candidate(CandidateProfile profile, Instant now) {
        return candidate(profile, now, placeOf(profile.locationId()));
    }

    /** The document of a candidate, with the place of their location taken from {@code places}. */
    Map<String, Object> candidate(CandidateProfile profile, Instant now, Map<java.util.UUID, GeoPoint> places) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("candidate_id", profile.id().value().toString());
        doc.put("location_id", profile.locationId().toString());
        putPlace(doc, places.get(profile.locationId()));
        doc.put("group", profile.group().name());
        doc.put("dutch_level", profile.dutchLevel().name());
        doc.put("dutch_level_rank", profile.dutchLevel().ordinal());
        doc.put("languages", new TreeSet<>(profile.otherLanguages().keySet()));
        putIfPresent(doc, "education_level", profile.educationLevel());
        Set<String> units = new TreeSet<>();
        Set<String> minors = new TreeSet<>();
        Set<String> subMajors = new TreeSet<>();
        int skillLevel = 0;
        int months = 0;
        List<String> words = new ArrayList<>();
        for (var entry : profile.occupations().entrySet()) {
            months += entry.getValue() == null ? 0 : entry.getValue();
            var occupation = taxonomy.occupation(entry.getKey());
            if (occupation.isPresent()) {
                String isco = occupation.get().iscoCode();
                units.add(isco);
                minors.add(IscoGroup.minorOf(isco));
                subMajors.add(IscoGroup.subMajorOf(isco));
                skillLevel = Math.max(skillLevel, occupation.get().skillLevel());
                labels(occupation.get(), words);
            }
        }
        doc.put("occupations", new TreeSet<>(profile.occupations().keySet()));
        doc.put("isco_unit_groups", units);
        doc.put("isco_minor_groups", minors);
        doc.put("isco_sub_major_groups", subMajors);
        if (skillLevel > 0) {
            doc.put("isco_skill_level", skillLevel);
        }
        int level = personLevel(skillLevel, profile.educationLevel());
        if (level > 0) {
            doc.put("skill_level", level);
        }
        doc.put("months_experience", months);
        doc.put("skills", new TreeSet<>(profile.skills()));
        doc.put("skill_count", profile.skills().size());
        doc.put("certificates", profile.certificates().stream().map(Enum::name).sorted().toList());
        for (String skill : profile.skills()) {
            words.add(taxonomy.label(skill, "nl"));
            words.add(taxonomy.label(skill, "en"));
        }
        var availability = profile.availability();
        // no date given: available now, that is from the day this document is made
        doc.put("available_from", (availability.from() != null ? availability.from()
                : java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)).toString());
        putIfPresent(doc, "hours_min", availability.hoursMin());
        putIfPresent(doc, "hours_max", availability.hoursMax());
        doc.put("work_days", days(availability.days()));
        doc.put("language_class_days", days(availability.classDays()));
        doc.put("max_travel_km", availability.maxTravelKm());
        doc.put("home_band", Places.homeBand(profile.locationId(), availability.maxTravelKm()));
        var rights = profile.rightToWork();
        Map<String, Object> rightToWork = new LinkedHashMap<>();
        putIfPresent(rightToWork, "asylum_procedure_start", date(rights.asylumProcedureStart()));
        rightToWork.put("permit_status", rights.permitStatus().name());
        putIfPresent(rightToWork, "permit_status_date", date(rights.permitStatusDate()));
        putIfPresent(rightToWork, "uwv_notified_on", date(rights.uwvNotifiedOn()));
        rightToWork.put("volunteer_declaration", rights.volunteerDeclaration());
        rightToWork.put("asylum_track", rights.asylumTrack().name());
        doc.put("right_to_work", rightToWork);
        // what the person may do on which dates, so that a start date is a filter
        var today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusDays(1);
        doc.put("paid_allowed", periods(profile, WorkPermission.Kind.PAID, today, EnumSet.of(
                WorkPermission.Verdict.ALLOWED, WorkPermission.Verdict.ALLOWED_AFTER_NOTIFICATION)));
        doc.put("paid_with_permit", periods(profile, WorkPermission.Kind.PAID, today,
                EnumSet.of(WorkPermission.Verdict.PERMIT_NEEDED)));
        doc.put("volunteer_allowed", periods(profile, WorkPermission.Kind.VOLUNTEER, today, EnumSet.of(
                WorkPermission.Verdict.ALLOWED, WorkPermission.Verdict.ALLOWED_AFTER_NOTIFICATION)));
        doc.put("text", String.join(" \n", words));
        doc.put("updated_at", now.toString());
        return doc;
    }

    Map<String, Object> vacancy(VacancyView vacancy, Instant now) {
        return vacancy(vacancy, now, placeOf(vacancy.locationId()),
                Map.of(vacancy.employerId().value(), employers.get(vacancy.employerId()).sector()));
    }

    /** The document of a vacancy, with its place and its employer's sector taken from the maps given. */
    Map<String, Object> vacancy(VacancyView vacancy, Instant now, Map<java.util.UUID, GeoPoint> places,
                                Map<java.util.UUID, String> sectors) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("vacancy_id", vacancy.id().value().toString());
        doc.put("employer_id", vacancy.employerId().value().toString());
        doc.put("status", vacancy.status().name());
        doc.put("type", vacancy.type().name());
        doc.put("sector", sectors.getOrDefault(vacancy.employerId().value(), ""));
        doc.put("title", vacancy.title());
        doc.put("occupation", vacancy.occupationUri());
        List<String> words = new ArrayList<>(List.of(vacancy.title()));
        taxonomy.occupation(vacancy.occupationUri()).ifPresent(occupation -> {
            String isco = occupation.iscoCode();
            doc.put("isco_unit_group", isco);
            doc.put("isco_minor_group", IscoGroup.minorOf(isco));
            doc.put("isco_sub_major_group", IscoGroup.subMajorOf(isco));
            doc.put("isco_skill_level", occupation.skillLevel());
            labels(occupation, words);
        });
        doc.put("essential_skills", new TreeSet<>(vacancy.essentialSkills()));
        doc.put("optional_skills", new TreeSet<>(vacancy.optionalSkills()));
        doc.put("essential_skill_count", vacancy.essentialSkills().size());
        doc.put("essential_skill_half", (vacancy.essentialSkills().size() + 1) / 2);
        doc.put("certificates", vacancy.certificates().stream().map(Enum::name).sorted().toList());
        doc.put("dutch_level", vacancy.dutchLevel().name());
        doc.put("dutch_level_rank", vacancy.dutchLevel().ordinal());
        putIfPresent(doc, "education_level", vacancy.educationLevel());
        doc.put("hours_min", vacancy.hoursMin());
        doc.put("hours_max", vacancy.hoursMax());
        doc.put("work_days", days(vacancy.workDays()));
        doc.put("language_days", days(vacancy.languageDays()));
        doc.put("location_id", vacancy.locationId().toString());
        putPlace(doc, places.get(vacancy.locationId()));
        if (vacancy.hourlyWage() != null) {
            doc.put("hourly_wage_cents", vacancy.hourlyWage().movePointRight(2).intValue());
        }
        // no start date: it starts now, that is on the day this document is made
        doc.put("start_date", (vacancy.startDate() != null ? vacancy.startDate()
                : java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)).toString());
        doc.put("permit_willing", vacancy.permitWilling());
        for (String skill : vacancy.essentialSkills()) {
            words.add(taxonomy.label(skill, "nl"));
            words.add(taxonomy.label(skill, "en"));
        }
        words.add(vacancy.description());
        doc.put("text", String.join(" \n", words));
        doc.put("updated_at", now.toString());
        return doc;
    }

    /**
     * The level of work a person is ready for, on the ISCO-08 skill-level scale (1–4): the highest of
     * the level of work they did and the level their education prepares for (ISCED 6 or higher → 4,
     * ISCED 5 → 3, ISCED 2–4 → 2, below → 1); 0 when neither is known.
     */
    static int personLevel(int occupationLevel, @Nullable Integer educationLevel) {
        int byEducation = educationLevel == null ? 0
                : educationLevel >= 6 ? 4 : educationLevel == 5 ? 3 : educationLevel >= 2 ? 2 : 1;
        return Math.max(occupationLevel, byEducation);
    }

    /** The place of one location, from the places kept in memory (a document per change, a call per match). */
    private Map<java.util.UUID, GeoPoint> placeOf(java.util.UUID location) {
        GeoPoint point = knownPlaces.of(location);
        return point == null ? Map.of() : Map.of(location, point);
    }

    private static void putPlace(Map<String, Object> doc, @Nullable GeoPoint point) {
        if (point != null) {
            doc.put("location", Map.of("lat", point.latitude(), "lon", point.longitude()));
        }
    }

    private void labels(Occupation occupation, List<String> words) {
        words.add(occupation.label("nl"));
        words.add(occupation.label("en"));
    }

    /** The periods in which the rules give one of {@code verdicts}, as date ranges. */
    List<Map<String, String>> periods(CandidateProfile profile, WorkPermission.Kind kind,
                                      java.time.LocalDate from, Set<WorkPermission.Verdict> verdicts) {
        List<Map<String, String>> ranges = new ArrayList<>();
        for (var period : WorkPermission.periods(rules, profile.group(), profile.rightToWork(), kind, from)) {
            if (verdicts.contains(period.verdict())) {
                ranges.add(period.until() == null ? Map.of("gte", period.from().toString())
                        : Map.of("gte", period.from().toString(), "lt", period.until().toString()));
            }
        }
        return ranges;
    }

    private static List<String> days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).toList();
    }

    private static @Nullable String date(java.time.@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void putIfPresent(Map<String, Object> doc, String field, @Nullable Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
