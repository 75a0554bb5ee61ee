package org.unionaid.hardship;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signed means-test consent on a test file, written directly (the upload itself is tested in
 * {@code FileConsentsIntegrationTests}), so tests of the later steps can submit and approve files.
 */
public final class TestConsents {

    private TestConsents() {
    }

    /** A consent signed today on the file. */
    public static void sign(JdbcTemplate jdbc, long fileId) {
        sign(jdbc, fileId, org.unionaid.support.Today.date());
    }

    public static void sign(JdbcTemplate jdbc, long fileId, LocalDate signedOn) {
        Long documentId = jdbc.queryForObject("""
                insert into document (owner_type, owner_id, branch_id, worker_id, kind, original_name, media_type,
                                      size_bytes, sha256, uploaded_by)
                select 'HARDSHIP_FILE', f.id, f.branch_id, f.primary_worker_id, 'CONSENT', 'consent.pdf',
                       'application/pdf', 10, repeat('0', 64), 'test'
                  from hardship_file f where f.id = ? returning id""", Long.class, fileId);
        jdbc.update("insert into document_content (document_id, bytes) values (?, ?)", documentId,
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        jdbc.update("""
                insert into file_consent (file_id, document_id, signed_on, recorded_by, recorded_at)
                values (?, ?, ?, 'test', now())""", fileId, documentId, signedOn);
    }
}
