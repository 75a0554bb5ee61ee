package org.unionaid.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.security.Role;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/** The pages of the money paths: payout accounts, the queue's marks, re-splitting, sending a batch. */
class MoneyPathPagesIntegrationTests extends PayoutsTestSupport {

    @Test
    void aWorkerEntersTheirAccountOnTheirPageAndEachMistakeIsShownAtItsFieldInChinese() throws Exception {
        long workerId = test.payeeWithoutAccount();
        String username = "me" + TestPayouts.freshId();
        users.create(new CreateUser(username, "test-password-123", "职工", test.yanta(), Set.of(Role.WORKER), null,
                workerId));
        mvc.perform(get("/me").with(user(as(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"payout-account-status\"")))
                .andExpect(content().string(containsString("尚未登记收款账户")));
        mvc.perform(post("/me/account").with(user(as(username))).with(csrf())
                        .param("bankName", "").param("holder", "李四").param("number", "6222 0000 1111 2222 336"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("请填写开户银行"), containsString("校验位不正确"),
                        containsString("value=\"李四\""), containsString("value=\"6222 0000 1111 2222 336\""))));
        assertThat(jdbc.queryForObject("select payout_account_status from worker where id = ?", String.class, workerId))
                .isEqualTo("MISSING");
        mvc.perform(post("/me/account").with(user(as(username))).with(csrf()).header("Accept-Language", "en")
                        .param("bankName", "西安银行").param("holder", "李四").param("number", "1234"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("An account number has 12 to 30 digits.")));
        mvc.perform(post("/me/account").with(user(as(username))).with(csrf())
                        .param("bankName", "西安银行").param("holder", "李四").param("number", "6222 0000 1111 2222 337"))
                .andExpect(redirectedUrl("/me"));
        mvc.perform(get("/me").with(user(as(username))))
                .andExpect(content().string(allOf(containsString("西安银行"), containsString("****2337"),
                        not(containsString(TestPeople.VALID_CARD)))));
    }

    @Test
    void caseworkersKeepTheAccountOnTheWorkersPageAndOthersAreRefused() throws Exception {
        long workerId = test.payeeWithoutAccount();
        mvc.perform(get("/workers/" + workerId).with(user(as("caseworker"))))
                .andExpect(content().string(containsString("/workers/" + workerId + "/account")));
        mvc.perform(get("/workers/" + workerId).with(user(as("auditor"))))
                .andExpect(content().string(not(containsString("/workers/" + workerId + "/account"))));
        mvc.perform(post("/workers/" + workerId + "/account").with(user(as("caseworker"))).with(csrf())
                        .param("bankName", "西安银行").param("holder", "李四").param("number", TestPeople.VALID_CARD))
                .andExpect(redirectedUrl("/workers/" + workerId));
        mvc.perform(post("/workers/" + workerId + "/account").with(user(as("caseworker2"))).with(csrf())
                        .param("bankName", "西安银行").param("holder", "李四").param("number", TestPeople.VALID_CARD))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workers/" + workerId + "/account").with(user(as("volunteer"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theQueueMarksWhatCannotBePaidAndThePayoutPageSaysWhy() throws Exception {
        long programme = test.programme("1000.00");
        PayoutView p = test.propose(test.cashTo(programme, "77.00", test.payeeWithoutAccount()));
        String queue = mvc.perform(get("/payouts/queue").with(user(as("admin"))).param("sort", "proposedAt,desc"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String row = queue.substring(queue.indexOf("id=\"queue-row-" + p.id() + "\""));
        assertThat(row.substring(0, row.indexOf("</a>"))).contains("queue-unpayable").contains("没有银行账户");
        mvc.perform(get("/payouts/" + p.id()).with(user(as("admin"))))
                .andExpect(content().string(allOf(containsString("data-status=\"MISSING\""),
                        containsString("收款人没有登记银行账户"))));
        mvc.perform(post("/payouts/" + p.id() + "/approve").with(user(as("admin"))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("款项" + p.reference() + "无法支付")));
        assertThat(test.state(p.id())).isEqualTo("PROPOSED");
    }

    @Test
    void theApproverReSplitsOnThePageAndThroughTheApi() throws Exception {
        long programme = TestPayouts.freshId();
        FundingSourceView a = test.source(programme, "100.00");
        PayoutView first = test.proposeCash(programme, "100.00");
        PayoutView second = test.proposeCash(programme, "100.00");
        test.approve("admin", first.id());
        FundingSourceView b = test.source(programme, "300.00");
        mvc.perform(get("/payouts/" + second.id()).with(user(as("admin"))))
                .andExpect(content().string(allOf(containsString("id=\"payout-funding-short\""),
                        containsString("id=\"payout-resplit-form\""), containsString("id=\"share-" + b.id() + "\""))));
        // the proposer sees no re-split form
        mvc.perform(get("/payouts/" + second.id()).with(user(as("caseworker"))))
                .andExpect(content().string(not(containsString("payout-resplit-form"))));
        mvc.perform(post("/payouts/" + second.id() + "/split").with(user(as("admin"))).with(csrf())
                        .param("shares[0].sourceId", String.valueOf(a.id())).param("shares[0].amount", "0")
                        .param("shares[1].sourceId", String.valueOf(b.id())).param("shares[1].amount", "90"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/payouts/" + second.id() + "/split").with(user(as("admin"))).with(csrf())
                        .param("shares[0].sourceId", String.valueOf(a.id())).param("shares[0].amount", "0")
                        .param("shares[1].sourceId", String.valueOf(b.id())).param("shares[1].amount", "100.00"))
                .andExpect(redirectedUrl("/payouts/" + second.id()));
        mvc.perform(get("/api/v1/payouts/" + second.id() + "/funding-options").with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].share").value(100.0));
        // and back through the API
        mvc.perform(post("/api/v1/payouts/" + second.id() + "/split").with(user(as("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shares\":[{\"fundingSourceId\":" + b.id() + ",\"amount\":60.00},"
                                + "{\"fundingSourceId\":" + a.id() + ",\"amount\":40.00}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(FundingLedger.INSUFFICIENT));
        mvc.perform(post("/payouts/" + second.id() + "/approve").with(user(as("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/payouts/" + second.id()));
        assertThat(test.available(b.id())).isEqualByComparingTo("200.00");
    }
}
