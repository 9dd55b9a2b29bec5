package nl.werkbrug.employer;

/** The kinds of work and placements an employer can offer. */
public enum VacancyType {
    JOB, DUAL_TRAJECTORY, INTERNSHIP, VOLUNTEER, WORK_EXPERIENCE;

    /** Whether the law requires this kind of work to pay at least the minimum wage. */
    public boolean paid() {
        return this == JOB || this == DUAL_TRAJECTORY;
    }
}
