package nl.werkbrug.monitor;

import java.time.Instant;
import java.util.List;

/** All tables of the monitor for one filter, made at one moment, with the threshold that was applied. */
public record MonitorReport(MonitorFilter filter, int threshold, Instant madeAt, List<StatTable> tables) {

    public MonitorReport {
        tables = List.copyOf(tables);
    }

    public StatTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }
}
