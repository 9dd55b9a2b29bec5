/** The screens of candidate profiles, and the right-to-work panel other modules' views show. */
@NullMarked
@NamedInterface("ui")
package nl.werkbrug.candidate.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
