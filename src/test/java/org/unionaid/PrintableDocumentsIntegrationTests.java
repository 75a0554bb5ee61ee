package org.unionaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.PdfText;

/**
 * The printable documents of issue 14 item 5 on the demo data, read back with PDFBox: an application's decision
 * letter (staff and the worker, approved and rejected, with the appeal's window), a claim's benefit statement with
 * its explanation lines, a batch's payment list with its total; in the reader's language, for their readers only.
 * (The file's approval form: hardship.ApprovalFormPdfIntegrationTests.)
 */
class PrintableDocumentsIntegrationTests extends IntegrationTestSupport {

    @Autowired UserDetailsService users;

    private MockHttpServletResponse pdf(String url, String username, String language) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", language)
                .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }

    private String text(String url, String username, String language) throws Exception {
        MockHttpServletResponse response = pdf(url, username, language);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        PdfText.keep(url.replaceAll("[^a-z0-9]+", "-") + language, response.getContentAsByteArray());
        return PdfText.of(response.getContentAsByteArray());
    }

    @Test
    void decisionLettersSayTheDecisionAndHowToAppealARefusal() throws Exception {
        Map<String, Object> rejected = jdbc.queryForMap("""
                select a.id, a.reference, a.decision_reason from programme_application a join branch b on b.id = a.branch_id
                 where a.state = 'REJECTED' and b.code like 'SN-XA-YT%' order by a.id limit 1""");
        String zh = text("/applications/" + rejected.get("id") + "/decision.pdf", "caseworker", "zh-CN");
        assertThat(zh).contains("资助申请决定通知书").contains((String) rejected.get("reference"))
                .contains("未获批准").contains((String) rejected.get("decision_reason")).contains("30日内")
                .contains("申诉");
        String en = text("/applications/" + rejected.get("id") + "/decision.pdf", "admin", "en");
        assertThat(en).contains("Decision on your application").contains("was not approved").contains("within 30 days");

        // the demo worker prints her own approved letter; not another's, and staff not through the worker's path
        Map<String, Object> own = jdbc.queryForMap("""
                select a.id, a.reference, a.amount from programme_application a join user_account u on u.worker_id = a.worker_id
                 where u.username = 'worker' and a.state in ('APPROVED', 'PAID') order by a.id limit 1""");
        String mine = text("/me/applications/" + own.get("id") + "/decision.pdf", "worker", "zh-CN");
        assertThat(mine).contains("已获批准").contains(own.get("amount").toString()).doesNotContain("30日内");
        assertThat(pdf("/me/applications/" + rejected.get("id") + "/decision.pdf", "worker", "zh-CN").getStatus())
                .isEqualTo(404);
        assertThat(pdf("/applications/" + rejected.get("id") + "/decision.pdf", "partner", "zh-CN").getStatus())
                .isEqualTo(403);
        assertThat(pdf("/applications/" + rejected.get("id") + "/decision.pdf", "caseworker2", "zh-CN").getStatus())
                .isEqualTo(404);

        // nothing decided yet: no letter, and a clear answer
        Long undecided = jdbc.queryForObject("""
                select a.id from programme_application a join branch b on b.id = a.branch_id
                 where a.state = 'SUBMITTED' and b.code like 'SN-XA-YT%' order by a.id limit 1""", Long.class);
        MockHttpServletResponse refused = pdf("/applications/" + undecided + "/decision.pdf", "caseworker", "en");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("once the application is decided");
    }

    @Test
    void aBenefitStatementListsTheExplanationAndTheApprovedAmount() throws Exception {
        Map<String, Object> claim = jdbc.queryForMap("""
                select c.id, c.reference, c.approved_amount from mutualaid_claim c
                 where c.state in ('APPROVED', 'PAID') and c.approved_amount is not null order by c.id limit 1""");
        String zh = text("/mutualaid/claims/" + claim.get("id") + "/statement.pdf", "reviewer", "zh-CN");
        assertThat(zh).contains("职工互助保障给付明细单").contains((String) claim.get("reference"))
                .contains(claim.get("approved_amount").toString()).contains("按入院日有效的计划规则");
        String en = text("/mutualaid/claims/" + claim.get("id") + "/statement.pdf", "reviewer", "en");
        assertThat(en).contains("Mutual-aid benefit statement").contains("Approved amount");
        // an AUDITOR does not read claims (health data)
        assertThat(pdf("/mutualaid/claims/" + claim.get("id") + "/statement.pdf", "auditor", "en").getStatus())
                .isIn(403, 404);
    }

    @Test
    void aBatchsPaymentListHasEveryLineAndTheTotal() throws Exception {
        Map<String, Object> batch = jdbc.queryForMap("""
                select b.id, b.reference, (select sum(p.amount) from payout p where p.batch_id = b.id) as total,
                       (select min(p.reference) from payout p where p.batch_id = b.id) as first_payout
                  from disbursement_batch b order by b.id limit 1""");
        String zh = text("/payouts/batches/" + batch.get("id") + "/payment-list.pdf", "admin2", "zh-CN");
        assertThat(zh).contains("银行批次付款清单").contains((String) batch.get("reference"))
                .contains(batch.get("total").toString()).contains((String) batch.get("first_payout")).contains("财务（盖章）");
        assertThat(pdf("/payouts/batches/" + batch.get("id") + "/payment-list.pdf", "caseworker", "zh-CN").getStatus())
                .isIn(403, 404);
    }
}
