package nl.werkbrug.candidate;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.shared.UiLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The download of everything kept about the signed-in person, as JSON and as a readable PDF: each
 * module contributes its {@link PersonalDataSection}. Only for the person themself (no one downloads
 * someone else's data here); every download is logged.
 */
@Service
public class PersonalDataExport {

    /** The two forms of the download. */
    public enum Format { JSON, PDF }

    /** A file to hand to the browser. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    private static final List<String> ORDER = List.of("profile", "cv", "shortlists", "audit");

    private final List<PersonalDataSection> sections;
    private final CandidateRepository candidates;
    private final PersonalDataPdf pdf;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final Clock clock;

    PersonalDataExport(List<PersonalDataSection> sections, CandidateRepository candidates, PersonalDataPdf pdf,
                       AuditLog auditLog, JsonMapper json, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalDataExport::rank)
                .thenComparing(PersonalDataSection::key)).toList();
        this.candidates = candidates;
        this.pdf = pdf;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
    }

    /** All of the signed-in newcomer's data, in the given form; field labels and dates in {@code language}. */
    @Transactional
    @PreAuthorize("hasRole('NEWCOMER')")
    public Download download(Format format, UiLanguage language) {
        var candidate = candidates.findByUserId(CurrentUser.require().id().value())
                .orElseThrow(() -> new NotFoundException("candidate", "of this account"));
        var data = collect(candidate.id(), language.locale());
        auditLog.record("DOWNLOAD", "candidate", candidate.id().value().toString(),
                "own data as " + format.name().toLowerCase(Locale.ROOT));
        String date = clock.instant().toString().substring(0, 10);
        return switch (format) {
            case JSON -> new Download("werkbrug-data-" + date + ".json", "application/json",
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
            case PDF -> new Download("werkbrug-data-" + date + ".pdf", "application/pdf", pdf.render(data, language));
        };
    }

    private Map<String, Object> collect(CandidateId id, Locale locale) {
        var previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("exportedAt", clock.instant().toString());
            Map<String, Object> parts = new LinkedHashMap<>();
            sections.forEach(section -> parts.put(section.key(), section.export(id)));
            data.put("sections", parts);
            return data;
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private static int rank(PersonalDataSection section) {
        int index = ORDER.indexOf(section.key());
        return index < 0 ? ORDER.size() : index;
    }
}
