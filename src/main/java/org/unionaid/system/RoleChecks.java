package org.unionaid.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The role checks of the layout's navigation, as {@code th:if="${@roles.any('CASEWORKER','ADMIN')}"}: the same answer
 * as {@code sec:authorize="hasAnyRole('CASEWORKER','ADMIN')"} (authority {@code ROLE_…} of the signed-in account; no
 * role hierarchy is configured) and {@code sec:authorize="isAuthenticated()"}, without what the Spring Security
 * dialect does for each attribute: parse the expression again, build a security expression root and evaluation
 * context, evaluate. The navigation has 27 of them on every page (docs/operations.md, "HTTP benchmark").
 * Display only: access is decided by the URL rules and the facades' {@code @PreAuthorize}.
 */
@Component("roles")
public class RoleChecks {

    private static final String PREFIX = "ROLE_";

    /** Whether someone is signed in (not anonymous), as {@code isAuthenticated()}. */
    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether the signed-in account has one of these roles (names without {@code ROLE_}), as {@code hasAnyRole}. */
    public boolean any(String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority != null && authority.startsWith(PREFIX)) {
                for (String role : roles) {
                    if (authority.length() == PREFIX.length() + role.length() && authority.endsWith(role)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
