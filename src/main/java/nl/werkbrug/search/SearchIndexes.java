package nl.werkbrug.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.werkbrug.platform.EmbeddedServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the index definitions in {@code search-config/} ({@code <alias>-v<version>.json}): the
 * newest version of each becomes a concrete index ({@code candidates-v1}) behind its alias
 * ({@code candidates}). Searches and writes always go through the alias. When an alias still points
 * to an index of an older definition (after an upgrade that changed a mapping), a
 * {@link SearchIndexOutdated} event asks for a full rebuild into the new definition.
 */
@Component
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final Pattern DEFINITION = Pattern.compile("([a-z0-9_]+)-v(\\d+)\\.json");

    private final ElasticsearchClient client;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final java.util.Set<String> reportedOutdated = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final org.springframework.context.ApplicationEventPublisher events;

    SearchIndexes(ElasticsearchClient client, org.springframework.context.ApplicationEventPublisher events) {
        this.client = client;
        this.events = events;
    }

    /** One index definition from {@code search-config/}. */
    public record Definition(String alias, int version, Resource resource) {
        public String index() {
            return alias + "-v" + version;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        EmbeddedServers.awaitSearchReady(Duration.ofMinutes(3));
        ensure();
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void retryUntilApplied() {
        if (!ready.get()) {
            ensure();
        }
    }

    /** Whether every index and alias exists as defined. */
    public boolean ready() {
        return ready.get();
    }

    /** Creates missing indices and aliases; answers false (and logs why) when the cluster is not reachable. */
    public synchronized boolean ensure() {
        try {
            for (Definition definition : latestDefinitions()) {
                apply(definition);
            }
            ready.set(true);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Search indices not applied yet ({}); will retry", e.getMessage());
            return false;
        }
    }

    private void apply(Definition definition) throws IOException {
        String index = definition.index();
        var aliases = client.indices().getAlias(a -> a.index(definition.alias() + "-v*")).aliases();
        var holders = aliases.entrySet().stream()
                .filter(e -> e.getValue().aliases().containsKey(definition.alias())).map(Map.Entry::getKey).toList();
        if (holders.isEmpty()) {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                try (InputStream body = definition.resource().getInputStream()) {
                    client.indices().create(c -> c.index(index).withJson(body));
                }
                log.info("Created search index {}", index);
            }
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(definition.alias())
                    .isWriteIndex(true))));
            log.info("Alias {} now points to {}", definition.alias(), index);
        } else if (holders.stream().noneMatch(name -> name.equals(index) || name.startsWith(index + "-"))) {
            if (reportedOutdated.add(definition.alias())) {
                log.warn("Alias {} points to {}, older than definition {}: rebuilding", definition.alias(), holders,
                        index);
                events.publishEvent(new SearchIndexOutdated(definition.alias(), index));
            }
        }
    }

    /** The newest definition for an alias. */
    public static Definition latest(String alias) throws IOException {
        return latestDefinitions().stream().filter(d -> d.alias().equals(alias)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no definition for " + alias));
    }

    /** The newest definition of every alias in {@code search-config/}. */
    public static List<Definition> latestDefinitions() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:search-config/*.json");
        Map<String, Optional<Definition>> newest = java.util.Arrays.stream(resources)
                .map(SearchIndexes::definition)
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Definition::alias,
                        Collectors.maxBy(Comparator.comparingInt(Definition::version))));
        return newest.values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(Definition::alias)).toList();
    }

    private static Optional<Definition> definition(Resource resource) {
        String name = resource.getFilename();
        Matcher matcher = DEFINITION.matcher(name == null ? "" : name);
        return matcher.matches()
                ? Optional.of(new Definition(matcher.group(1), Integer.parseInt(matcher.group(2)), resource))
                : Optional.empty();
    }
}
