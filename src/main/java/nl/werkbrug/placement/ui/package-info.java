/** The screens of placement: the jobhunter's introduction requests. */
@NullMarked
package nl.werkbrug.placement.ui;

import org.jspecify.annotations.NullMarked;
