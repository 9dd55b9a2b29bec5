package nl.werkbrug.security;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user details plus what Werkbrug needs of them. */
public class WerkbrugPrincipal extends User {

    private final CurrentUser currentUser;

    WerkbrugPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled,
                      Collection<? extends GrantedAuthority> extraAuthorities) {
        super(currentUser.username(), passwordHash, enabled, true, true, true,
                authorities(currentUser, extraAuthorities));
        this.currentUser = currentUser;
    }

    private static Collection<GrantedAuthority> authorities(CurrentUser user,
                                                           Collection<? extends GrantedAuthority> extra) {
        var authorities = user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
        authorities.addAll(extra);
        return authorities;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }
}
