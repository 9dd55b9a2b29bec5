@NullMarked
package nl.werkbrug.employer;

import org.jspecify.annotations.NullMarked;
