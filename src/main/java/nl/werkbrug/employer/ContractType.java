package nl.werkbrug.employer;

/** The kind of employment contract a vacancy offers. */
public enum ContractType {
    PERMANENT, FIXED_TERM, ON_CALL, TEMPORARY_AGENCY, APPRENTICESHIP, VOLUNTEER_AGREEMENT, INTERNSHIP_AGREEMENT
}
