package nl.werkbrug.monitor;

/** What a cell holds: a count, a share of a base (0 to 1), or a number of weeks (a median). */
public enum Measure {
    COUNT, SHARE, WEEKS
}
