package nl.werkbrug.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.PersonalDataSection;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The vacancies a person is kept for on a jobhunter's shortlist, for the download of their data. */
@Component
class ShortlistSection implements PersonalDataSection {

    private final ShortlistRepository entries;
    private final VacancyService vacancies;

    ShortlistSection(ShortlistRepository entries, VacancyService vacancies) {
        this.entries = entries;
        this.vacancies = vacancies;
    }

    @Override
    public String key() {
        return "shortlists";
    }

    @Override
    public Object export(CandidateId candidate) {
        return entries.findByCandidateIdOrderByAddedAt(candidate.value()).stream().map(this::entry).toList();
    }

    private Map<String, Object> entry(ShortlistEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("vacancyId", entry.vacancyId().toString());
        row.put("vacancy", title(new VacancyId(entry.vacancyId())));
        row.put("addedAt", entry.addedAt().toString());
        return row;
    }

    /** The title while the vacancy is open (a closed one the person may no longer see: its ID only). */
    private String title(VacancyId id) {
        try {
            return vacancies.get(id).title();
        } catch (NotFoundException e) {
            return "";
        }
    }
}
