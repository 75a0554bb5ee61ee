package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.shared.security.Actors;

/**
 * The date-driven transitions of hardship files, for {@link HardshipFileJobs} (runs as "system"; each call in its
 * own transaction, which checks the state again): PUBLIC_NOTICE files whose notice ended become ACTIVE,
 * MONITORING files whose monitoring ended are CLOSED, with the same history and audit rows as a caseworker's
 * {@link HardshipFiles#activateAfterNotice} and {@link HardshipFiles#close}.
 */
@Service
@Transactional
class HardshipFileDeadlines {

    private final HardshipFileRepository files;
    private final HardshipFileRecords records;
    private final Clock clock;

    HardshipFileDeadlines(HardshipFileRepository files, HardshipFileRecords records, Clock clock) {
        this.files = files;
        this.records = records;
        this.clock = clock;
    }

    /** Ids of PUBLIC_NOTICE files whose notice ended by today. */
    @Transactional(readOnly = true)
    public List<Long> noticeEnded() {
        return files.findNoticeEnded(HardshipFileState.PUBLIC_NOTICE, records.today());
    }

    /** Ids of MONITORING files whose monitoring ended by today. */
    @Transactional(readOnly = true)
    public List<Long> monitoringEnded() {
        return files.findMonitoringEnded(HardshipFileState.MONITORING, records.today());
    }

    /** Activates the file if it is (still) in a notice that has ended; false when there was nothing to do. */
    public boolean activateIfNoticeEnded(long id) {
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        LocalDate today = records.today();
        if (file.state() != HardshipFileState.PUBLIC_NOTICE || file.noticeEndsOn() == null
                || today.isBefore(file.noticeEndsOn())) {
            return false;
        }
        records.applied(file, file.activateAfterNotice(today, Actors.currentName(), clock.instant()));
        return true;
    }

    /** Closes the file if it is (still) monitored and its monitoring has ended. */
    public boolean closeIfMonitoringEnded(long id) {
        HardshipFile file = files.findById(id).orElseThrow(() -> new HardshipFileNotFoundException(id));
        LocalDate today = records.today();
        if (file.state() != HardshipFileState.MONITORING || file.monitoringEndsOn() == null
                || today.isBefore(file.monitoringEndsOn())) {
            return false;
        }
        records.applied(file, file.close(today, Actors.currentName(), clock.instant()));
        return true;
    }
}
