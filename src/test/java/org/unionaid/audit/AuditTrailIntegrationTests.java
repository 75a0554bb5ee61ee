package org.unionaid.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.support.IntegrationTestSupport;

class AuditTrailIntegrationTests extends IntegrationTestSupport {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    void recordsWhoWhatAndWhyWithBeforeAndAfterValues() {
        tx.executeWithoutResult(s -> audit.record(AuditEntry.of("Probe", 42, "CHANGE", null)
                .withBefore(Map.of("state", "OLD")).withAfter(Map.of("state", "NEW")).withReason("testing")));

        Map<String, Object> row = jdbc.queryForMap("""
                select actor, action, before_value ->> 'state' as before_state,
                       after_value ->> 'state' as after_state, reason
                  from audit_event where entity_type = 'Probe' and entity_id = '42'""");
        assertThat(row).containsEntry("actor", "system").containsEntry("action", "CHANGE")
                .containsEntry("before_state", "OLD").containsEntry("after_state", "NEW")
                .containsEntry("reason", "testing");
    }

    @Test
    void databaseRefusesUpdateOfAnAuditRow() {
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone-else'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void databaseRefusesDeleteAndTruncateOfTheTrail() {
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isPositive();
    }

    @Test
    void recordingOutsideATransactionIsAProgrammingError() {
        assertThatThrownBy(() -> audit.record(AuditEntry.of("Probe", 1, "X", null)))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
