/**
 * Notifications: what modules publish as {@link nl.werkbrug.shared.Notice} is stored with the change
 * that caused it, shown to its recipient in the app and, when mail is set up, mailed in the
 * recipient's language; scheduled reminders about the dates of a candidate's route.
 */
@NullMarked
package nl.werkbrug.notification;

import org.jspecify.annotations.NullMarked;
