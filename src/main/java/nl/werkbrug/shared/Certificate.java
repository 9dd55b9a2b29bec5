package nl.werkbrug.shared;

import java.util.Optional;

/**
 * Certificates and licences that Dutch employers often ask for. Labels are in the message bundles
 * ({@code certificate.<NAME>}); CV reading and vacancies use these codes.
 */
public enum Certificate {
    VCA_BASIS, VCA_VOL, VCA, FORKLIFT, REACH_TRUCK,
    DRIVING_LICENCE_AM, DRIVING_LICENCE_A, DRIVING_LICENCE_B, DRIVING_LICENCE_BE, DRIVING_LICENCE_C1,
    DRIVING_LICENCE_C, DRIVING_LICENCE_CE, DRIVING_LICENCE_D1, DRIVING_LICENCE_D, CODE_95,
    BHV, EHBO, HACCP, SOCIAL_HYGIENE, SVH, NT2, ADR, WELDING, NEN3140, BIG;

    /** The certificate with this code, if it is one we know. */
    public static Optional<Certificate> of(String code) {
        try {
            return Optional.of(valueOf(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
