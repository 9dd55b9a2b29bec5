package nl.werkbrug.shared;

/** Something asked for by ID does not exist (or the asker may not know that it does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
