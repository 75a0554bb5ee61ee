package org.unionaid.payouts;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;

/** The payouts module's integration tests: its facades, the people registry and {@link TestPayouts}. */
abstract class PayoutsTestSupport extends IntegrationTestSupport {

    @Autowired
    protected Payouts payouts;
    @Autowired
    protected PayoutQueries payoutQueries;
    @Autowired
    protected Funding funding;
    @Autowired
    protected DisbursementBatches batches;
    @Autowired
    protected BankResults bankResults;
    @Autowired
    protected People registry;
    @Autowired
    protected UserDetailsService userDetails;
    @Autowired
    protected Users users;

    protected TestPayouts test;

    @BeforeEach
    void setUpPayouts() {
        test = new TestPayouts(new TestPeople(registry, userDetails, jdbc), payouts, funding, jdbc, users);
    }

    /** A demo or test user, for MockMvc's {@code user(...)}. */
    protected UserDetails as(String username) {
        return userDetails.loadUserByUsername(username);
    }
}
