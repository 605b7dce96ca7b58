package de.lenkwerk.security;

import de.lenkwerk.base.HasDisplayName;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.ArrayList;
import java.util.List;

/** The principal kept in the session; it carries the ids so that services need no extra lookup. */
class AccountPrincipal extends User implements HasDisplayName {

    private final SignedInUser user;

    AccountPrincipal(UserAccount account, String displayName, boolean locked) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, !locked,
                authorities(account.isAdministrator()));
        this.user = new SignedInUser(account.getId(), account.getPersonId(), account.getUsername(), displayName,
                account.isAdministrator());
    }

    private static List<SimpleGrantedAuthority> authorities(boolean administrator) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
        if (administrator) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        return authorities;
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public String displayName() {
        return user.displayName();
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
