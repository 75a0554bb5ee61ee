package org.unionaid.users;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.users.domain.UserAccount;
import org.unionaid.users.domain.UserAccountRepository;

@Service
@Transactional(readOnly = true)
class UnionAidUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    UnionAidUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return toPrincipal(account, clock);
    }

    static UnionAidUser toPrincipal(UserAccount account, Clock clock) {
        return new UnionAidUser(account.id(), account.username(), account.passwordHash(), account.displayName(),
                account.branchId(), account.workerId(), account.roles(), account.isEnabled(),
                account.isLockedAt(clock.instant()), account.locale());
    }
}
