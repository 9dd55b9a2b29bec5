package nl.werkbrug.candidate;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkbrug.organisation.LocationId;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The profile itself, for the download of a person's data: every field, with consents and their dates. */
@Component
class ProfileSection implements PersonalDataSection {

    private final CandidateRepository candidates;
    private final OrganisationService organisations;
    private final TaxonomyService taxonomy;

    ProfileSection(CandidateRepository candidates, OrganisationService organisations, TaxonomyService taxonomy) {
        this.candidates = candidates;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
    }

    @Override
    public String key() {
        return "profile";
    }

    @Override
    public Object export(CandidateId id) {
        var candidate = candidates.findById(id.value()).orElseThrow(() -> new NotFoundException("candidate", id));
        var profile = candidate.profile();
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, Object> data = new LinkedHashMap<>();
        var contact = profile.contact();
        data.put("contact", map("givenName", contact.givenName(), "familyName", text(contact.familyName()),
                "email", text(contact.email()), "phone", text(contact.phone())));
        data.put("group", profile.group().name());
        data.put("location", organisations.location(new LocationId(profile.locationId()))
                .map(LocationView::name).orElse(""));
        data.put("intakeDate", profile.intakeDate().toString());
        data.put("dutchLevel", profile.dutchLevel().name());
        Map<String, Object> languages = new LinkedHashMap<>();
        profile.otherLanguages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> languages.put(e.getKey(), e.getValue().name()));
        data.put("otherLanguages", languages);
        data.put("educationLevel", text(profile.educationLevel()));
        data.put("occupations", profile.occupations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> map("label", taxonomy.label(e.getKey(), language), "escoUri", e.getKey(),
                        "monthsExperience", e.getValue(), "source", source(profile, e.getKey())))
                .toList());
        data.put("skills", profile.skills().stream().sorted()
                .map(uri -> map("label", taxonomy.label(uri, language), "escoUri", uri, "source", source(profile, uri)))
                .toList());
        data.put("certificates", profile.certificates().stream().map(Enum::name).sorted().toList());
        var availability = profile.availability();
        data.put("availability", map("from", text(availability.from()), "hoursMin", text(availability.hoursMin()),
                "hoursMax", text(availability.hoursMax()), "workDays", days(availability.days()),
                "maxTravelKm", availability.maxTravelKm(), "languageClassDays", days(availability.classDays())));
        var rights = profile.rightToWork();
        data.put("rightToWork", map("asylumProcedureStart", text(rights.asylumProcedureStart()),
                "permitStatus", rights.permitStatus().name(), "permitStatusDate", text(rights.permitStatusDate()),
                "uwvNotifiedOn", text(rights.uwvNotifiedOn()), "volunteerDeclaration", rights.volunteerDeclaration()));
        data.put("consents", map("matching", profile.matchingConsentAt() != null,
                "matchingSince", text(profile.matchingConsentAt())));
        data.put("account", profile.userId() != null);
        data.put("createdAt", candidate.createdAt().toString());
        data.put("updatedAt", candidate.updatedAt().toString());
        return data;
    }

    private static String source(CandidateProfile profile, String uri) {
        var source = profile.sources().get(uri);
        return source == null ? ItemSource.ENTERED.name() : source.name();
    }

    private static List<String> days(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).toList();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
