package nl.werkbrug.employer;

/**
 * A vacancy that breaks one of the rules of what a vacancy must say, with a code per rule so that a
 * screen can say what was wrong in the reader's language ({@code vacancyForm.invalid.<code>}) and next
 * to the right field; the message says it in English for the API.
 */
public class InvalidVacancy extends IllegalArgumentException {

    private final String code;

    InvalidVacancy(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
