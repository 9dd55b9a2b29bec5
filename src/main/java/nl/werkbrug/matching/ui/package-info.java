/**
 * The screens of matching: candidates for a vacancy, work for a candidate, an employer's anonymous
 * view, and which of a jobhunter's candidates fit the employers coming to a network event.
 */
@NullMarked
package nl.werkbrug.matching.ui;

import org.jspecify.annotations.NullMarked;
