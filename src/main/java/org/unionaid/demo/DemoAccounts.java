package org.unionaid.demo;

import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.unionaid.people.PayoutAccount;
import org.unionaid.people.People;

/** Gives a demo payee a payable account (as the province's ADMIN) before a cash payout to them is approved. */
@Component
class DemoAccounts {

    private final People people;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    DemoAccounts(People people, UserDetailsService users, JdbcTemplate jdbc) {
        this.people = people;
        this.users = users;
        this.jdbc = jdbc;
    }

    void ensure(long workerId) {
        String status = jdbc.queryForObject("select payout_account_status from worker where id = ?", String.class,
                workerId);
        if ("OK".equals(status)) {
            return;
        }
        String name = jdbc.queryForObject("select name from worker where id = ?", String.class, workerId);
        Random random = new Random(workerId);
        UserDetails admin = users.loadUserByUsername("admin2");
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            people.updatePayoutAccount(workerId, new PayoutAccount(
                    DemoPeople.BANKS[random.nextInt(DemoPeople.BANKS.length)], name, DemoPeople.bankAccount(random)));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
