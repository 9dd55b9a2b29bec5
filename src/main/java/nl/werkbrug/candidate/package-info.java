@NullMarked
package nl.werkbrug.candidate;

import org.jspecify.annotations.NullMarked;
