/**
 * CV intake: uploaded files are read in a separate JVM (Tika's PipesParser) with a time limit and
 * a memory cap, so that a hostile or broken file cannot harm the application.
 */
@NullMarked
package nl.werkbrug.cv;

import org.jspecify.annotations.NullMarked;
