package nl.werkbrug.security;

/** Role names as Spring Security sees them, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class AppRoles {

    public static final String NEWCOMER = "NEWCOMER";
    public static final String JOBHUNTER = "JOBHUNTER";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String MUNICIPALITY = "MUNICIPALITY";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}
