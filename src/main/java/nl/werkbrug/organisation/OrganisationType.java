package nl.werkbrug.organisation;

/** What kind of organisation takes part. */
public enum OrganisationType {
    MUNICIPALITY, SOCIAL_SERVICE, COA, EMPLOYER
}
