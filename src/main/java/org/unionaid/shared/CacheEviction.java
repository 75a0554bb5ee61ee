package org.unionaid.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgetting cached values around a change: now, so this transaction no longer reads them, and once more after
 * the transaction commits, so a request that read and cached the old value while the change was not yet
 * committed does not keep it. Outside a transaction only now.
 */
public final class CacheEviction {

    private CacheEviction() {
    }

    public static void nowAndAfterCommit(Runnable evict) {
        evict.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict.run();
                }
            });
        }
    }
}
