@NullMarked
package nl.werkbrug.platform;

import org.jspecify.annotations.NullMarked;
