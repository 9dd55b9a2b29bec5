package nl.werkbrug.placement;

/**
 * A learning point that is refused, with a code per rule so that a screen can say what was wrong in the
 * reader's language ({@code learning.invalid.<code>}); the message says it in English.
 */
public class InvalidLearningPoint extends IllegalArgumentException {

    /** The rules a learning point can break. */
    public enum Code { NO_TAGS, TOO_LONG, EMAIL, PHONE, NAME }

    private final Code code;

    InvalidLearningPoint(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
