@NullMarked
package nl.werkbrug.organisation;

import org.jspecify.annotations.NullMarked;
