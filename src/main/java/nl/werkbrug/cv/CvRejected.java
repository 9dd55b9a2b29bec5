package nl.werkbrug.cv;

/** A file that cannot be read as a CV, with the reason a person can act on. */
public class CvRejected extends RuntimeException {

    /** Why a file was refused; also the {@code code} member of the API's problem answer. */
    public enum Code { UNSUPPORTED_TYPE, TOO_LARGE, ENCRYPTED, CORRUPT, NO_TEXT, TIMEOUT, OCR_UNAVAILABLE }

    private final Code code;

    public CvRejected(Code code, String detail) {
        super(detail);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
