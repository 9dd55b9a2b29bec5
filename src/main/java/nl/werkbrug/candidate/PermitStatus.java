package nl.werkbrug.candidate;

/** Where the work permit (TWV) for an asylum seeker stands. */
public enum PermitStatus {
    NOT_NEEDED, NEEDED, APPLIED, GRANTED, REFUSED
}
