package nl.werkbrug.shared;

/** A language level on the Common European Framework of Reference; A0 means no knowledge yet. */
public enum CefrLevel {
    A0, A1, A2, B1, B2, C1, C2;

    public boolean atLeast(CefrLevel other) {
        return compareTo(other) >= 0;
    }
}
