package nl.werkbrug.security;

import org.jspecify.annotations.Nullable;

/** Where to mail a person's notifications: their address, name and remembered language (a tag). */
public record MailContact(String email, String displayName, @Nullable String locale) {
}
