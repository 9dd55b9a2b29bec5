package nl.werkbrug.search;

/**
 * An alias still points to an index made from an older definition than the newest one in
 * {@code search-config/}; a full rebuild moves it to the new definition.
 */
public record SearchIndexOutdated(String alias, String newestIndex) {
}
