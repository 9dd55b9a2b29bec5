package nl.werkbrug.employer;

/**
 * A registration or invitation that cannot be accepted, with a code the screens translate:
 * {@code INVALID} (a field is missing or malformed; {@code field} names it), {@code KVK_FORMAT},
 * {@code KVK_TAKEN}, {@code USERNAME_TAKEN}, {@code INVITATION_INVALID}.
 */
public class RegistrationRefused extends RuntimeException {

    private final String code;
    private final String field;

    public RegistrationRefused(String code, String field) {
        super(code + (field.isEmpty() ? "" : ": " + field));
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The field the refusal is about, or empty. */
    public String field() {
        return field;
    }
}
