package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.PdfText;

/**
 * The file's printable approval form (issue 14 item 5): a PDF in the reader's language with the household's
 * figures, the assessment, the history and the signature boxes, its CJK text embedded (the font shipped in the
 * jar); only for the staff who read the file.
 */
class ApprovalFormPdfIntegrationTests extends IntegrationTestSupport {

    @Autowired People people;
    @Autowired Households households;
    @Autowired UserDetailsService users;
    @Autowired HardshipFiles files;

    @Test
    void theApprovalFormPrintsTheFileInTheReadersLanguageForItsReadersOnly() throws Exception {
        TestFiles test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
        HardshipFileView file = test.open("caseworker", "SN-XA-YT");
        test.people.as("caseworker", () -> files.submitForReview(file.id()));

        MockHttpServletResponse zh = mvc.perform(get("/hardship/files/{id}/approval-form.pdf", file.id())
                .header("Accept-Language", "zh-CN").with(user(users.loadUserByUsername("caseworker"))))
                .andReturn().getResponse();
        assertThat(zh.getStatus()).isEqualTo(200);
        assertThat(zh.getContentType()).isEqualTo("application/pdf");
        PdfText.keep("approval-form", zh.getContentAsByteArray());
        String text = PdfText.of(zh.getContentAsByteArray());
        assertThat(text).contains("困难职工档案审批表").contains(file.fileNumber()).contains(file.workerName())
                .contains("深度困难").contains("经办人").contains("500.00").contains("提交审核");
        assertThat(PdfText.fonts(zh.getContentAsByteArray())).anyMatch(f -> f.endsWith("(embedded)"));

        String en = PdfText.of(mvc.perform(get("/hardship/files/{id}/approval-form.pdf", file.id())
                .header("Accept-Language", "en").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("Hardship worker file approval form").contains("submit for review")
                .contains(file.workerName());

        assertThat(mvc.perform(get("/hardship/files/{id}/approval-form.pdf", file.id())
                .with(user(users.loadUserByUsername("caseworker2")))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/hardship/files/{id}/approval-form.pdf", file.id())
                .with(user(users.loadUserByUsername("worker")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
