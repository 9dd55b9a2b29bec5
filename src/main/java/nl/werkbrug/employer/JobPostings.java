package nl.werkbrug.employer;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkbrug.organisation.LocationId;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;

/**
 * A vacancy as a schema.org {@code JobPosting} in JSON-LD, so that job boards and search engines
 * can read the open vacancies. It holds what the vacancy says publicly, never anything about
 * candidates.
 */
@Component
class JobPostings {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final EmployerService employers;
    private final OrganisationService organisations;
    private final TaxonomyService taxonomy;

    JobPostings(EmployerService employers, OrganisationService organisations, TaxonomyService taxonomy) {
        this.employers = employers;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
    }

    Map<String, Object> of(VacancyView vacancy, String baseUrl) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", "Werkbrug",
                "value", vacancy.id().value().toString()));
        posting.put("url", baseUrl + "/api/v1/vacancies/" + vacancy.id().value());
        posting.put("title", vacancy.title());
        posting.put("description", vacancy.description().isBlank() ? vacancy.title() : vacancy.description());
        posting.put("datePosted", vacancy.createdAt().atZone(AMSTERDAM).toLocalDate().toString());
        if (vacancy.startDate() != null) {
            posting.put("jobStartDate", vacancy.startDate().toString());
        }
        posting.put("employmentType", employmentType(vacancy));
        posting.put("hiringOrganization", Map.of("@type", "Organization",
                "name", employers.get(vacancy.employerId()).name()));
        organisations.location(new LocationId(vacancy.locationId())).ifPresent(place -> posting.put("jobLocation",
                Map.of("@type", "Place", "name", place.name(),
                        "address", Map.of("@type", "PostalAddress", "addressLocality", place.municipality(),
                                "addressCountry", "NL"),
                        "geo", Map.of("@type", "GeoCoordinates", "latitude", place.point().latitude(),
                                "longitude", place.point().longitude()))));
        if (vacancy.hourlyWage() != null) {
            posting.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "EUR",
                    "value", Map.of("@type", "QuantitativeValue", "value", vacancy.hourlyWage(), "unitText", "HOUR")));
        }
        posting.put("workHours", vacancy.hoursMin() + "-" + vacancy.hoursMax() + " hours a week");
        taxonomy.occupation(vacancy.occupationUri()).ifPresent(o -> posting.put("occupationalCategory",
                Map.of("@type", "CategoryCode", "codeValue", o.iscoCode(), "inCodeSet", "ISCO-08",
                        "name", o.label("nl"))));
        List<String> skills = vacancy.essentialSkills().stream().map(uri -> taxonomy.label(uri, "nl")).sorted().toList();
        if (!skills.isEmpty()) {
            posting.put("skills", String.join(", ", skills));
        }
        posting.put("totalJobOpenings", vacancy.positions());
        posting.put("directApply", false);
        return posting;
    }

    private static List<String> employmentType(VacancyView vacancy) {
        return switch (vacancy.type()) {
            case VOLUNTEER -> List.of("VOLUNTEER");
            case INTERNSHIP -> List.of("INTERN");
            case WORK_EXPERIENCE, DUAL_TRAJECTORY -> List.of(vacancy.hoursMax() >= 32 ? "FULL_TIME" : "PART_TIME", "OTHER");
            case JOB -> List.of(vacancy.hoursMax() >= 32 ? "FULL_TIME" : "PART_TIME");
        };
    }
}
