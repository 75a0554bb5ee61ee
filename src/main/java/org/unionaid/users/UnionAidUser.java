package org.unionaid.users;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Role;

/** The principal of a signed-in user; other modules see it as an {@link Actor}. */
public final class UnionAidUser implements UserDetails, CredentialsContainer, Actor {

    private final long id;
    private final String username;
    private @Nullable String passwordHash;
    private final String displayName;
    private final long branchId;
    private final @Nullable Long workerId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final @Nullable String locale;

    public UnionAidUser(long id, String username, @Nullable String passwordHash, String displayName, long branchId,
                        @Nullable Long workerId, Set<Role> roles, boolean enabled, boolean locked,
                        @Nullable String locale) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.branchId = branchId;
        this.workerId = workerId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.locked = locked;
        this.locale = locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public long branchId() {
        return branchId;
    }

    @Override
    public @Nullable Long workerId() {
        return workerId;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public @Nullable String locale() {
        return locale;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnionAidUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "UnionAidUser[" + username + "]";
    }
}
