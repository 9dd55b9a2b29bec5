@NullMarked
package nl.werkbrug.taxonomy.internal;

import org.jspecify.annotations.NullMarked;
