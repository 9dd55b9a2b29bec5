@NullMarked
package nl.werkbrug.shell;

import org.jspecify.annotations.NullMarked;
