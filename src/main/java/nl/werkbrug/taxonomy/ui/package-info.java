/** Components other modules' views use to choose ESCO concepts. */
@NullMarked
@NamedInterface("ui")
package nl.werkbrug.taxonomy.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
