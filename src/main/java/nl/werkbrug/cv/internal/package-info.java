@NullMarked
package nl.werkbrug.cv.internal;

import org.jspecify.annotations.NullMarked;
