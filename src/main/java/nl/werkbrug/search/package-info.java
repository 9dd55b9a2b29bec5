@NullMarked
package nl.werkbrug.search;

import org.jspecify.annotations.NullMarked;
