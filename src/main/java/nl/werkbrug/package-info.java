@NullMarked
package nl.werkbrug;

import org.jspecify.annotations.NullMarked;
