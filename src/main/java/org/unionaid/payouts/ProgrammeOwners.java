package org.unionaid.payouts;

import java.util.Optional;

/**
 * Tells the payouts module which branch runs a programme, so funding figures are shown exactly to those who may see
 * the programme. Payouts must not depend on the programmes module (the arrow points the other way); programmes
 * implements this interface instead.
 */
public interface ProgrammeOwners {

    /** The branch that runs the programme; empty for a programme that does not exist. */
    Optional<Long> branchOf(long programmeId);

    /** The names of these programmes (for a household's benefit ledger); unknown ids are left out. */
    java.util.Map<Long, String> namesOf(java.util.Collection<Long> programmeIds);
}
