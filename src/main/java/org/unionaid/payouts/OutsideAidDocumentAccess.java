package org.unionaid.payouts;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The evidence of outside aid opens for whoever reads the household's ledger (the worker, staff of the scope). */
@Component
class OutsideAidDocumentAccess implements org.unionaid.documents.DocumentOwnerAccess {

    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final BenefitLedger ledger;

    OutsideAidDocumentAccess(org.springframework.jdbc.core.JdbcTemplate jdbc, BenefitLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Override
    public Set<String> ownerTypes() {
        return Set.of(BenefitLedger.DOCUMENT_OWNER);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayOpen(String ownerType, long ownerId) {
        Long worker = jdbc.query("select worker_id from outside_aid where id = ?", rs -> rs.next() ? rs.getLong(1) : null,
                ownerId);
        if (worker == null) {
            return false;
        }
        try {
            ledger.checkVisible(worker);
            return true;
        } catch (org.unionaid.shared.RecordNotFoundException e) {
            return false;
        }
    }
}
