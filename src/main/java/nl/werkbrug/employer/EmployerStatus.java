package nl.werkbrug.employer;

/** Whether the municipality has approved an employer to publish. */
public enum EmployerStatus {
    PENDING, APPROVED, REJECTED, SUSPENDED
}
