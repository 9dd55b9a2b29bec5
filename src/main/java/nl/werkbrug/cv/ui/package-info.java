/** The CV upload component other modules' views use. */
@NullMarked
@NamedInterface("ui")
package nl.werkbrug.cv.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
