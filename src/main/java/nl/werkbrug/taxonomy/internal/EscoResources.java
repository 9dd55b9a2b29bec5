package nl.werkbrug.taxonomy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.taxonomy.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the ESCO files: the compact ones shipped in {@code esco/v1.1.1/} (gzip, tab-separated, no
 * header, several values joined by "|", concepts by their UUID) and official ESCO CSV label files
 * ({@code occupations_<lang>.csv}, {@code skills_<lang>.csv}) from a configured folder.
 */
public final class EscoResources {

    public static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    public static final String SKILL = "http://data.europa.eu/esco/skill/";
    private static final String BASE = "esco/v1.1.1/";
    private static final Pattern LABEL_FILE = Pattern.compile("(occupations|skills)_([a-z]{2})\\.csv");
    private static final Logger log = LoggerFactory.getLogger(EscoResources.class);

    private EscoResources() {
    }

    /** Each line of a shipped file, split into its fields. */
    public static void eachRow(String file, Consumer<String[]> row) {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(BASE + file).getInputStream());
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ESCO resource " + file, e);
        }
    }

    public static List<String> values(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    public static Labels labels(String preferred, String alternatives, String hidden) {
        return new Labels(preferred.strip(), values(alternatives), values(hidden));
    }

    /** A labels file in the official ESCO CSV format: which concepts, which language, which labels. */
    public record LabelFile(boolean occupations, String language, Map<String, Labels> labels) {
    }

    /** The official ESCO label files in a folder, e.g. {@code occupations_ar.csv}, {@code skills_uk.csv}. */
    public static List<LabelFile> labelFiles(Path folder) {
        List<LabelFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.csv")) {
            for (Path path : stream) {
                Matcher matcher = LABEL_FILE.matcher(path.getFileName().toString());
                if (matcher.matches()) {
                    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                        files.add(new LabelFile(matcher.group(1).equals("occupations"), matcher.group(2),
                                readLabelCsv(reader)));
                    }
                    log.info("Read ESCO labels from {}", path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ESCO label files in " + folder, e);
        }
        return files;
    }

    static Map<String, Labels> readLabelCsv(Reader reader) throws IOException {
        var rows = Csv.read(reader);
        Map<String, Labels> labels = new HashMap<>();
        if (rows.isEmpty()) {
            return labels;
        }
        List<String> header = rows.getFirst().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        int uri = header.indexOf("conceptUri");
        int preferred = header.indexOf("preferredLabel");
        int alternatives = header.indexOf("altLabels");
        int hidden = header.indexOf("hiddenLabels");
        if (uri < 0 || preferred < 0) {
            throw new IOException("not an ESCO label file: no conceptUri or preferredLabel column");
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(uri, preferred) || row.get(preferred).isBlank()) {
                continue;
            }
            labels.put(row.get(uri).strip(), new Labels(row.get(preferred).strip(),
                    lines(row, alternatives), lines(row, hidden)));
        }
        return labels;
    }

    private static List<String> lines(List<String> row, int column) {
        if (column < 0 || column >= row.size()) {
            return List.of();
        }
        return Arrays.stream(row.get(column).split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
