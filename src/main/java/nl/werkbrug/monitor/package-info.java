@NullMarked
package nl.werkbrug.monitor;

import org.jspecify.annotations.NullMarked;
