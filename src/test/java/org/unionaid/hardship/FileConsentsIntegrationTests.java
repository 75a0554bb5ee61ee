package org.unionaid.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.documents.DocumentKind;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.Today;

class FileConsentsIntegrationTests extends IntegrationTestSupport {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    HardshipFiles files;
    @Autowired
    FileConsents consents;
    @Autowired
    Reviews reviews;
    @Autowired
    People people;
    @Autowired
    org.unionaid.people.Households households;
    @Autowired
    UserDetailsService users;

    TestFiles test;

    @BeforeEach
    void setUp() {
        test = new TestFiles(new TestPeople(people, users, jdbc), people, households, files, jdbc);
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        return test.people.as(user, action);
    }

    private static void refusedWith(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aFileIsNotSubmittedForReviewWithoutASignedConsentAndIsOnceOneIsUploaded() {
        long id = test.openWithoutConsent("caseworker", "SN-XA-YT").id();
        assertThat(as("caseworker", () -> consents.of(id)).state()).isEqualTo(ConsentView.State.MISSING);
        int history = test.historyRows(id);
        refusedWith(() -> as("caseworker", () -> files.submitForReview(id)), "hardshipFile.consent.missing");
        assertThat(test.state(id)).isEqualTo("DRAFT");
        assertThat(test.historyRows(id)).isEqualTo(history);

        LocalDate signed = Today.date().minusDays(3);
        refusedWith(() -> as("caseworker", () -> consents.record(id, Today.date().plusDays(1),
                new Upload(DocumentKind.CONSENT, "授权书.pdf", PDF))), "hardshipFile.consent.future");
        ConsentView consent = as("caseworker", () -> consents.record(id, signed,
                new Upload(DocumentKind.CONSENT, "授权书.pdf", PDF)));
        assertThat(consent.state()).isEqualTo(ConsentView.State.VALID);
        assertThat(consent.signedOn()).isEqualTo(signed);
        assertThat(consent.validUntil()).isEqualTo(signed.plusMonths(12).minusDays(1));
        assertThat(jdbc.queryForObject("select kind from document where id = ?", String.class, consent.documentId()))
                .isEqualTo("CONSENT");
        assertThat(as("caseworker", () -> files.submitForReview(id)).state()).isEqualTo(HardshipFileState.IN_REVIEW);
    }

    @Test
    void theApprovalNeedsAConsentThatHasNotExpired() {
        long id = test.openWithoutConsent("caseworker", "SN-XA-YT").id();
        test.force(id, HardshipFileState.IN_REVIEW);
        refusedWith(() -> as("admin", () -> files.startPublicNotice(id)), "hardshipFile.consent.missing");
        // signed twelve months ago: it counted until yesterday
        TestConsents.sign(jdbc, id, Today.date().minusMonths(12));
        assertThatThrownBy(() -> as("admin", () -> files.startPublicNotice(id)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("hardshipFile.consent.expired");
                    assertThat(e.args()).containsExactly(Today.date().minusMonths(12).toString(),
                            Today.date().minusMonths(12).plusMonths(12).minusDays(1).toString());
                });
        assertThat(test.state(id)).isEqualTo("IN_REVIEW");
        // one day younger: it counts through today
        TestConsents.sign(jdbc, id, Today.date().minusMonths(12).plusDays(1));
        assertThat(as("caseworker", () -> consents.of(id)).validUntil()).isEqualTo(Today.date());
        assertThat(as("admin", () -> files.startPublicNotice(id)).state()).isEqualTo(HardshipFileState.PUBLIC_NOTICE);
    }

    @Test
    void aReviewThatKeepsTheFileNeedsAValidConsentAndAnExitDoesNot() throws Exception {
        long id = test.openWithoutConsent("caseworker", "SN-XA-YT").id();
        test.force(id, HardshipFileState.ACTIVE);
        TestConsents.sign(jdbc, id, Today.date().minusMonths(14));
        refusedWith(() -> as("caseworker", () -> reviews.record(id, Today.date(), "收入无变化", ReviewOutcome.CONTINUE,
                null)), "hardshipFile.consent.expired");
        assertThat(jdbc.queryForObject("select count(*) from file_review where file_id = ?", Integer.class, id)).isZero();
        mvc.perform(get("/hardship/files/{id}", id).with(user(users.loadUserByUsername("caseworker")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"consent-expired\"")))
                .andExpect(content().string(containsString("id=\"review-consent-warning\"")));
        as("caseworker", () -> reviews.record(id, Today.date(), "已稳定就业", ReviewOutcome.EXIT, null));
        assertThat(test.state(id)).isEqualTo("MONITORING");
    }

    @Test
    void theFilePageShowsTheMissingConsentAndTakesAnUpload() throws Exception {
        long id = test.openWithoutConsent("caseworker", "SN-XA-YT").id();
        var caseworker = user(users.loadUserByUsername("caseworker"));
        mvc.perform(get("/hardship/files/{id}", id).with(caseworker).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No signed means-test consent")));
        mvc.perform(multipart("/hardship/files/{id}/consent", id)
                        .file(new MockMultipartFile("file", "consent.pdf", "application/pdf", PDF))
                        .param("signedOn", Today.date().minusDays(1).toString()).with(caseworker).with(csrf()))
                .andExpect(status().is3xxRedirection());
        LocalDate signed = Today.date().minusDays(1);
        mvc.perform(get("/hardship/files/{id}", id).with(caseworker).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-consent=\"VALID\"")))
                .andExpect(content().string(containsString("Signed on " + signed + ", valid until "
                        + signed.plusMonths(12).minusDays(1))));
        // an executable renamed .pdf is refused and nothing is recorded
        mvc.perform(multipart("/hardship/files/{id}/consent", id)
                        .file(new MockMultipartFile("file", "consent.pdf", "application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("signedOn", Today.date().toString()).with(caseworker).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from file_consent where file_id = ?", Integer.class, id))
                .isEqualTo(1);
        // Weibin's caseworker cannot upload onto a Yanta file
        mvc.perform(multipart("/hardship/files/{id}/consent", id)
                        .file(new MockMultipartFile("file", "consent.pdf", "application/pdf", PDF))
                        .param("signedOn", Today.date().toString())
                        .with(user(users.loadUserByUsername("caseworker2"))).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
