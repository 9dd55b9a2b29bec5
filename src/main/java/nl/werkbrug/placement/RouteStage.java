package nl.werkbrug.placement;

/**
 * The stages of a track towards work, in order; {@link #STOPPED} ends a track early, from any stage.
 * A track only moves forward.
 */
public enum RouteStage {
    SUGGESTED, SHORTLISTED, INTRODUCTION_ASKED, INTRODUCED, INTERVIEW, TRIAL_OR_PLACEMENT, STARTED, ENDED, STOPPED;

    /** Whether a track at this stage is still under way (not ended nor stopped). */
    public boolean active() {
        return this != ENDED && this != STOPPED;
    }

    /** Whether this stage lies after {@code other} on the way to work ({@link #STOPPED} lies after none). */
    public boolean after(RouteStage other) {
        return this != STOPPED && other != STOPPED && ordinal() > other.ordinal();
    }
}
