/**
 * The ESCO taxonomy: occupations with their ISCO-08 groups, skills, the skills of each occupation,
 * labels in several languages, and label search that copes with Dutch compounds, plurals,
 * diacritics and word order. This service uses the ESCO classification of the European Commission.
 */
@NullMarked
package nl.werkbrug.taxonomy;

import org.jspecify.annotations.NullMarked;
