package nl.werkbrug.employer;

/** What a signal of labour exploitation is about (the Dutch Labour Authority's signs). */
public enum SignalCategory {
    PAY_BELOW_MINIMUM, UNPAID_OR_LATE_PAY, DOCUMENTS_KEPT, DEBTS_TO_EMPLOYER, HOUSING_TIED, LONG_OR_DANGEROUS_WORK,
    FALSE_PROMISES, THREATS, OTHER
}
