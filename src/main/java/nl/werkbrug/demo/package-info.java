@NullMarked
package nl.werkbrug.demo;

import org.jspecify.annotations.NullMarked;
