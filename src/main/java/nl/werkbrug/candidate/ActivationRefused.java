package nl.werkbrug.candidate;

/**
 * An activation that cannot go ahead; {@code code} names the message ({@code activate.refused.<code>})
 * and {@code field} the input it concerns (empty when it is the link itself).
 */
public class ActivationRefused extends RuntimeException {

    private final String code;
    private final String field;

    public ActivationRefused(String code, String field) {
        super(code + (field.isEmpty() ? "" : " (" + field + ")"));
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
