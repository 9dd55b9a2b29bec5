@NullMarked
package nl.werkbrug.security;

import org.jspecify.annotations.NullMarked;
