/** The screens of matching: candidates for a vacancy, work for a candidate, and an employer's anonymous view. */
@NullMarked
package nl.werkbrug.matching.ui;

import org.jspecify.annotations.NullMarked;
