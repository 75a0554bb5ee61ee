package org.unionaid.hardship;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.people.HouseholdFiles;

/**
 * Hardship's answer to the people registry: a household with an open file (any state but CLOSED and CANCELLED)
 * has its members' self-service changes checked by the caseworker first ({@code people.HouseholdChanges}).
 */
@Component
class HouseholdFileCheck implements HouseholdFiles {

    private final HardshipFileRepository files;

    HouseholdFileCheck(HardshipFileRepository files) {
        this.files = files;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean openFileFor(long householdId) {
        return files.existsOpenForHousehold(householdId);
    }
}
