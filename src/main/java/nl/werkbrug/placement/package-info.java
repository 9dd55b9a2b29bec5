/**
 * Placement: the way from a match to work. Here employers ask for introductions to candidates they
 * saw anonymously; the request goes to the candidate's jobhunter, who puts it to the candidate.
 */
@NullMarked
package nl.werkbrug.placement;

import org.jspecify.annotations.NullMarked;
