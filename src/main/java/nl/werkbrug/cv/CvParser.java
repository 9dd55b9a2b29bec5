package nl.werkbrug.cv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkbrug.cv.internal.IsolatedTextExtractor;
import nl.werkbrug.taxonomy.ConceptMatch;
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
    private static final int TITLE_MAX_WORDS = 7;

    private final TaxonomyService taxonomy;
    private final SkillExtractor skills;
    private final Path workDirectory;
    private final Duration timeout;
    private final List<String> wantedOcrLanguages;
    private @Nullable List<String> ocrLanguages;
    private @Nullable IsolatedTextExtractor extractor;
    private @Nullable OpenNLPDetector detector;

    CvParser(TaxonomyService taxonomy, SkillExtractor skills, @Value("${werkbrug.data-dir:./data}") String dataDir,
             @Value("${werkbrug.cv.timeout:60s}") Duration timeout,
             @Value("${werkbrug.cv.ocr-languages:nld,eng,ara,ukr,fas}") List<String> ocrLanguages) {
        this.taxonomy = taxonomy;
        this.skills = skills;
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

    /** The analysis of a CV's text, also for text that did not come from a file. */
    public CvParseResult fromText(String text, @Nullable String languageHint) {
        String language = languageHint != null && !languageHint.isBlank() ? languageHint : detect(text);
        List<String> warnings = new ArrayList<>();
        var foundSkills = skills.extract(text, language, 30).stream()
                .map(s -> new CvParseResult.Skill(s.uri(), s.label(), s.score(), s.evidence())).toList();
        var occupations = occupations(text, language);
        if (foundSkills.size() < 3) {
            warnings.add("FEW_SKILLS");
        }
        return new CvParseResult(language, occupations, foundSkills, List.of(), List.of(), List.of(), List.of(),
                List.of(), warnings);
    }

    /** Short lines that read as a job title, linked to ESCO occupations. */
    private List<CvParseResult.Occupation> occupations(String text, String language) {
        Map<String, CvParseResult.Occupation> best = new HashMap<>();
        for (String line : text.split("\\R")) {
            String candidate = line.strip();
            int words = candidate.isEmpty() ? 0 : candidate.split("\\s+").length;
            if (words == 0 || words > TITLE_MAX_WORDS) {
                continue;
            }
            for (ConceptMatch match : taxonomy.searchOccupations(candidate, language, 1)) {
                if (match.score() >= OCCUPATION_THRESHOLD) {
                    String isco = taxonomy.occupation(match.uri()).map(Occupation::iscoCode).orElse("");
                    best.merge(match.uri(), new CvParseResult.Occupation(match.uri(), match.label(), isco,
                            match.score(), candidate), (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(CvParseResult.Occupation::score).reversed()).limit(10).toList();
    }

    /** ISO 639-1 code of the text's language (OpenNLP answers ISO 639-3). */
    String detect(String text) {
        String iso3 = detector().detect(text.length() > 20_000 ? text.substring(0, 20_000) : text).getLanguage();
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
