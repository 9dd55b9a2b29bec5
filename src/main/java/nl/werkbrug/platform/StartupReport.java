package nl.werkbrug.platform;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says, once the application is ready, which database and search cluster it uses and where data lives. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private final Environment environment;

    StartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        boolean embedded = environment instanceof org.springframework.core.env.ConfigurableEnvironment configurable
                && configurable.getPropertySources().contains(EmbeddedServersEnvironmentPostProcessor.PROPERTY_SOURCE);
        log.info("Database: {}{}", withoutSecrets(environment.getProperty("spring.datasource.url", "?")),
                embedded ? " (embedded servers where not configured)" : "");
        log.info("Search cluster: {}", withoutSecrets(environment.getProperty("spring.elasticsearch.uris", "?")));
        log.info("Data directory: {}", Path.of(environment.getProperty(EmbeddedServersEnvironmentPostProcessor.DATA_DIR,
                "./data")).toAbsolutePath().normalize());
    }

    static String withoutSecrets(String uri) {
        return uri.replaceAll("//[^/@]*@", "//***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
