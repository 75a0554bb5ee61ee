package org.unionaid.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.SignedIn;

class DocumentManagementIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Documents documents;

    @Autowired
    UserDetailsService users;

    @Test
    void storesAPhotoWithItsDetectedTypeAndChecksumInPostgres() throws IOException {
        byte[] png = png();
        DocumentView stored = store("visit-photo.png", png);

        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.sha256()).isEqualTo(Documents.sha256(png));
        assertThat(jdbc.queryForObject("select bytes from document_content where document_id = ?", byte[].class,
                stored.id())).isEqualTo(png);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Document' "
                + "and entity_id = ? and action = 'UPLOAD'", Integer.class, String.valueOf(stored.id()))).isEqualTo(1);
    }

    @Test
    void refusesAnExecutableRenamedAsAPhoto() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        assertThatThrownBy(() -> store("holiday.jpg", exe))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("document.type.notAllowed"));
    }

    @Test
    void refusesAPdfWhoseNameClaimsItIsAPhoto() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> store("scan.jpg", pdf))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("document.type.extensionMismatch"));
        assertThat(store("scan.pdf", pdf).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void refusesAnOversizedOrEmptyFile() throws IOException {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png(), 0, big, 0, png().length);
        assertThatThrownBy(() -> store("big.png", big))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("document.tooLarge"));
        assertThatThrownBy(() -> store("empty.png", new byte[0]))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("document.empty"));
    }

    @Test
    void onlyUsersWhoseScopeCoversTheBranchMayOpenADocument() throws Exception {
        // a document inherits its owner's access: here a Yanta lead's (CASEWORKER, ADMIN, AUDITOR of scope)
        long lead = jdbc.queryForObject("select min(l.id) from lead l join branch b on b.id = l.branch_id where b.path "
                + "like (select path || '%' from branch where code = 'SN-XA-YT') and l.worker_id is null", Long.class);
        DocumentView stored = store("LEAD", lead, "家访照片.png", png());

        mvc.perform(get("/documents/{id}", stored.id()).with(user(users.loadUserByUsername("caseworker"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(png()));
        mvc.perform(get("/documents/{id}", stored.id()).with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk());
        mvc.perform(get("/documents/{id}", stored.id()).with(user(users.loadUserByUsername("caseworker2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", stored.id()).with(user(users.loadUserByUsername("volunteer"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDocumentWhoseOwnerTypeNoModuleClaimsIsOpenedByNobody() throws Exception {
        DocumentView stored = store("家访照片.png", png());
        for (String user : new String[] {"caseworker", "auditor", "admin"}) {
            mvc.perform(get("/documents/{id}", stored.id()).with(user(users.loadUserByUsername(user))))
                    .andExpect(status().isNotFound());
        }
    }

    private DocumentView store(String name, byte[] bytes) {
        return store("TEST", 1L, name, bytes);
    }

    private DocumentView store(String ownerType, long ownerId, String name, byte[] bytes) {
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        return SignedIn.as(users, "caseworker", () -> documents.store(
                new StoreDocument(ownerType, ownerId, yanta, null, DocumentKind.PHOTO, name, bytes)));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
