package org.unionaid.hardship;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.people.HouseholdChangeDecided;
import org.unionaid.people.HouseholdChangeRequested;
import org.unionaid.people.HouseholdChangeState;
import org.unionaid.people.HouseholdFiles;
import org.unionaid.users.Users;

/**
 * Hardship's side of a worker's own household changes ({@code people.HouseholdChanges}): a household with an open
 * file (any state but CLOSED and CANCELLED) has them checked by the caseworker first; the file's caseworker gets an
 * inbox message when one is asked for, and the worker when it is decided (in the people transaction).
 */
@Component
class HouseholdFileCheck implements HouseholdFiles {

    private final HardshipFileRepository files;
    private final Notifications notifications;
    private final Users users;

    HouseholdFileCheck(HardshipFileRepository files, Notifications notifications, Users users) {
        this.files = files;
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean openFileFor(long householdId) {
        return files.existsOpenForHousehold(householdId);
    }

    @EventListener
    void requested(HouseholdChangeRequested event) {
        for (long caseworker : files.caseworkersOfOpenFiles(event.householdId())) {
            notifications.notify(new Notice(caseworker, "HOUSEHOLD_CHANGE_REQUESTED", "householdChange.notice.requested",
                    List.of(event.workerName(), event.memberName()), "/workers/" + event.workerId(), false));
        }
    }

    @EventListener
    void decided(HouseholdChangeDecided event) {
        Set<Long> recipients = new LinkedHashSet<>(users.enabledAccountsOfWorker(event.workerId()));
        boolean accepted = event.state() == HouseholdChangeState.ACCEPTED;
        for (long userId : recipients) {
            notifications.notify(new Notice(userId, accepted ? "HOUSEHOLD_CHANGE_ACCEPTED" : "HOUSEHOLD_CHANGE_REFUSED",
                    accepted ? "householdChange.notice.accepted" : "householdChange.notice.refused",
                    accepted ? List.of(event.memberName())
                            : List.of(event.memberName(), event.reason() == null ? "" : event.reason()),
                    "/me/household", false));
        }
    }
}
