package nl.werkbrug.placement;

/** Whether what a learning point describes helped someone on the way to work or blocked them. */
public enum LearningEffect {
    HELPED, BLOCKED
}
