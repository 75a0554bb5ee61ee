package org.unionaid.hardship;

import org.springframework.stereotype.Component;

/**
 * Whether a national ID already has an active hardship file (for the duplicate-lead flag). The files
 * themselves arrive with the hardship-file work; until then no file is active.
 */
@Component
class ActiveFiles {

    boolean existsForNationalIdHash(String nationalIdHash) {
        return false;
    }
}
