/** The screen of one's own notifications. */
@NullMarked
package nl.werkbrug.notification.ui;

import org.jspecify.annotations.NullMarked;
