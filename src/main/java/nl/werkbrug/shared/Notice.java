package nl.werkbrug.shared;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something one person should hear about, published as an application event by the module where it
 * happens: shown in the app and, when mail is set up, sent by e-mail, in the recipient's language.
 *
 * @param recipient  the user account that should hear about it
 * @param kind       what sort of notice it is, for filtering and for the e-mail's subject
 * @param messageKey the translation key of the text
 * @param args       the values of the text's placeholders (plain, not personal beyond what the
 *                   recipient may see)
 * @param link       the route in the app where the recipient can act on it, without a leading slash
 */
public record Notice(UUID recipient, Kind kind, String messageKey, List<String> args, @Nullable String link) {

    public Notice {
        args = List.copyOf(args);
    }

    /** The kinds of notices. */
    public enum Kind {
        /** A newcomer is invited to agree to an introduction. */
        INVITATION_NEW,
        /** A newcomer accepted or declined an introduction. */
        INVITATION_ANSWERED,
        /** A decision on a work permit is due, or a permit runs out. */
        PERMIT_DEADLINE,
        /** A candidate has been in the route for 12 weeks. */
        WEEKS_12,
        /** A candidate has been in the route for 16 weeks. */
        WEEKS_16,
        /** Anything else worth knowing, such as a scheduled interview. */
        OTHER
    }
}
