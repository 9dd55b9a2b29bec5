package nl.werkbrug.security;

/** The roles of Werkbrug, each with the route a person with that role starts on. */
public enum Role {
    NEWCOMER("my"),
    JOBHUNTER("caseload"),
    EMPLOYER("employer"),
    MUNICIPALITY("monitor"),
    ADMIN("admin");

    private final String startRoute;

    Role(String startRoute) {
        this.startRoute = startRoute;
    }

    public String startRoute() {
        return startRoute;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
