package org.unionaid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CacheEvictionTests {

    @Test
    void outsideATransactionItEvictsOnce() {
        AtomicInteger runs = new AtomicInteger();
        CacheEviction.nowAndAfterCommit(runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }

    @Test
    void insideATransactionItEvictsNowAndAgainAfterTheCommitButNotAfterARollback() {
        AtomicInteger runs = new AtomicInteger();
        TransactionSynchronizationManager.initSynchronization();
        try {
            CacheEviction.nowAndAfterCommit(runs::incrementAndGet);
            assertThat(runs).as("at once").hasValue(1);
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
            }
            assertThat(runs).as("a rollback changed nothing to forget").hasValue(1);
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCommit();
            }
            assertThat(runs).as("after the commit").hasValue(2);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
