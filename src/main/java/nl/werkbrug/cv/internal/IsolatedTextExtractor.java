package nl.werkbrug.cv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.apache.tika.config.TikaTaskTimeout;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.PipesServer;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.jspecify.annotations.Nullable;

/**
 * Extracts plain text from an uploaded document in a separate JVM (Tika's PipesParser), with a time limit and a
 * heap cap, so that a hostile or broken file cannot take the application down.
 *
 * <p>One instance per application, thread safe (PipesParser pools its forked clients). Under
 * {@code java -jar} the worker cannot read the libraries nested in the jar, so they are copied once
 * into a cache folder and given to the worker as its class path.
 */
public final class IsolatedTextExtractor implements AutoCloseable {

    public enum Failure { UNSUPPORTED_TYPE, TOO_LARGE, ENCRYPTED, CORRUPT, NO_TEXT, TIMEOUT, OCR_UNAVAILABLE }

    /** The outcome: {@code failure == null} means text is usable. */
    public record Result(@Nullable Failure failure, String mimeType, String text, Map<String, List<String>> metadata,
                         String pipesStatus, @Nullable String detail) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * How the worker runs. {@code ocrLanguages} are Tesseract language codes ("nld", "eng", ...); empty means no
     * OCR, and a scan or photo then fails with {@link Failure#OCR_UNAVAILABLE}.
     */
    public record Settings(Path workDir, long maxBytes, Duration timeout, String maxHeap, int workers,
                           List<String> ocrLanguages) {
        public static Settings defaults(Path workDir) {
            return new Settings(workDir, 10L * 1024 * 1024, Duration.ofSeconds(30), "256m", 1, List.of());
        }

        boolean ocr() {
            return !ocrLanguages.isEmpty();
        }
    }

    /** Types (after full detection) that we accept; a CV upload needs nothing else. */
    private static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/plain",
            "text/html",
            "application/xhtml+xml",
            "image/jpeg",
            "image/png",
            "image/tiff");

    /** Magic-only results (tika-core, no parsers) that may still turn into an accepted type in the worker. */
    private static final Set<String> ACCEPTED_CONTAINERS = Set.of(
            "application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice");

    private final Settings settings;
    private final Path inbox;
    private final Path tikaConfig;
    private final PipesParser parser;
    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

    public IsolatedTextExtractor(Settings settings) {
        this.settings = settings;
        try {
            Path work = Files.createDirectories(settings.workDir().toAbsolutePath());
            this.inbox = Files.createDirectories(work.resolve("inbox"));
            this.tikaConfig = work.resolve("tika-config.xml");
            Path logback = work.resolve("worker-logback.xml");
            Files.writeString(logback, WORKER_LOGBACK);
            List<String> jvmArgs = new ArrayList<>();
            jvmArgs.addAll(List.of(
                    "-Xmx" + settings.maxHeap(),
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Xss1m",
                    "-Dlogback.configurationFile=" + logback,
                    "-Dfile.encoding=UTF-8"));
            // last: in "launcher" mode this ends with a main class name, which must come after every JVM option
            jvmArgs.addAll(ForkClasspath.classpathArgs(work.resolve("classpath-cache")));
            Files.writeString(tikaConfig, tikaConfigXml(jvmArgs));
            PipesConfig config = PipesConfig.load(tikaConfig);
            // the forked JVM must be the same Java as ours, not whatever "java" is on the PATH
            config.setJavaPath(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            this.parser = new PipesParser(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the text extraction worker", e);
        }
    }

    /** The config file the worker reads; kept for tests and the report. */
    public Path tikaConfig() {
        return tikaConfig;
    }

    public Result extract(Path upload) throws IOException, InterruptedException {
        long size = Files.size(upload);
        if (size > settings.maxBytes()) {
            return failure(Failure.TOO_LARGE, "", "NOT_PARSED", size + " bytes");
        }
        // Magic bytes only: no file name, so a renamed executable stays an executable.
        String sniffed;
        try (InputStream in = TikaInputStream.get(upload)) {
            sniffed = magic.detect(in, new Metadata()).getBaseType().toString();
        }
        if (sniffed.equals("application/octet-stream")) {
            // no known magic at all: random bytes, or a damaged file of an accepted type
            return failure(Failure.CORRUPT, sniffed, "NOT_PARSED", "magic bytes match no known type");
        }
        if (!ACCEPTED.contains(sniffed) && !ACCEPTED_CONTAINERS.contains(sniffed)) {
            return failure(Failure.UNSUPPORTED_TYPE, sniffed, "NOT_PARSED", "magic bytes say " + sniffed);
        }
        // The worker reads the file from its inbox under a name without extension.
        String key = UUID.randomUUID().toString();
        Path copy = inbox.resolve(key);
        Files.copy(upload, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            ParseContext context = new ParseContext();
            context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
                    HandlerConfig.PARSE_MODE.CONCATENATE, 2_000_000, 50, false));
            context.set(TikaTaskTimeout.class, new TikaTaskTimeout(settings.timeout().toMillis()));
            FetchEmitTuple tuple = new FetchEmitTuple(key, new FetchKey("fs", key), new EmitKey(), new Metadata(),
                    context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
            PipesResult result = parser.parse(tuple);
            Result read = interpret(result);
            if (!settings.ocr() && read.failure() == Failure.NO_TEXT
                    && (read.mimeType().startsWith("image/") || read.mimeType().equals("application/pdf"))) {
                // a scan or a photo: with OCR it might have been read
                return new Result(Failure.OCR_UNAVAILABLE, read.mimeType(), "", read.metadata(), read.pipesStatus(),
                        "no OCR installed");
            }
            return read;
        } catch (org.apache.tika.pipes.PipesException e) {
            return failure(Failure.TIMEOUT, sniffed, "PIPES_EXCEPTION", e.getMessage());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    static Result interpret(PipesResult result) {
        String status = result.getStatus().name();
        switch (result.getStatus()) {
            case TIMEOUT, OOM -> {
                return failure(Failure.TIMEOUT, "", status, result.getMessage());
            }
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, PARSE_EXCEPTION_EMIT, EMIT_SUCCESS,
                 EMIT_SUCCESS_PARSE_EXCEPTION -> {
                // handled below
            }
            case UNSPECIFIED_CRASH -> {
                return failure(Failure.CORRUPT, "", status, "worker crashed: " + result.getMessage());
            }
            default -> {
                return failure(Failure.CORRUPT, "", status, result.getMessage());
            }
        }
        if (result.getEmitData() == null || result.getEmitData().getMetadataList().isEmpty()) {
            return failure(Failure.CORRUPT, "", status, "no metadata returned");
        }
        Metadata m = result.getEmitData().getMetadataList().get(0);
        String type = baseType(m.get(Metadata.CONTENT_TYPE));
        String text = m.get(TikaCoreProperties.TIKA_CONTENT) == null ? "" : m.get(TikaCoreProperties.TIKA_CONTENT);
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (String name : m.names()) {
            if (!name.equals(TikaCoreProperties.TIKA_CONTENT.getName())) {
                metadata.put(name, List.of(m.getValues(name)));
            }
        }
        String trace = m.get(TikaCoreProperties.CONTAINER_EXCEPTION);
        if (trace == null) {
            trace = result.getEmitData().getContainerStackTrace();
        }
        if (trace != null && !trace.isBlank()) {
            String firstLine = trace.lines().findFirst().orElse(trace);
            Failure failure = classify(trace);
            return new Result(failure, type, text, metadata, status, firstLine);
        }
        if (!ACCEPTED.contains(type)) {
            return new Result(Failure.UNSUPPORTED_TYPE, type, "", metadata, status, "detected " + type);
        }
        if (text.isBlank()) {
            return new Result(Failure.NO_TEXT, type, "", metadata, status, null);
        }
        return new Result(null, type, text.strip(), metadata, status, null);
    }

    private static Failure classify(String trace) {
        String t = trace.toLowerCase(Locale.ROOT);
        if (t.contains("encrypteddocumentexception") || t.contains("invalidpasswordexception")) {
            return Failure.ENCRYPTED;
        }
        if (t.contains("zip bomb") || t.contains("zipbomb") || t.contains("writelimitreached")) {
            return Failure.TOO_LARGE;
        }
        return Failure.CORRUPT;
    }

    private static String baseType(@Nullable String contentType) {
        if (contentType == null) {
            return "";
        }
        MediaType parsed = MediaType.parse(contentType);
        return parsed == null ? contentType : parsed.getBaseType().toString();
    }

    private static Result failure(Failure failure, String type, String status, @Nullable String detail) {
        return new Result(failure, type, "", Map.of(), status, detail);
    }

    /**
     * The Tesseract languages installed on this machine among those wanted, in the order wanted; empty when
     * Tesseract is missing or answers nothing in time.
     */
    public static List<String> installedOcrLanguages(List<String> wanted) {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of();
            }
            Set<String> installed = Set.copyOf(out.lines().map(String::strip).toList());
            return wanted.stream().filter(installed::contains).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private String tikaConfigXml(List<String> jvmArgs) {
        StringBuilder args = new StringBuilder();
        for (String a : jvmArgs) {
            args.append("        <arg>").append(xml(a)).append("</arg>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties>
                  <pipes>
                    <params>
                      <numClients>%d</numClients>
                      <timeoutMillis>%d</timeoutMillis>
                      <startupTimeoutMillis>120000</startupTimeoutMillis>
                      <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
                      <maxFilesProcessedPerProcess>1000</maxFilesProcessedPerProcess>
                      <forkedJvmArgs>
                %s      </forkedJvmArgs>
                    </params>
                  </pipes>
                  <parsers>
                    <parser class="org.apache.tika.parser.DefaultParser">
                      <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
                      <parser-exclude class="org.apache.tika.parser.pdf.PDFParser"/>
                    </parser>
                %s
                    <parser class="org.apache.tika.parser.pdf.PDFParser">
                      <params>
                        <param name="ocrStrategy" type="string">%s</param>
                      </params>
                    </parser>
                  </parsers>
                  <fetchers>
                    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                      <name>fs</name>
                      <basePath>%s</basePath>
                    </fetcher>
                  </fetchers>
                </properties>
                """.formatted(settings.workers(), settings.timeout().toMillis(), args, ocrParserXml(),
                        settings.ocr() ? "auto" : "no_ocr", xml(inbox.toString()));
    }

    /** Tesseract for images and scanned PDF pages, in the configured languages; left out without OCR. */
    private String ocrParserXml() {
        if (!settings.ocr()) {
            return "";
        }
        return """
                    <parser class="org.apache.tika.parser.ocr.TesseractOCRParser">
                      <params>
                        <param name="language" type="string">%s</param>
                        <param name="timeoutSeconds" type="int">%d</param>
                      </params>
                    </parser>
                """.formatted(xml(String.join("+", settings.ocrLanguages())),
                Math.max(1, settings.timeout().toSeconds() - 1));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String WORKER_LOGBACK = """
            <configuration>
              <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender">
                <target>System.err</target>
                <encoder><pattern>%level %logger{20} - %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="ERR"/></root>
            </configuration>
            """;

    /**
     * Which classpath the forked JVM gets. PipesClient passes {@code -cp <java.class.path>} unless the forked JVM
     * arguments hold their own {@code -cp}. That is right under Surefire and {@code spring-boot:run}, but under
     * {@code java -jar app.jar} the class path is the fat jar alone, whose libraries sit nested in BOOT-INF/lib where
     * a plain JVM cannot see them: then we unpack them once into a cache folder and pass {@code -cp cache/*}.
     */
    static final class ForkClasspath {

        static List<String> classpathArgs(Path cacheRoot) throws IOException {
            String location;
            try {
                location = PipesServer.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            if (location.startsWith("file:")) {
                return List.of(); // plain class path: PipesClient's default -cp java.class.path works
            }
            Path fatJar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0])
                    .toAbsolutePath();
            Path lib = unpackLibraries(fatJar, cacheRoot);
            return List.of("-cp", lib + java.io.File.separator + "*");
        }

        /** Copies BOOT-INF/lib/*.jar to cacheRoot/<jar name>-<size>-<mtime>/; done once per build of the jar. */
        static Path unpackLibraries(Path fatJar, Path cacheRoot) throws IOException {
            String stamp = fatJar.getFileName() + "-" + Files.size(fatJar) + "-"
                    + Files.getLastModifiedTime(fatJar).toMillis();
            Path target = cacheRoot.resolve(stamp);
            Path done = target.resolve(".complete");
            if (Files.exists(done)) {
                return target;
            }
            Path tmp = Files.createDirectories(cacheRoot).resolve(stamp + ".tmp-" + ProcessHandle.current().pid());
            Files.createDirectories(tmp);
            try (JarFile jar = new JarFile(fatJar.toFile())) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    String name = e.getName();
                    if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar") && !e.isDirectory()) {
                        try (InputStream in = jar.getInputStream(e)) {
                            Files.copy(in, tmp.resolve(name.substring("BOOT-INF/lib/".length())),
                                    StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            Files.writeString(tmp.resolve(".complete"), stamp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(done)) {
                    throw raced;
                }
            }
            return target;
        }
    }
}
