package nl.werkbrug.monitor;

/** Counts below a threshold are shown as "&lt;threshold" so that no person can be recognised. */
public record SmallNumbers(int threshold) {

    public static final SmallNumbers DEFAULT = new SmallNumbers(5);

    public String show(long count) {
        return count > 0 && count < threshold ? "<" + threshold : Long.toString(count);
    }
}
