package nl.werkbrug.candidate;

/**
 * One module's part of everything kept about a person, for the download of all their data. Each
 * module that keeps something about a candidate contributes a bean; the export collects them all.
 */
public interface PersonalDataSection {

    /** A stable key: the name of the section in the JSON and, as {@code data.section.<key>}, its heading. */
    String key();

    /**
     * Everything this module keeps about the candidate, as plain values (maps with string keys, lists,
     * strings, numbers, booleans, dates as ISO strings); empty list or map when there is nothing.
     * Called for the person themself, inside a transaction, after access was checked.
     */
    Object export(CandidateId candidate);
}
