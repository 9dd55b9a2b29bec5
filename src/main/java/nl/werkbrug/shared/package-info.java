/** Shared kernel: language levels, days, languages of the interface, time. Open to every module. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.werkbrug.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
