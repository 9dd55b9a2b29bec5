package nl.werkbrug.organisation;

/** An asylum-seekers' centre (azc) or a municipality where status holders live. */
public enum LocationType {
    AZC, MUNICIPALITY
}
