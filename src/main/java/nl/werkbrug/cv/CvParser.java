package nl.werkbrug.cv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkbrug.cv.internal.CvStructure;
import nl.werkbrug.cv.internal.CvStructureExtractor;
import nl.werkbrug.cv.internal.IsolatedTextExtractor;
import nl.werkbrug.taxonomy.Occupation;
import nl.werkbrug.taxonomy.SkillExtractor;
import nl.werkbrug.taxonomy.TaxonomyService;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads a CV file in an isolated worker and turns its text into ESCO occupations and skills, each
 * with the line it came from. The worker starts with the first CV.
 */
@Service
public class CvParser implements DisposableBean {

    private static final double OCCUPATION_THRESHOLD = 0.7;
    /** A title next to dates in a work-experience section is surely a job title: a lower bar. */
    private static final double TITLE_THRESHOLD = 0.55;
    private static final Set<CvStructure.Contact.Type> PERSONAL = EnumSet.of(CvStructure.Contact.Type.DATE_OF_BIRTH,
            CvStructure.Contact.Type.NATIONALITY, CvStructure.Contact.Type.OTHER_PERSONAL);
    private static final int TITLE_MAX_WORDS = 7;

    private final TaxonomyService taxonomy;
    /** Varieties OpenNLP reports, to the macrolanguage that has an ISO 639-1 code. */
    private static final Map<String, String> MACROLANGUAGE = Map.of("pes", "fas", "prs", "fas", "arb", "ara",
            "ekk", "est", "lvs", "lav", "zsm", "msa", "cmn", "zho", "nob", "nor", "khk", "mon", "uzn", "uzb");
    private final SkillExtractor skills;
    private final CvStructureExtractor structures = new CvStructureExtractor();
    private final Clock clock;
    private final Path workDirectory;
    private final Duration timeout;
    private final List<String> wantedOcrLanguages;
    private @Nullable List<String> ocrLanguages;
    private @Nullable IsolatedTextExtractor extractor;
    private @Nullable OpenNLPDetector detector;

    CvParser(TaxonomyService taxonomy, SkillExtractor skills, Clock clock,
             @Value("${werkbrug.data-dir:./data}") String dataDir,
             @Value("${werkbrug.cv.timeout:60s}") Duration timeout,
             @Value("${werkbrug.cv.ocr-languages:nld,eng,ara,ukr,fas}") List<String> ocrLanguages) {
        this.taxonomy = taxonomy;
        this.skills = skills;
        this.clock = clock;
        this.workDirectory = Path.of(dataDir).toAbsolutePath().normalize().resolve("cv-work");
        this.timeout = timeout;
        this.wantedOcrLanguages = List.copyOf(ocrLanguages);
    }

    /** What a file yields: its text (for the review next to the draft), its type and the analysis. */
    public record Reading(String text, String mediaType, CvParseResult result) {
    }

    /** Parses an uploaded CV; a file that cannot be read raises {@link CvRejected} with its code. */
    public CvParseResult parse(InputStream upload, @Nullable String languageHint) {
        return read(upload, languageHint).result();
    }

    /** Reads a CV file and analyses its text; a file that cannot be read raises {@link CvRejected}. */
    public Reading read(InputStream upload, @Nullable String languageHint) {
        Path file = null;
        try {
            Files.createDirectories(workDirectory.resolve("uploads"));
            file = Files.createTempFile(workDirectory.resolve("uploads"), "cv-", ".upload");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            var result = extractor().extract(file);
            if (!result.ok()) {
                throw new CvRejected(CvRejected.Code.valueOf(result.failure().name()),
                        result.detail() == null ? result.failure().name() : result.detail());
            }
            return new Reading(result.text(), result.mimeType(), fromText(result.text(), languageHint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CvRejected(CvRejected.Code.TIMEOUT, "interrupted");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the upload folder is emptied at the next start
                }
            }
        }
    }

    /**
     * The analysis of a CV's text, also for text that did not come from a file. Contact and personal
     * details are recognised first and masked, so that nothing later (skills, occupations, the index)
     * sees them; they are returned apart, and date of birth, nationality and the like not at all.
     */
    public CvParseResult fromText(String text, @Nullable String languageHint) {
        String language = languageHint != null && !languageHint.isBlank() ? languageHint : detect(text);
        CvStructure structure = structures.extract(text, language, YearMonth.now(clock));
        String redacted = structure.redacted();
        boolean latin = structure.script().dominant() == CvStructure.Script.LATIN;
        // labels exist in Dutch and English (and in languages added from ESCO files); other scripts are
        // searched through the Latin-script terms they contain
        String labelLanguage = taxonomy.languages().contains(language) ? language : "en";
        String skillText = latin || taxonomy.languages().contains(language) ? redacted : String.join("\n", structure.latinTerms());
        var foundSkills = skills.extract(skillText, labelLanguage, 30).stream()
                .map(s -> new CvParseResult.Skill(s.uri(), s.label(), s.score(), s.evidence())).toList();
        List<CvParseResult.Experience> experience = new ArrayList<>();
        Map<String, CvParseResult.Occupation> occupations = new HashMap<>();
        for (CvStructure.Experience job : structure.experience()) {
            var linked = link(job.title(), labelLanguage, TITLE_THRESHOLD);
            linked.ifPresent(o -> keepBest(occupations, o));
            experience.add(new CvParseResult.Experience(job.title(), linked.map(CvParseResult.Occupation::uri)
                    .orElse(null), job.from().toString(), job.to() == null ? null : job.to().toString(),
                    job.months(), job.evidence()));
        }
        for (String line : (latin ? redacted : String.join("\n", structure.latinTerms())).split("\\R")) {
            String candidate = line.strip();
            int words = candidate.isEmpty() ? 0 : candidate.split("\\s+").length;
            if (words > 0 && words <= TITLE_MAX_WORDS) {
                link(candidate, labelLanguage, OCCUPATION_THRESHOLD)
                        .ifPresent(o -> keepBest(occupations, o));
            }
        }
        List<String> warnings = new ArrayList<>();
        if (foundSkills.size() < 3) {
            warnings.add("FEW_SKILLS");
        }
        if (!latin) {
            warnings.add("NON_LATIN_SCRIPT");
        }
        if (structure.contacts().stream().anyMatch(c -> PERSONAL.contains(c.type()))) {
            warnings.add("PERSONAL_DETAILS_REMOVED");
        }
        return new CvParseResult(language,
                occupations.values().stream()
                        .sorted(Comparator.comparingDouble(CvParseResult.Occupation::score).reversed()).limit(10)
                        .toList(),
                foundSkills,
                structure.languages().stream().map(l -> new CvParseResult.Language(l.code(), l.cefr(),
                        l.nativeSpeaker(), l.evidence())).toList(),
                structure.education().stream().map(e -> new CvParseResult.Education(e.iscedLevel(), e.field(),
                        e.country(), e.evidence())).toList(),
                experience,
                structure.certificates().stream().map(c -> new CvParseResult.Certificate(c.code(), c.label(),
                        c.evidence())).toList(),
                structure.contacts().stream().filter(c -> !PERSONAL.contains(c.type()))
                        .map(c -> new CvParseResult.Contact(c.type().name(), c.value())).toList(),
                structure.sections().stream().filter(s -> !s.heading().isBlank())
                        .map(s -> new CvParseResult.Section(s.kind().name(), s.heading(), s.startLine())).toList(),
                structure.dates().stream().map(d -> new CvParseResult.Period(d.from().toString(),
                        d.to() == null ? null : d.to().toString(), d.ongoing(), d.snippet())).toList(),
                structure.latinTerms(), warnings);
    }

    private static void keepBest(Map<String, CvParseResult.Occupation> found, CvParseResult.Occupation occupation) {
        found.merge(occupation.uri(), occupation, (a, b) -> a.score() >= b.score() ? a : b);
    }

    /** The best ESCO occupation for a job title, when it is good enough. */
    private Optional<CvParseResult.Occupation> link(String title, String language, double threshold) {
        return taxonomy.searchOccupations(title, language, 1).stream().filter(m -> m.score() >= threshold).findFirst()
                .map(m -> new CvParseResult.Occupation(m.uri(), m.label(),
                        taxonomy.occupation(m.uri()).map(Occupation::iscoCode).orElse(""), m.score(), title));
    }

    /** ISO 639-1 code of the text's language (OpenNLP answers ISO 639-3, for some languages a variety). */
    String detect(String text) {
        String iso3 = detector().detect(text.length() > 20_000 ? text.substring(0, 20_000) : text).getLanguage();
        iso3 = MACROLANGUAGE.getOrDefault(iso3, iso3);
        for (String iso2 : Locale.getISOLanguages()) {
            if (Locale.of(iso2).getISO3Language().equals(iso3)) {
                return iso2;
            }
        }
        return iso3.isBlank() ? "und" : iso3;
    }

    /** The OCR languages (Tesseract codes) this server reads scans in; empty when Tesseract is missing. */
    public synchronized List<String> ocrLanguages() {
        if (ocrLanguages == null) {
            ocrLanguages = IsolatedTextExtractor.installedOcrLanguages(wantedOcrLanguages);
        }
        return ocrLanguages;
    }

    private synchronized IsolatedTextExtractor extractor() {
        if (extractor == null) {
            extractor = new IsolatedTextExtractor(new IsolatedTextExtractor.Settings(workDirectory,
                    10L * 1024 * 1024, timeout, "256m", 1, ocrLanguages()));
        }
        return extractor;
    }

    private synchronized OpenNLPDetector detector() {
        if (detector == null) {
            detector = new OpenNLPDetector();
            try {
                detector.loadModels();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the language detection models", e);
            }
        }
        return detector;
    }

    @Override
    public synchronized void destroy() throws IOException {
        if (extractor != null) {
            extractor.close();
        }
    }
}
