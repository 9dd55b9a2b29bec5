package nl.werkbrug.employer;

/** Where a signal is in the municipality's review. */
public enum SignalStatus {
    NEW, IN_PROGRESS, REFERRED, CLOSED
}
