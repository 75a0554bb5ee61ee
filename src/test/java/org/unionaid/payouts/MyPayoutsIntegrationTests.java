package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.unionaid.shared.security.Role;
import org.unionaid.support.SignedIn;
import org.unionaid.support.Today;
import org.unionaid.users.Users.CreateUser;

/** Issue 14, item 4: /me/payouts lists every payout of the worker, in every state, newest first, paged. */
class MyPayoutsIntegrationTests extends PayoutsTestSupport {

    @Autowired
    MyPayouts myPayouts;

    @Test
    void theWorkerSeesEveryOwnPayoutInEveryStateNewestFirstAndNoOneElses() throws Exception {
        long payee = test.payee();
        String username = "mypay" + payee;
        users.create(new CreateUser(username, "my-payouts-pass", "本人", test.yanta(), Set.of(Role.WORKER), null,
                payee));
        long programme = test.programme("10000.00");
        PayoutView proposed = test.propose(test.cashTo(programme, "100.00", payee));
        PayoutView approved = test.propose(test.cashTo(programme, "200.00", payee));
        test.approve("admin", approved.id());
        PayoutView cancelled = test.propose(test.cashTo(programme, "50.00", payee));
        SignedIn.run(userDetails, "admin", () -> payouts.cancel(cancelled.id(), "重复提出"));
        PayoutView gift = test.propose(new ProposePayout(PayoutSourceType.APPLICATION, TestPayouts.freshId(),
                test.yanta(), payee, programme, PayoutKind.IN_KIND, new BigDecimal("300.00"), "米面油礼包", 2, true,
                null, "送温暖"));
        test.approve("admin", gift.id());
        SignedIn.run(userDetails, "caseworker", () -> payouts.markDelivered(gift.id(), Today.date(), "志愿者"));
        PayoutView someoneElses = test.proposeCash(programme, "999.00");

        Page<MyPayout> page = SignedIn.as(userDetails, username, () -> myPayouts.mine(PageRequest.of(0, 10)));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getContent()).extracting(MyPayout::id)
                .containsExactly(gift.id(), cancelled.id(), approved.id(), proposed.id());
        assertThat(page.getContent()).extracting(MyPayout::state).containsExactly(PayoutState.PAID,
                PayoutState.CANCELLED, PayoutState.APPROVED, PayoutState.PROPOSED);
        MyPayout delivered = page.getContent().get(0);
        assertThat(delivered.form()).isEqualTo(PayoutKind.IN_KIND);
        assertThat(delivered.settledOn()).isEqualTo(Today.date());
        assertThat(page.getContent().get(3).settledOn()).isNull();
        assertThat(SignedIn.as(userDetails, username, () -> myPayouts.mine(PageRequest.of(1, 3))).getContent())
                .extracting(MyPayout::id).containsExactly(proposed.id());

        String html = mvc.perform(get("/me/payouts").with(user(as(username))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("my-payout-" + gift.id()).contains("my-payout-" + cancelled.id())
                .contains("my-payout-" + approved.id()).contains("my-payout-" + proposed.id())
                .contains("米面油礼包 × 2").contains("delivered " + Today.date())
                .doesNotContain("my-payout-" + someoneElses.id()).doesNotContain("999.00");
        assertThat(html.indexOf("my-payout-" + gift.id())).isLessThan(html.indexOf("my-payout-" + proposed.id()));
        // staff without a worker record are told so, and see no payouts
        assertThat(mvc.perform(get("/me/payouts").with(user(as("admin")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("my-payouts-no-record");
    }
}
